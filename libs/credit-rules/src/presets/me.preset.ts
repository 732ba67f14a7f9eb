// Maine, Professional certificate renewal. Sources: the Maine DOE and MEA pages cited below. 6 approved
// credits (90 contact hours) per 5 years; the certificate lapses 6 months after it expires.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const DOE = 'http://maine.gov/doe/cert/renewal/full.html';
const MEA = 'https://maineea.org/?p=19762';
const old = 'The maine.gov renewal page is an older snapshot; check with the Maine DOE.';
const six = cite(
  DOE,
  'A Professional certificate is renewed every five years with six approved credits (90 contact hours) earned in the last five years.',
);
const values = cite(
  DOE,
  'One approved credit = one semester hour = 15 contact hours; 1.5 CEUs = 1 credit (1 CEU = 10 contact hours).',
);
const lapse = cite(MEA, 'A certificate lapses six months after its expiration date.');
const local = cite(
  MEA,
  'Employed teachers renew through the local certification support system with a renewal plan; audited college courses are not accepted.',
);

export const mePreset: RuleSetInput = {
  id: 'me',
  jurisdiction: 'ME',
  name: 'Maine Professional certificate renewal',
  versions: [
    {
      version: 'professional',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        '6 approved credits (90 contact hours) per 5-year Professional certificate; 1 credit = 15 contact hours = 1.5 CEUs; lapses 6 months after expiry. Quarter hours, caps, categories and carry-over: none in the facts.',
      unit: { id: 'credit', name: 'approved credits' },
      licenseTypes: [
        { id: 'professional', name: 'Professional certificate', required: '6', cycleYears: 5, citation: six, uncertain: old },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'me-cycle', kind: 'issue_date', citation: six },
      grace: { id: 'me-lapse', kind: 'late_renewal', months: 6, citation: lapse },
      conversions: [
        unitFactor('me-semester-hour', 'semester_credit', '1', '1 semester hour = 1 credit', values, old),
        unitFactor('me-contact-hour', 'clock_hour', '1/15', '15 contact hours = 1 credit', values, old),
        unitFactor('me-ceu', 'ceu', '2/3', '1.5 CEUs = 1 credit', values, old),
      ],
      notes: [
        {
          id: 'me-local-system',
          notChecked: true,
          text: 'Employed teachers renew through the local certification support system with a renewal plan; audited college courses are not accepted (not computed: records carry no audit flag).',
          citation: local,
        },
      ],
    },
  ],
};
