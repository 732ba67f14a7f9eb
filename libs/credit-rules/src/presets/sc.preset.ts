// South Carolina, Professional certificate renewal (renewal credit options). Sources: SCDE and
// district pages, cited below. 120 renewal credits per 5-year certificate (expires June 30); 1
// semester hour = 20, 1 quarter hour = 13, 1 CEU = 10; without a master's, 60 of the 120 from graduate
// coursework; Jason Flatt suicide-prevention training for middle and high school educators.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const SCDE = 'https://www.ed.sc.gov/educators/certification/professional/renewal-credit-options';
const ACPSD = 'https://www.acpsd.net/Page/19713';
const HCSD = 'https://www.hcsdsc.org/departments/human-resources';
const renewal = cite(
  SCDE,
  "A Professional certificate is valid for five years and is renewed with 120 renewal credits; educators without a master's degree must earn 60 of them through graduate coursework.",
);
const options = cite(
  SCDE,
  'Renewal credit options: one semester hour of coursework = 20 renewal credits, one quarter hour = 13, one CEU = 10. Options 1-3 are open to all educators; options 4-11 to employed educators.',
);
const flatt = cite(
  ACPSD,
  'Middle and high school educators must complete Jason Flatt Act suicide prevention training for renewal.',
);

export const scPreset: RuleSetInput = {
  id: 'sc',
  jurisdiction: 'SC',
  name: 'South Carolina Professional certificate renewal',
  versions: [
    {
      version: 'renewal-credit-options',
      // The options' effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2016-01-01',
      summary:
        "120 renewal credits per 5-year Professional certificate, expiring June 30; without a master's, 60 from graduate coursework; middle/high school: Jason Flatt suicide-prevention training. Clock hours are not converted (rate uncertain).",
      unit: { id: 'renewal_credit', name: 'renewal credits' },
      licenseTypes: [{ id: 'professional', name: 'Professional certificate', required: '120', cycleYears: 5, citation: renewal }],
      defaultLicenseType: 'professional',
      gradeBands: [
        { id: 'middle_high', name: 'Middle or high school' },
        { id: 'other', name: 'Other assignments' },
      ],
      cycleWindow: { id: 'sc-cycle', kind: 'issue_date', citation: renewal },
      expiry: {
        id: 'sc-expiry',
        monthDay: '06-30',
        citation: cite(HCSD, 'Certificates are valid for five years and expire on June 30.'),
      },
      conversions: [
        unitFactor('sc-semester-hour', 'semester_credit', '20', '1 semester hour = 20 renewal credits', options),
        unitFactor('sc-quarter-hour', 'quarter_credit', '13', '1 quarter hour = 13 renewal credits', options),
        unitFactor('sc-ceu', 'ceu', '10', '1 CEU = 10 renewal credits', options),
      ],
      categoryRequirements: [
        {
          id: 'sc-graduate-coursework',
          category: 'graduate_coursework',
          label: "Graduate coursework (without a master's degree)",
          minimum: { kind: 'amount', amount: '60' },
          source: { units: ['semester_credit', 'quarter_credit'], levels: ['graduate'] },
          onlyBelowDegree: 'master',
          citation: renewal,
        },
        {
          id: 'sc-jason-flatt',
          category: 'suicide_prevention',
          label: 'Jason Flatt Act suicide prevention training',
          minimum: { kind: 'any' },
          gradeBands: ['middle_high'],
          citation: flatt,
        },
      ],
      notes: [
        {
          id: 'sc-clock-hours',
          text: 'Clock hours are not converted: the sources give no rate for them.',
          citation: options,
          uncertain: 'The clock-hour rate is uncertain; check with the SC Department of Education.',
        },
        {
          id: 'sc-read-to-succeed',
          notChecked: true,
          text: 'Read to Succeed literacy requirements apply where applicable (by certificate area); not computed.',
          citation: cite(ACPSD, 'Read to Succeed requirements apply to renewal where applicable.'),
          uncertain: 'Which educators and how much: the facts give no amount.',
        },
        {
          id: 'sc-age',
          text: 'Credits must be no older than the 5-year validity period (the cycle window enforces this).',
          citation: options,
        },
        {
          id: 'sc-degree',
          text: "Give the educator's highest degree (`highestDegree`); when it is unknown the graduate-coursework share is required.",
          citation: renewal,
        },
      ],
    },
  ],
};
