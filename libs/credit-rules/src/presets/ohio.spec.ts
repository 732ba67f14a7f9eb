// Ohio: hand-worked cases for the oh preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('oh');

const cases: PresetCase[] = [
  {
    name: 'OH: 12 CEUs + 60 contact hours (6 CEUs) = 18 CEUs, complete; the coursework pathway has 0 of 6',
    source: 'OAC 3301-24-08(A)(2): eighteen CEUs (one hundred eighty contact hours)',
    preset: 'oh',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-03-01', 'workshop', '12', 'ceu'), rec('2023-03-01', 'workshop', '60', 'clock_hour')],
    expect: {
      earned: '18',
      required: '18',
      remaining: '0',
      status: 'complete',
      cycle: ['2021-07-01', '2026-06-30'],
      pathways: [['oh-coursework', '6', '0', false]],
      closestPathway: 'main',
    },
  },
  {
    name: 'OH: 6 semester hours meet the coursework pathway (and 18 CEUs combined)',
    source: 'OAC 3301-24-08(A)(1): six semester hours of coursework',
    preset: 'oh',
    license: { issuedOn: '2021-07-01' },
    asOf: '2024-06-30',
    records: [rec('2022-01-10', 'course', '3', 'semester_credit'), rec('2023-01-10', 'course', '3', 'semester_credit')],
    expect: { earned: '18', status: 'complete', pathways: [['oh-coursework', '6', '6', true]], uncertain: ['oh-semester-hour'] },
  },
  {
    name: 'OH: 4 semester hours (12 CEUs) + 20 contact hours (2) = 14 of 18; coursework 4 of 6; main is closest',
    source: 'OAC 3301-24-08(A)(2)(e): coursework and CEUs may be combined',
    preset: 'oh',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-01-10', 'course', '4', 'semester_credit'), rec('2024-02-01', 'workshop', '20', 'clock_hour')],
    expect: {
      earned: '14',
      remaining: '4',
      status: 'at_risk',
      pathways: [['oh-coursework', '6', '4', false]],
      closestPathway: 'main',
    },
  },
];

runPresetCases('Ohio preset', cases);
