// Georgia, GaPSC certificate renewal (GaPSC Rule 505-2-.36): 6 semester hours, 10 PLUs or 10 CEUs
// outside a district, a job-embedded PLP for district employees. The rule text itself is not cited;
// the citations are a district notice, GaETC quoting the rule and a secondary renewal guide, so the
// facts resting on the guide alone are marked uncertain.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const HENRY = 'https://schoolwires.henry.k12.ga.us/Page/49893';
const GAETC = 'https://conference.gaetc.org/attendee-info/professional-learning/';
const GUIDE = 'https://classroomwalkthroughs.com/pd-tracking/states/georgia';
const recency = cite(
  HENRY,
  'Certificate renewal requires 10 professional learning units (PLUs) or their equivalent (six semester hours) during the five-year certificate cycle.',
);
const employed = cite(
  GAETC,
  "Holders employed by a Georgia LUA renew by fully participating in the LUA's professional learning community and setting written professional learning goals, documented by the supervisor and verified by the employing LUA.",
  'GaPSC Rule 505-2-.36(e)',
);
const options = cite(
  GUIDE,
  'Not employed by a Georgia LUA: 6 semester hours, or 10 PLUs, or 10 CEUs; 10 contact hours = 1 PLU = 1 CEU; validity July 1 to June 30.',
);
const SECONDARY = 'From a secondary renewal guide, not the GaPSC rule text; check with GaPSC.';

export const gaPreset: RuleSetInput = {
  id: 'ga',
  jurisdiction: 'GA',
  name: 'Georgia certificate renewal (GaPSC)',
  versions: [
    {
      version: '2017',
      // The Henry County notice: PLU requirements return for certificates expiring June 30, 2016 or later.
      effectiveFrom: '2016-06-30',
      summary:
        'Employed by a Georgia LUA: job-embedded professional learning verified by the employer (no hours). Not employed: 10 PLUs or 10 CEUs, or 6 semester hours, per 5-year certificate.',
      unit: { id: 'plu', name: 'PLUs' },
      licenseTypes: [
        {
          id: 'professional_lua',
          name: 'Professional certificate, employed by a Georgia LUA',
          required: '0',
          cycleYears: 5,
          citation: employed,
          uncertain:
            'No hours are counted: the employer verifies participation in its professional learning community and the written goals (professional learning plan).',
        },
        {
          id: 'professional_not_employed',
          name: 'Professional certificate, not employed by a Georgia LUA',
          required: '10',
          cycleYears: 5,
          citation: recency,
        },
      ],
      defaultLicenseType: 'professional_lua',
      cycleWindow: { id: 'ga-validity', kind: 'fiscal_date', startMonthDay: '07-01', citation: options, uncertain: SECONDARY },
      conversions: [
        unitFactor(
          'ga-ceu',
          'ceu',
          '1',
          '1 CEU (10 contact hours) = 1 PLU',
          options,
          `${SECONDARY} Whether PLUs and CEUs may be combined is not stated.`,
        ),
        unitFactor('ga-contact-hour', 'clock_hour', '1/10', '10 contact hours = 1 PLU', options, SECONDARY),
      ],
      pathways: [
        {
          id: 'ga-semester-hours',
          label: '6 semester hours of college coursework',
          unit: { id: 'semester_hour', name: 'semester hours' },
          required: '6',
          licenseTypes: ['professional_not_employed'],
          conversions: [unitFactor('ga-semester-hour', 'semester_credit', '1', '1 semester hour', recency)],
          citation: recency,
        },
      ],
      notes: [
        {
          id: 'ga-plp',
          text: 'LUA-employed educators meet the requirement through job-embedded professional learning and a professional learning plan verified by the employer; PD Ledger records support it but do not decide it.',
          citation: employed,
        },
      ],
    },
  ],
};
