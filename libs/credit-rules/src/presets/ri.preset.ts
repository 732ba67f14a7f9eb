// Rhode Island, 200-RICR-20-20-1.8 and RIDE renewal guidance: PLUs phased in from 75 (2025) to 100
// (2030), expressed as one rule-set version per step. Sources: the citations below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

type VersionInput = RuleSetInput['versions'][number];

const RIDE = 'https://ride.ri.gov/teachers-administrators/educator-certification/renewals-and-reinstatements';
const RICR =
  'https://casetext.com/regulation/rhode-island-administrative-code/title-200-board-of-education/chapter-20-council-on-elementary-and-secondary-education/subchapter-20-educator-quality-and-certification/part-1-regulations-governing-the-certification-of-educators-in-rhode-island/section-200-ricr-20-20-18-types-of-certificates';
const SKS = 'https://www.skschools.net/cms/One.aspx?portalId=59443&pageId=40846975';

const SCHEDULE_UNCERTAIN = 'The 2026-2030 schedule (80, 85, 90, 95, 100 PLUs) comes from a district page, not from RIDE.';
const EXPIRY_UNCERTAIN =
  'Rhode Island uses one common statewide expiration date; districts report it as August 31. Give the cycle dates where the certificate shows them.';

const steps: Array<{ year: number; required: string }> = [
  { year: 2025, required: '75' },
  { year: 2026, required: '80' },
  { year: 2027, required: '85' },
  { year: 2028, required: '90' },
  { year: 2029, required: '95' },
  { year: 2030, required: '100' },
];

const base: Omit<VersionInput, 'version' | 'effectiveFrom' | 'summary' | 'licenseTypes'> = {
  unit: { id: 'plu', name: 'PLUs' },
  defaultLicenseType: 'professional',
  cycleWindow: {
    id: 'ri-cycle',
    kind: 'issue_date',
    citation: cite(
      RIDE,
      'Full certificates share a common statewide expiration date; the LEA verifies PLUs before RIDE renews the certificate.',
    ),
    uncertain: EXPIRY_UNCERTAIN,
  },
  expiry: {
    id: 'ri-expiry',
    monthDay: '08-31',
    citation: cite(SKS, 'Certificates expire on August 31 of the expiration year.'),
    uncertain: EXPIRY_UNCERTAIN,
  },
  conversions: [
    unitFactor(
      'ri-clock-hour',
      'clock_hour',
      '1',
      '1 hour of professional learning = 1 PLU',
      cite(RIDE, 'One hour of professional learning earns one Professional Learning Unit (PLU).'),
    ),
    unitFactor(
      'ri-semester-credit',
      'semester_credit',
      '15',
      '1 semester credit = 15 PLUs',
      cite(SKS, 'One college credit equals 15 PLUs.'),
      'The rate of 15 PLUs per credit comes from a district page, not from RIDE.',
    ),
  ],
  notes: [
    {
      id: 'ri-rate',
      text: 'The phase-in is described as 15 PLUs per year of employment (75 over 5 years in 2025), rising to 100 by 2030.',
      citation: cite(RIDE, 'Educators earn 15 PLUs per year of employment in the certificate period.'),
    },
    {
      id: 'ri-advanced',
      notChecked: true,
      text: 'The Advanced (7-year) certificate needs PLUs plus an aspirational benchmark; its amount is not in the facts and it is not modelled.',
      citation: cite(
        RICR,
        'An Advanced certificate, valid 7 years, is renewed with PLUs and evidence of an aspirational benchmark.',
        '200-RICR-20-20-1.8',
      ),
    },
    {
      id: 'ri-lea',
      text: 'The employing LEA verifies PLUs before RIDE renews the certificate.',
      citation: cite(RIDE, 'The LEA verifies the PLUs before renewal.'),
    },
  ],
};

export const riPreset: RuleSetInput = {
  id: 'ri',
  jurisdiction: 'RI',
  name: 'Rhode Island Professional Learning Units (PLUs)',
  versions: steps.map(({ year, required }): VersionInput => ({
    ...base,
    version: String(year),
    effectiveFrom: `${year}-01-01`,
    summary:
      `${required} PLUs per 5-year full certificate for cycles ending in ${year}${year === 2030 ? ' or later' : ''} (phase-in 75 in 2025 to 100 in 2030). ` +
      '1 hour = 1 PLU, 1 college credit = 15 PLUs (uncertain). No carry-over, caps or required categories are stated; quarter credits, CEUs and micro-credentials are not stated and not converted.' +
      (year === 2025 ? ' Rules before 2025 are not in the facts; this version is also used for earlier cycles.' : ''),
    licenseTypes: [
      {
        id: 'professional',
        name: 'Full (Professional) certificate',
        required,
        cycleYears: 5,
        citation:
          year === 2025
            ? cite(RIDE, 'A full certificate is renewed every 5 years with 75 PLUs (15 per year of employment).')
            : cite(
                SKS,
                `PLU requirement phases in: 2026 = 80, 2027 = 85, 2028 = 90, 2029 = 95, 2030 = 100; ${year}: ${required} PLUs.`,
              ),
        ...(year === 2025 ? {} : { uncertain: SCHEDULE_UNCERTAIN }),
      },
    ],
  })),
};
