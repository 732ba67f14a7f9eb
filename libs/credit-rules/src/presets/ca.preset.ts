// California, clear teaching credential renewal (Commission on Teacher Credentialing). No PD hours:
// required 0, renewal is an online application with a fee every 5 years. The only source found is a
// secondary guide (cited below), so uncertain.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const GUIDE = 'https://classroomwalkthroughs.com/pd-tracking/states/california';
const UNCERTAIN =
  'From a secondary guide, and marked uncertain in the facts; older or specific credentials may still need 150 hours of professional growth. Check with the CTC.';
const clear = cite(
  GUIDE,
  'The Clear credential is valid for 5 years and renewable indefinitely: submit the renewal application through CTC Online and pay the fee; no PD hours are required.',
);

export const caPreset: RuleSetInput = {
  id: 'ca',
  jurisdiction: 'CA',
  name: 'California clear credential renewal (no PD hours)',
  versions: [
    {
      version: '2024',
      // The date the hour requirement ended is not in the facts; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary: 'No PD hours: a clear credential is renewed every 5 years by online application and fee.',
      unit: { id: 'clock_hour', name: 'clock hours (none required)' },
      licenseTypes: [
        { id: 'clear', name: 'Clear teaching credential', required: '0', cycleYears: 5, citation: clear, uncertain: UNCERTAIN },
      ],
      defaultLicenseType: 'clear',
      cycleWindow: { id: 'ca-cycle', kind: 'issue_date', citation: clear },
      conversions: [unitFactor('ca-clock-hour', 'clock_hour', '1', '1 clock hour (for information; none required)', clear)],
      notes: [
        {
          id: 'ca-basis',
          text: 'Basis of renewal: online application and fee every 5 years (fee only).',
          citation: clear,
          uncertain: UNCERTAIN,
        },
        {
          id: 'ca-preliminary',
          text: 'A preliminary credential (5 years, not renewable) is cleared through an induction program, not PD hours.',
          citation: cite(GUIDE, 'Preliminary credentials are cleared through a Commission-approved induction program.'),
        },
      ],
    },
  ],
};
