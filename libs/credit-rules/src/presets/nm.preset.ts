// New Mexico, Level 2 / Level 3-A continuing licensure (6.60.6 NMAC), cited below:
// no PD unit, evaluation and competency instead. No PD hours are required: required 0, always
// complete. Renewal rests on the governing authority's verification of annual competency.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const NMAC =
  'https://e.casetext.com/regulation/new-mexico-administrative-code/title-6-primary-and-secondary-education/chapter-60-school-personnel-general-provisions/part-6-continuing-licensure-for-licensed-educators-in-new-mexico/section-660612-implementation';
const SRCA = 'https://srca.nm.gov/parts/title06/06.060.0006.html';
const STATUTE = 'https://lawserver.com/law/state/new-mexico/nm-statutes/new_mexico_statutes_22-10A-10';
const basis = cite(
  NMAC,
  'Continuing licensure rests on the local governing authority verifying that the educator has demonstrated annual competency; there is no credit or hour requirement.',
  '6.60.6.12 NMAC',
);
const term = cite(
  SRCA,
  'Level 2 and Level 3-A licenses are issued for nine years; apply for continuing licensure no later than June 30 of the year after the license expires.',
  '6.60.6 NMAC',
);
const micro = cite(
  STATUTE,
  'Micro-credentials are used to advance between license levels (five micro-credentials for Level I-II or II-III), not to renew.',
  'NMSA 22-10A-10',
);

export const nmPreset: RuleSetInput = {
  id: 'nm',
  jurisdiction: 'NM',
  name: 'New Mexico continuing licensure (no PD hours required)',
  versions: [
    {
      version: '6-60-6-nmac',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        "No PD hours required: a 9-year Level 2 or Level 3-A license is continued on the governing authority's verification of annual competency. Conversions, caps and categories: none in the facts.",
      // Records are shown in clock hours for information only; nothing is required.
      unit: { id: 'clock_hour', name: 'clock hours (none required)' },
      licenseTypes: [{ id: 'level-2-3a', name: 'Level 2 or Level 3-A license', required: '0', cycleYears: 9, citation: term }],
      defaultLicenseType: 'level-2-3a',
      cycleWindow: { id: 'nm-cycle', kind: 'issue_date', citation: term },
      conversions: [unitFactor('nm-clock-hour', 'clock_hour', '1', '1 clock hour (for information; none required)', basis)],
      notes: [
        {
          id: 'nm-basis',
          text: "Basis of renewal: the governing authority (district or charter) verifies the educator's annual competency; no PD hours, credits or micro-credentials are required.",
          citation: basis,
          uncertain:
            'The exact renewal documentation for an unlapsed Level 2 license is not settled in the sources; check with the NM PED.',
        },
        {
          id: 'nm-deadline',
          text: 'Apply for continuing licensure no later than June 30 of the year after the license expires.',
          citation: term,
        },
        {
          id: 'nm-micro-credentials',
          text: 'Micro-credentials count toward advancement (Level I to II, II to III: five micro-credentials), not renewal.',
          citation: micro,
        },
      ],
    },
  ],
};
