// Oklahoma, Standard Teaching Certificate renewal (OAC 210:20-19-5), cited below: 3 years' experience or
// credit substitution; 75 points if not employed. Only the 75 points can be computed: the model cannot count
// years of experience, and no credit substitution rate is stated.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const OAC = 'http://okrules.elaws.us/oac/210:20-19-5';
const TC = 'http://www.teaching-certification.com/teaching/oklahoma-teacher-certification-renewal.html';
const points = cite(
  OAC,
  'A teacher not employed as a teacher or administrator may renew a valid Standard Teaching Certificate by completing seventy-five points in professional development programs, conferences and seminars approved by a public school district.',
  'OAC 210:20-19-5(a)',
);
const combination = cite(
  OAC,
  'A combination of professional development points, higher education credits and/or teaching experience may be used; exact combinations are determined by the Professional Standards Section.',
  'OAC 210:20-19-5(b)-(c)',
);
const clockHours = cite(
  TC,
  'The Standard Teaching Certificate is renewed every five years; renewal shows three of the past five years in an Oklahoma school and 75 clock hours of professional development during the validity of the certificate.',
);

export const okPreset: RuleSetInput = {
  id: 'ok',
  jurisdiction: 'OK',
  name: 'Oklahoma Standard Teaching Certificate renewal',
  versions: [
    {
      version: '2021',
      // The text is current as of 2021-03-11 in the cited copy; the effective date is not stated.
      effectiveFrom: '2021-03-11',
      summary:
        '75 professional development points per 5-year certificate (teachers not employed); employed teachers renew on 3 years of experience (not computed).',
      unit: { id: 'pd_point', name: 'PD points' },
      licenseTypes: [
        {
          id: 'standard',
          name: 'Standard Teaching Certificate',
          required: '75',
          cycleYears: 5,
          citation: points,
          uncertain:
            'The 75 points are the route for teachers not employed; employed teachers renew on three years of experience (see notes).',
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'ok-cycle', kind: 'issue_date', citation: clockHours },
      conversions: [
        unitFactor(
          'ok-clock-hour',
          'clock_hour',
          '1',
          '1 clock hour of approved PD = 1 point',
          clockHours,
          "The rule speaks of points; a secondary page calls them clock hours. Points are awarded by the district's professional development committee.",
        ),
      ],
      notes: [
        {
          id: 'ok-experience',
          notChecked: true,
          text: 'Teachers employed in Oklahoma schools renew on three years of teaching experience in the past five; the rule model cannot count years of experience.',
          citation: clockHours,
          uncertain: 'Not computed.',
        },
        {
          id: 'ok-credit-substitution',
          text: 'College credit may substitute for points in combinations set by the Professional Standards Section; no exchange rate is stated, so credits are not converted.',
          citation: combination,
          uncertain: 'No rate in the facts.',
        },
      ],
    },
  ],
};
