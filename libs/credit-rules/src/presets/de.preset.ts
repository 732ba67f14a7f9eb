// Delaware, 14 DE Admin. Code 1511 §10 (Continuing License renewal), cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const CODE = 'https://regulations.delaware.gov/AdminCode/title14/1500/1511.shtml';
const s10 = (text: string) => cite(CODE, text, '14 DE Admin. Code 1511 §10');
const hours = s10(
  'A Continuing License holder completes 90 clock hours of professional development in the five-year license period.',
);
const credit = s10('One semester hour = 15 clock hours; one quarter hour or one CEU = 10 clock hours.');

export const dePreset: RuleSetInput = {
  id: 'de',
  jurisdiction: 'DE',
  name: 'Delaware Continuing License renewal',
  versions: [
    {
      version: '2019',
      effectiveFrom: '2019-07-01',
      summary: '90 clock hours per 5 years, 45 related to work with students or staff, action research capped at 30.',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [{ id: 'continuing', name: 'Continuing License', required: '90', cycleYears: 5, citation: hours }],
      defaultLicenseType: 'continuing',
      cycleWindow: { id: 'de-cycle', kind: 'issue_date', citation: hours },
      deadline: {
        id: 'de-submission',
        daysBeforeEnd: 30,
        citation: s10('Evidence is submitted from 24 months to 30 days before the license expires.'),
      },
      conversions: [
        unitFactor('de-clock-hour', 'clock_hour', '1', '1 clock hour', hours),
        unitFactor('de-semester-hour', 'semester_credit', '15', '1 semester hour = 15 clock hours', credit),
        unitFactor('de-quarter-hour', 'quarter_credit', '10', '1 quarter hour = 10 clock hours', credit),
        unitFactor('de-ceu', 'ceu', '10', '1 CEU = 10 clock hours', credit),
      ],
      caps: [
        {
          id: 'de-action-research',
          label: 'Action research or an educational project',
          appliesTo: { activityTypes: ['action_research'] },
          limit: { kind: 'amount', amount: '30' },
          citation: s10('Action research or an educational project may count for at most 30 clock hours.'),
        },
      ],
      categoryRequirements: [
        {
          id: 'de-students-staff',
          category: 'work_with_students_staff',
          label: 'Related to work with students or staff',
          minimum: { kind: 'amount', amount: '45' },
          citation: s10("At least 45 clock hours must be related to the educator's work with students or staff."),
        },
      ],
    },
  ],
};
