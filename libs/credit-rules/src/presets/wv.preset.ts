// West Virginia, professional teaching certificate renewal (W. Va. Code 18A-3-3; WVDE Policy 5202).
// Sources: the citations below. Every renewal option comes from 2019 WVDE guidance quoted by a
// vendor (Policy 5202 was revised 2025-01-11), so every rule here is marked uncertain.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const CODE = 'https://codes.findlaw.com/wv/chapter-18a-school-personnel/wv-code-sect-18a-3-3/';
const VENDOR = 'https://www.connectinglink.com/west-virginia?old=1';
const UNCERTAIN =
  'Renewal options are from 2019 WVDE guidance as quoted by a vendor; Policy 5202 was revised on 2025-01-11. Check with WVDE.';
const hours = cite(
  VENDOR,
  'Renewal requires 6 semester hours of coursework completed after issuance and within the 5 years before application, with a 3.0 GPA.',
);
const related = cite(
  VENDOR,
  "The 6 semester hours must relate to the public-school program, an endorsement, an added endorsement, a master's degree, or be prescribed by the county.",
);
const permanent = cite(
  CODE,
  "A professional certificate becomes permanent after its second renewal, with a master's degree and five years of experience, or with National Board certification.",
  'W. Va. Code 18A-3-3',
);

export const wvPreset: RuleSetInput = {
  id: 'wv',
  jurisdiction: 'WV',
  name: 'West Virginia professional certificate renewal',
  versions: [
    {
      version: '2019',
      // The 2019 guidance the vendor quotes; the 2025 revision of Policy 5202 is not reflected here.
      effectiveFrom: '2019-07-01',
      summary:
        '6 semester hours of related coursework (3.0 GPA) per 5-year certificate; alternatives (MA+30 classification, age 60) are not computed.',
      unit: { id: 'semester_hour', name: 'semester hours' },
      licenseTypes: [
        {
          id: 'professional',
          name: 'Professional Teaching Certificate',
          required: '6',
          cycleYears: 5,
          citation: hours,
          uncertain: UNCERTAIN,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'wv-cycle', kind: 'issue_date', citation: hours, uncertain: UNCERTAIN },
      conversions: [unitFactor('wv-semester-hour', 'semester_credit', '1', '1 semester hour', hours, UNCERTAIN)],
      categoryRequirements: [
        // Preset-specific category: coursework related to the educator's program, endorsement, master's or county prescription.
        {
          id: 'wv-related-coursework',
          category: 'related_coursework',
          label: "Related coursework (program, endorsement, master's or county-prescribed)",
          minimum: { kind: 'amount', amount: '6' },
          citation: related,
          uncertain: UNCERTAIN,
        },
      ],
      notes: [
        {
          id: 'wv-elearning',
          text: 'WVDE e-learning courses are eligible in lieu of college credit; how many semester hours one course is worth is not stated, so they are not converted.',
          citation: hours,
          uncertain: UNCERTAIN,
        },
        {
          id: 'wv-alternatives',
          notChecked: true,
          text: 'Alternatives without coursework: an MA+30 salary classification, or age 60. The rule model cannot check these.',
          citation: hours,
          uncertain: UNCERTAIN,
        },
        {
          id: 'wv-permanent',
          text: "The certificate becomes permanent after the second renewal, with a master's degree and five years of experience, or with National Board certification.",
          citation: permanent,
        },
        { id: 'wv-apply', text: 'Apply after January 1 of the expiration year.', citation: hours, uncertain: UNCERTAIN },
      ],
    },
  ],
};
