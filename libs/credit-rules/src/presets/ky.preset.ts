// Kentucky, teaching certificate renewal (16 KAR 4:060 §1(3)), cited below: 3 years'
// experience or 6 semester hours. Only the coursework option is computed: the model has no
// record of years of teaching experience, so that alternative is a note.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const KAR = 'https://regulations.justia.com/states/kentucky/title-16/chapter-4/060/';
const renewal = cite(
  KAR,
  'A certificate is renewed for subsequent five-year periods on proof of three years of successful teaching experience or at least six semester hours of credit.',
  '16 KAR 4:060 §1(2)-(3)',
);
const accredited = cite(
  KAR,
  'Course work taken in lieu of teaching experience is from a nationally or regionally accredited postsecondary institution.',
  '16 KAR 4:060 §1(1)',
);

export const kyPreset: RuleSetInput = {
  id: 'ky',
  jurisdiction: 'KY',
  name: 'Kentucky teaching certificate renewal',
  versions: [
    {
      version: '16-kar-4-060',
      // The rule's own effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2016-01-01',
      summary:
        '6 semester hours of accredited college credit per 5-year certificate, or 3 years of successful teaching experience (not computed).',
      unit: { id: 'semester_hour', name: 'semester hours' },
      licenseTypes: [
        { id: 'teaching', name: 'Teaching certificate (subsequent renewals)', required: '6', cycleYears: 5, citation: renewal },
      ],
      defaultLicenseType: 'teaching',
      cycleWindow: { id: 'ky-cycle', kind: 'issue_date', citation: renewal },
      conversions: [
        unitFactor('ky-semester-hour', 'semester_credit', '1', '1 semester hour of accredited college credit', accredited),
      ],
      notes: [
        {
          id: 'ky-not-in-facts',
          notChecked: true,
          text: 'Not in the facts, so not converted: quarter hours, CEUs and clock hours; the first and second renewals under older rules (graduate hours toward a fifth-year program) are not modelled.',
          citation: renewal,
        },
        {
          id: 'ky-experience',
          notChecked: true,
          text: 'Alternative: three years of successful teaching experience in the certificate period, verified by the superintendent, renews the certificate without coursework.',
          citation: renewal,
          uncertain:
            'Not computed: the rule model cannot count years of teaching experience, so a teacher renewing on experience shows the coursework shortfall here.',
        },
      ],
    },
  ],
};
