// Indiana: hand-worked cases for the in preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('in');
const IN = 'IDOE Professional Growth Plan and renewal pages; Purdue licensure renewals';

const cases: PresetCase[] = [
  {
    name: 'IN: 26 clock hours + 2 semester hours (30) + cooperating teacher 40 (capped at 30) + CPR 4 = 90 PGP points, CPR card current, complete; 6-semester-hour pathway 2 of 6',
    source: IN,
    preset: 'in',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [
      rec('2021-01-10', 'workshop', '26', 'clock_hour'),
      rec('2021-06-10', 'course', '2', 'semester_credit'),
      rec('2022-05-01', 'mentoring', '40', 'clock_hour'),
      rec('2023-09-01', 'workshop', '4', 'clock_hour', { categories: ['first_aid_cpr'] }),
    ],
    expect: {
      earned: '90',
      required: '90',
      remaining: '0',
      status: 'complete',
      adjustments: [['cap', 'in-cooperating-teacher', '10']],
      pathways: [['in-semester-hours', '6', '2', false]],
      standing: [['in-cpr-aed', true]],
      uncertain: ['in-semester-hour', 'in-cooperating-teacher'],
    },
  },
  {
    name: 'IN: 6 semester hours meet the pathway (6 of 6) and 90 points; 1-hour CPR class: 91, complete',
    source: `${IN}: 6 semester hours in place of 90 PGP points`,
    preset: 'in',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [
      rec('2022-06-10', 'course', '6', 'semester_credit'),
      rec('2024-09-01', 'workshop', '1', 'clock_hour', { categories: ['first_aid_cpr'] }),
    ],
    expect: {
      earned: '91',
      status: 'complete',
      pathways: [['in-semester-hours', '6', '6', true]],
      standing: [['in-cpr-aed', true]],
    },
  },
  {
    name: 'IN: 90 clock hours but no CPR/AED card, under a year to expiry: at risk',
    source: `${IN}: a valid CPR, Heimlich and AED card at every renewal`,
    preset: 'in',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [rec('2022-06-10', 'workshop', '90', 'clock_hour')],
    expect: { earned: '90', remaining: '0', status: 'at_risk', standing: [['in-cpr-aed', false]] },
  },
  {
    name: 'IN: Accomplished practitioner license runs 10 years: 45 of 90 after 5 years = pace 45, on track',
    source: IN,
    preset: 'in',
    license: { issuedOn: '2020-07-01', licenseType: 'accomplished' },
    asOf: '2025-07-01',
    records: [rec('2022-06-10', 'workshop', '45', 'clock_hour')],
    expect: { earned: '45', required: '90', remaining: '45', status: 'on_track', cycle: ['2020-07-01', '2030-06-30'] },
  },
];

runPresetCases('Indiana preset', cases);
