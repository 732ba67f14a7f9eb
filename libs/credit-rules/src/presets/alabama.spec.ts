// Alabama: hand-worked cases for the al preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('al');

const cases: PresetCase[] = [
  {
    name: 'AL: 30 clock hours + 2 CEUs (20) = 50, complete; 3-semester-hour pathway 0 of 3',
    source: 'mcpss.com/certrenewal: 50 hours or 3 semester hours / 5 y, expires June 30; 1 CEU = 10 hours',
    preset: 'al',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-06-30',
    records: [rec('2021-10-01', 'workshop', '30', 'clock_hour'), rec('2023-10-01', 'course', '2', 'ceu')],
    expect: {
      earned: '50',
      required: '50',
      remaining: '0',
      status: 'complete',
      version: '2025',
      cycle: ['2020-07-01', '2025-06-30'],
      pathways: [['al-semester-hours', '3', '0', false]],
      closestPathway: 'main',
    },
  },
  {
    name: 'AL: 3 semester hours meet the college-credit pathway (0 of 50 hours)',
    source: 'mcpss.com/certrenewal: 50 hours or 3 semester hours',
    preset: 'al',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-01-10', 'course', '3', 'semester_credit')],
    expect: {
      earned: '0',
      status: 'complete',
      pathways: [['al-semester-hours', '3', '3', true]],
      closestPathway: 'al-semester-hours',
    },
  },
];

runPresetCases('Alabama preset', cases);
