// North Carolina: hand-worked cases for the nc preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('nc');

const cases: PresetCase[] = [
  {
    name: 'NC K-5: 2 semester hours (3 units) split literacy/subject, 30 contact hours literacy (3), 20 contact hours (2)',
    source:
      'gcsnc.com/Page/29641: 1 semester hour = 1.5 units, 10 contact hours = 1 unit; K-5 3 subject + 3 literacy + 2 general',
    preset: 'nc',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30', gradeBand: 'k-5' },
    asOf: '2025-01-01',
    records: [
      rec('2022-01-10', 'course', '2', 'semester_credit', { categories: ['literacy', 'subject_area'] }),
      rec('2023-01-10', 'workshop', '30', 'clock_hour', { categories: ['literacy'] }),
      rec('2023-02-10', 'workshop', '20', 'clock_hour'),
    ],
    expect: {
      earned: '8',
      status: 'complete',
      categories: [
        ['subject_area', '3', '3', true],
        ['literacy', '3', '3', true],
        ['general', '2', '2', true],
      ],
    },
  },
  {
    name: 'NC: National Board certification = 8 credits; a license expiring before 2024-06-30 has no categories',
    source: 'gcsnc.com/Page/29641: NBCT = 8 credits; categories for licenses expiring >= 2024-06-30',
    preset: 'nc',
    license: { cycleStart: '2018-07-01', cycleEnd: '2023-06-30', gradeBand: '6-12' },
    asOf: '2023-01-01',
    records: [rec('2019-01-10', 'national_board', '1', 'certification')],
    expect: { earned: '8', status: 'complete', categories: [] },
  },
];

runPresetCases('North Carolina preset', cases);
