// Wyoming, Professional Teaching Standards Board (PTSB) license renewal. Sources: the PTSB and a district
// page, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const PTSB = 'http://wyomingptsb.com/licensure/renewing-a-license-or-permit/';
const PARK6 = 'https://www.park6.org/o/park-6/page/professional-development';

const five = cite(
  PTSB,
  'A license is renewed with 5 PTSB renewal credits earned during its 5-year validity; the requirements are printed on the license.',
);
const workshop = cite(PARK6, 'PTSB-approved workshops earn 1 renewal credit per 14 contact hours.');

export const wyPreset: RuleSetInput = {
  id: 'wy',
  jurisdiction: 'WY',
  name: 'Wyoming PTSB license renewal',
  versions: [
    {
      version: 'ptsb',
      effectiveFrom: '2000-01-01',
      summary:
        '5 PTSB renewal credits per 5-year license: 1 semester credit = 1 credit, 14 contact hours of a PTSB-approved workshop = 1 credit (uncertain); CEUs are not accepted for classroom teachers. ' +
        'National Board credits count, but their value is not stated and they are not converted. Quarter credits and micro-credentials are not stated; carry-over is not stated. effectiveFrom 2000-01-01 is a placeholder: the facts give no start date.',
      unit: { id: 'ptsb_credit', name: 'PTSB renewal credits' },
      licenseTypes: [{ id: 'teacher', name: 'Classroom teacher license', required: '5', cycleYears: 5, citation: five }],
      defaultLicenseType: 'teacher',
      cycleWindow: { id: 'wy-cycle', kind: 'issue_date', citation: five },
      conversions: [
        unitFactor(
          'wy-semester-credit',
          'semester_credit',
          '1',
          '1 semester credit from a college course = 1 renewal credit',
          cite(PTSB, 'College courses count: 1 semester hour = 1 renewal credit.'),
        ),
        {
          id: 'wy-workshop-hours',
          description: '14 contact hours of a PTSB-approved workshop = 1 renewal credit',
          match: { activityTypes: ['workshop'], units: ['clock_hour'] },
          value: { kind: 'factor', factor: '1/14' },
          citation: workshop,
          uncertain: 'The rate of 14 contact hours per credit comes from district and vendor pages, not from PTSB.',
        },
        {
          id: 'wy-ceu',
          description: 'CEUs are not accepted for classroom teachers',
          match: { units: ['ceu'] },
          value: { kind: 'not_accepted' },
          citation: cite(PTSB, 'CEUs are not accepted for renewal of classroom teacher licenses.'),
        },
      ],
      notes: [
        {
          id: 'wy-nbc',
          text: 'National Board certification credits count toward renewal; the amount is not stated, so they are not converted.',
          citation: cite(PARK6, 'College courses, PTSB-approved workshops and National Board credits count toward renewal.'),
        },
      ],
    },
  ],
};
