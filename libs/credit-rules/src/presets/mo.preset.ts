// Missouri, Career Continuous Professional Certificate (two-tier certification). Every fact comes from
// secondary sources (MSTA and Learners Edge, cited below), so every rule is marked uncertain.
// No periodic renewal: a 99-year certificate with 15 contact hours of PD a year until exempt.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const MSTA = 'https://www.msta.org/stories/two-tier-teacher-certification-explanation/';
const LE = 'https://www.learnersedge.com/about-courses/state-requirements/missouri-teacher-license-renewal';
const secondary = 'All Missouri facts come from secondary sources (MSTA, Learners Edge); check with DESE.';
const yearly = cite(
  MSTA,
  'The Career Continuous Professional Certificate is valid 99 years; the holder completes 15 contact hours of professional development each year until exempt.',
);
const exempt = cite(
  MSTA,
  "A holder is exempt from the yearly hours with two of: 10 years of teaching, a master's degree, National Board certification.",
);
const credit = cite(LE, 'One semester hour of college credit = 15 contact hours.');

export const moPreset: RuleSetInput = {
  id: 'mo',
  jurisdiction: 'MO',
  name: 'Missouri Career Continuous Professional Certificate (yearly PD)',
  versions: [
    {
      version: 'ccpc',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        "15 contact hours a year (1 semester hour = 15) on a 99-year certificate until exempt (two of: 10 years, master's, National Board). Caps, categories and carry-over: none in the facts.",
      unit: { id: 'contact_hour', name: 'contact hours' },
      licenseTypes: [
        {
          id: 'ccpc',
          name: 'Career Continuous Professional Certificate (not yet exempt)',
          required: '15',
          cycleYears: 1,
          citation: yearly,
          uncertain: secondary,
        },
        {
          id: 'ccpc-exempt',
          name: 'Career Continuous Professional Certificate (exempt)',
          required: '0',
          cycleYears: 1,
          citation: exempt,
          uncertain: secondary,
        },
      ],
      defaultLicenseType: 'ccpc',
      cycleWindow: {
        id: 'mo-cycle',
        kind: 'issue_date',
        citation: yearly,
        uncertain: 'The yearly period is not defined in the facts (taken from the issue date); check with the district or DESE.',
      },
      conversions: [
        unitFactor('mo-contact-hour', 'clock_hour', '1', '1 contact hour', yearly, secondary),
        unitFactor('mo-semester-hour', 'semester_credit', '15', '1 semester hour = 15 contact hours', credit, secondary),
      ],
      notes: [
        {
          id: 'mo-exemption',
          text: "Exempt from the yearly hours with two of: 10 years of teaching experience, a master's degree, National Board certification (choose the exempt license type).",
          citation: exempt,
          uncertain: secondary,
        },
      ],
    },
  ],
};
