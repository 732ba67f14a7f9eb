// Nebraska, Standard and Professional teaching certificate renewal (NDE, cited below).
// Renewal is one school year of teaching at half time or more, or 6 graduate semester hours, within
// the last 5 years; only the graduate-hours option can be computed from PD records.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite } from './preset-helpers';

const NDE = 'https://www.education.ne.gov/tcert/Renewals/';
const renewal = cite(
  NDE,
  'Renewal: one school year of teaching at half time or more, or six graduate credit hours in education or the content area, within the past five years; there is no clock-hour PD requirement.',
);
const terms = cite(
  NDE,
  'The Standard certificate expires August 31 in the fifth year following issuance or renewal, the Professional certificate August 31 in the tenth year.',
);

export const nePreset: RuleSetInput = {
  id: 'ne',
  jurisdiction: 'NE',
  name: 'Nebraska teaching certificate renewal',
  versions: [
    {
      version: '2024',
      // The effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2020-09-01',
      summary:
        '6 graduate semester hours in the last 5 years (Standard 5-year, Professional 10-year certificate), or 1 school year of at least half-time teaching (not computed).',
      unit: { id: 'graduate_semester_hour', name: 'graduate semester hours' },
      licenseTypes: [
        { id: 'standard', name: 'Standard Teaching Certificate', required: '6', cycleYears: 5, citation: terms },
        {
          id: 'professional',
          name: 'Professional Teaching Certificate',
          required: '6',
          cycleYears: 10,
          citation: terms,
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'ne-cycle', kind: 'issue_date', citation: terms },
      expiry: { id: 'ne-expiry', monthDay: '08-31', citation: terms },
      // The Standard certificate's 5 years are its whole term; only the 10-year Professional needs the look-back.
      lookBack: { id: 'ne-look-back', years: 5, licenseTypes: ['professional'], citation: renewal },
      conversions: [
        {
          id: 'ne-graduate-hour',
          description: '1 graduate semester hour',
          match: { units: ['semester_credit'], levels: ['graduate'] },
          value: { kind: 'factor', factor: '1' },
          citation: renewal,
        },
        {
          id: 'ne-undergraduate-hour',
          description: 'Undergraduate credit does not count',
          match: { units: ['semester_credit'], levels: ['undergraduate'] },
          value: { kind: 'not_accepted' },
          citation: renewal,
        },
        {
          id: 'ne-unknown-level-hour',
          description: '1 semester hour of unstated level, counted as graduate',
          match: { units: ['semester_credit'], levels: ['unknown'] },
          value: { kind: 'factor', factor: '1' },
          citation: renewal,
          uncertain: 'Only graduate hours count; the record does not say the course was graduate level.',
        },
      ],
      notes: [
        {
          id: 'ne-not-in-facts',
          text: 'Clock hours, CEUs and quarter hours are not converted: the facts name only graduate semester hours (no clock-hour PD requirement).',
          citation: renewal,
        },
        {
          id: 'ne-experience',
          text: 'Alternative: one school year of teaching at half time or more in the last 5 years renews the certificate without coursework.',
          notChecked: true,
          citation: renewal,
        },
      ],
    },
  ],
};
