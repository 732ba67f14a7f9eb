// Idaho: hand-worked cases for the id preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('id');
const ID = 'IDAPA 08.02.02.060 and Caldwell School District renewal page';

const cases: PresetCase[] = [
  {
    name: 'ID: 1 semester + 3 quarter (= 2) + 60 in-service hours (= 4, capped at 3) = 6; transcripted 3 of 3, complete',
    source: ID,
    preset: 'id',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [
      rec('2021-06-01', 'course', '1', 'semester_credit'),
      rec('2022-06-01', 'course', '3', 'quarter_credit'),
      rec('2023-01-10', 'workshop', '30', 'clock_hour'),
      rec('2024-01-10', 'workshop', '30', 'clock_hour'),
    ],
    expect: {
      earned: '6',
      required: '6',
      remaining: '0',
      status: 'complete',
      categories: [['transcripted_postsecondary', '3', '3', true]],
      adjustments: [['cap', 'id-in-service-cap', '1']],
      uncertain: ['id-in-service-cap', 'id-quarter-credit'],
    },
  },
  {
    name: 'ID: 45 in-service hours (= 3) + 2 semester credits = 5, transcripted 2 of 3, a year to go: at risk',
    source: ID,
    preset: 'id',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-07-01',
    records: [rec('2021-06-01', 'workshop', '45', 'clock_hour'), rec('2022-06-01', 'course', '2', 'semester_credit')],
    expect: { earned: '5', remaining: '1', status: 'at_risk', categories: [['transcripted_postsecondary', '3', '2', false]] },
  },
];

runPresetCases('Idaho preset', cases);
