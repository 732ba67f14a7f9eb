// Arizona, standard professional certificate renewal (A.A.C. R7-2-619). Sources: the rule and ADE's renewal
// page, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const RULE = 'https://www.law.cornell.edu/regulations/arizona/Ariz-Admin-Code-SS-R7-2-619';
const ADE = 'https://www.azed.gov/educator-certification/educator-certification-renew-your-certification';
const ELAWS = 'http://azrules.elaws.us/rule/r7-2-619';
const hours = cite(
  RULE,
  'Renewal of a 12-year standard certificate requires 180 clock hours of professional development, 15 clock hours for each year of the term, since the last issue or renewal.',
  'A.A.C. R7-2-619',
);
const credit = cite(RULE, 'One semester hour of college credit equals 15 clock hours.', 'A.A.C. R7-2-619');

export const azPreset: RuleSetInput = {
  id: 'az',
  jurisdiction: 'AZ',
  name: 'Arizona standard certificate renewal',
  versions: [
    {
      version: '2013',
      // The effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2013-01-01',
      summary: '180 clock hours (15 per year of the 12-year term); 1 semester hour = 15 clock hours.',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [
        { id: 'standard', name: 'Standard Professional Certificate', required: '180', cycleYears: 12, citation: hours },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'az-cycle', kind: 'issue_date', citation: hours },
      conversions: [
        unitFactor('az-clock-hour', 'clock_hour', '1', '1 clock hour', hours),
        unitFactor('az-semester-hour', 'semester_credit', '15', '1 semester hour = 15 clock hours', credit),
      ],
      notes: [
        {
          id: 'az-not-in-facts',
          text: 'Not in the facts, so not converted: quarter hours, CEUs and micro-credentials.',
          citation: hours,
        },
        {
          id: 'az-renew-window',
          text: 'Renewal is possible from 6 months before expiry.',
          citation: cite(ADE, 'Certificates may be renewed from six months before the expiration date.'),
        },
        {
          id: 'az-conference-cap',
          notChecked: true,
          text: 'An older rule allowed at most 30 hours a year from conferences and workshops; not applied (the model has no per-year cap).',
          citation: cite(
            ELAWS,
            'Older rule: conferences and workshops count for at most 30 hours a year.',
            'A.A.C. R7-2-619 (older version)',
          ),
          uncertain: 'Whether the 30-hour yearly cap on conferences and workshops still applies.',
        },
      ],
    },
  ],
};
