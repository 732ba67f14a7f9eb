// Mississippi, standard license renewal (MDE Office of Educator Licensure), cited
// below. Class A: 10 CEUs (or 3 semester hours + 5 CEUs, or 6 semester hours);
// Class AA and above: 5 CEUs, all in the content area or job skill. National Board renews.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const MDE = 'https://www.mdek12.org/OTL/OEL/Renewal';
const GUIDE = 'https://mdek12.org/licensure/?p=2372';
const CL = 'https://www.connectinglink.com/mississippi?old=1';
const classA = cite(
  MDE,
  'A Class A license is renewed every five years with 10 CEUs, or 3 semester hours and 5 CEUs, or 6 semester hours.',
);
const classAA = cite(MDE, 'Class AA and higher licenses are renewed every five years with 5 CEUs (or 3 semester hours).');
const content = cite(GUIDE, 'Renewal CEUs and coursework must be in the content area or job skill of the license.');
const semester = cite(GUIDE, 'Three semester hours stand for 5 CEUs (so 6 semester hours renew a Class A license).');
const ceu = cite(CL, 'One CEU = 10 contact hours.');
const others = cite(
  GUIDE,
  'National Board certification, retirement status and a valid out-of-state license are other renewal routes.',
);

export const msPreset: RuleSetInput = {
  id: 'ms',
  jurisdiction: 'MS',
  name: 'Mississippi standard license renewal',
  versions: [
    {
      version: 'oel',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        'Class A: 10 CEUs per 5 years (3 semester hours = 5 CEUs); Class AA and above: 5 CEUs; all in the content area or job skill; National Board certification renews. Quarter hours, caps and carry-over: not in the facts.',
      unit: { id: 'ceu', name: 'CEUs' },
      licenseTypes: [
        { id: 'class-a', name: 'Class A license', required: '10', cycleYears: 5, citation: classA },
        { id: 'class-aa', name: 'Class AA or higher license', required: '5', cycleYears: 5, citation: classAA },
      ],
      defaultLicenseType: 'class-a',
      cycleWindow: { id: 'ms-cycle', kind: 'issue_date', citation: classA },
      conversions: [
        unitFactor('ms-ceu', 'ceu', '1', '1 CEU', classA),
        unitFactor('ms-semester-hour', 'semester_credit', '5/3', '3 semester hours = 5 CEUs', semester),
        unitFactor(
          'ms-contact-hour',
          'clock_hour',
          '1/10',
          '10 contact hours = 1 CEU',
          ceu,
          '10 hours = 1 CEU is from a secondary source; check with MDE.',
        ),
      ],
      categoryRequirements: [
        {
          id: 'ms-content',
          category: 'content_or_job_skill',
          label: 'Content area or job skill',
          minimum: { kind: 'share', share: '1' },
          citation: content,
        },
      ],
      pathways: [
        {
          id: 'ms-nbpts',
          label: 'National Board certification',
          unit: { id: 'certificate', name: 'certificates' },
          required: '1',
          citation: others,
          conversions: [
            {
              id: 'ms-nbpts-certificate',
              description: 'National Board certification',
              match: { activityTypes: ['national_board'] },
              value: { kind: 'per_record', amount: '1' },
              citation: others,
            },
          ],
        },
      ],
      notes: [
        {
          id: 'ms-other-routes',
          notChecked: true,
          text: 'Retirement status and a valid out-of-state license are further renewal routes (not computed).',
          citation: others,
        },
      ],
    },
  ],
};
