// Nebraska, Standard and Professional teaching certificate renewal. Facts: STATE-FACTS.json (NE).
// Renewal is one school year of teaching at half time or more, or 6 graduate semester hours, within
// the last 5 years; only the graduate-hours option can be computed from PD records.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite } from './preset-helpers';

const NDE = 'https://www.education.ne.gov/tcert/Renewals/';
const renewal = cite(NDE, 'Renewal requires one school year of teaching at half time or more, or 6 graduate semester hours, within the last 5 years; there is no clock-hour PD requirement.');
const terms = cite(NDE, 'The Standard certificate is valid 5 years and the Professional certificate 10 years; both expire August 31; the look-back is 5 years.');

export const nePreset: RuleSetInput = {
  id: 'ne',
  jurisdiction: 'NE',
  name: 'Nebraska teaching certificate renewal',
  versions: [
    {
      version: '2024',
      // The effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2020-09-01',
      summary: '6 graduate semester hours in the last 5 years (Standard 5-year, Professional 10-year certificate), or 1 school year of at least half-time teaching (not computed).',
      unit: { id: 'graduate_semester_hour', name: 'graduate semester hours' },
      licenseTypes: [
        { id: 'standard', name: 'Standard Teaching Certificate', required: '6', cycleYears: 5, citation: terms },
        {
          id: 'professional',
          name: 'Professional Teaching Certificate',
          required: '6',
          cycleYears: 10,
          citation: terms,
          uncertain: 'The 6 graduate hours must fall in the last 5 years; the evaluator counts the whole 10-year validity.',
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'ne-cycle', kind: 'issue_date', citation: terms },
      expiry: { id: 'ne-expiry', monthDay: '08-31', citation: terms },
      conversions: [
        { id: 'ne-graduate-hour', description: '1 graduate semester hour', match: { units: ['semester_credit'], levels: ['graduate'] }, value: { kind: 'factor', factor: '1' }, citation: renewal },
        { id: 'ne-undergraduate-hour', description: 'Undergraduate credit does not count', match: { units: ['semester_credit'], levels: ['undergraduate'] }, value: { kind: 'not_accepted' }, citation: renewal },
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
        { id: 'ne-not-in-facts', text: 'Clock hours, CEUs and quarter hours are not converted: the facts name only graduate semester hours (no clock-hour PD requirement).', citation: renewal },
        {
          id: 'ne-experience',
          text: 'Alternative: one school year of teaching at half time or more in the last 5 years renews the certificate without coursework.',
          citation: renewal,
          uncertain: 'Not computed: the rule model cannot count years of teaching experience.',
        },
      ],
    },
  ],
};
