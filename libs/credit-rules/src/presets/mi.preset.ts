// Michigan, Professional teaching certificate renewal. Sources: MDE and the pages cited below. 150 hours
// of education-related professional learning (SCECH / DPPD) per 5 years; 1 semester credit = 25 hours.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const MDE =
  'https://www.michigan.gov/mde/services/ed-serv/ed-cert/educator-preparation-providers/supporting-continuing-certification';
const TCAPS = 'http://www.tcaps.net/jobs/certification/';
const CL = 'https://www.connectinglink.com/michigan?old=1';
const hours = cite(
  MDE,
  'A Professional certificate is renewed with 150 hours of education-related professional learning (SCECHs, DPPD) earned since the latest issue or renewal date, recorded in MOECS.',
);
const credit = cite(MDE, 'One semester credit hour of college credit = 25 hours of professional learning.');
const window = cite(TCAPS, 'Certificates expire June 30; renew between January 1 and June 30 of the expiration year.');
const masters = cite(CL, "An education-related master's degree may be used for one renewal.");

export const miPreset: RuleSetInput = {
  id: 'mi',
  jurisdiction: 'MI',
  name: 'Michigan Professional certificate renewal',
  versions: [
    {
      version: 'professional',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        '150 hours of professional learning (SCECH/DPPD; 1 semester credit = 25) per 5 years since the issue or renewal date; expires June 30. Quarter hours, CEUs, caps, categories and carry-over: none in the facts.',
      unit: { id: 'clock_hour', name: 'hours of professional learning' },
      licenseTypes: [{ id: 'professional', name: 'Professional certificate', required: '150', cycleYears: 5, citation: hours }],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'mi-cycle', kind: 'issue_date', citation: hours },
      expiry: {
        id: 'mi-expiry',
        monthDay: '06-30',
        citation: window,
        uncertain: 'The June 30 expiry and January-June renewal window come from a secondary (district) source; check with MDE.',
      },
      conversions: [
        unitFactor('mi-clock-hour', 'clock_hour', '1', '1 hour of professional learning (SCECH/DPPD)', hours),
        unitFactor('mi-semester-credit', 'semester_credit', '25', '1 semester credit = 25 hours', credit),
      ],
      notes: [
        {
          id: 'mi-masters',
          notChecked: true,
          text: "An education-related master's degree can renew the certificate once (not computed).",
          citation: masters,
        },
        {
          id: 'mi-carry-over',
          text: 'No carry-over is stated: hours count from the latest issue or renewal date.',
          citation: hours,
        },
      ],
    },
  ],
};
