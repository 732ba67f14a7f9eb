// Delaware: hand-worked cases for the de preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('de');

const cases: PresetCase[] = [
  {
    name: 'DE: action research capped at 30 h; 45 h must relate to work with students/staff; 1 CEU = 10 h',
    source: '14 DE Admin Code 1511 s10',
    preset: 'de',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'action_research', '40', 'clock_hour', { categories: ['work_with_students_staff'] }),
      rec('2022-01-10', 'workshop', '2', 'ceu'),
      rec('2023-01-10', 'workshop', '40', 'clock_hour'),
    ],
    expect: {
      earned: '90',
      status: 'at_risk',
      removed: [['de-action-research', '10']],
      categories: [['work_with_students_staff', '45', '30', false]],
    },
  },
];

runPresetCases('Delaware preset', cases);
