// Utah: hand-worked cases for the ut preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ut');

const cases: PresetCase[] = [
  {
    name: 'UT: professional learning 95 (capped at 90) + collaboration 35 (capped at 30) + service 10 = 130; 2 h suicide prevention; complete',
    source: 'Utah Admin. Code R277-302-7 (100 h / 5 y; caps 90 / 30 / 50); jordandistrict.org (2 h youth suicide prevention)',
    preset: 'ut',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-10',
    records: [
      rec('2021-01-10', 'workshop', '2', 'clock_hour', { categories: ['suicide_prevention', 'ut_professional_learning'] }),
      rec('2022-01-10', 'workshop', '93', 'clock_hour', { categories: ['ut_professional_learning'] }),
      rec('2023-01-10', 'other', '35', 'clock_hour', { categories: ['ut_educator_collaboration'] }),
      rec('2023-05-10', 'presenting', '10', 'clock_hour', { categories: ['ut_professional_service'] }),
    ],
    expect: {
      earned: '130',
      status: 'complete',
      removed: [
        ['ut-professional-learning', '5'],
        ['ut-collaboration', '5'],
      ],
      categories: [['suicide_prevention', '2', '2', true]],
    },
  },
  {
    name: 'UT: 60 evaluation hours are capped at 50 (10 a year over 5 years) + 30 = 80; on pace but suicide prevention missing in the final year: at risk',
    source: 'Utah Admin. Code R277-302-7 (highly effective evaluation 10 h a year); jordandistrict.org',
    preset: 'ut',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2024-09-01',
    records: [
      rec('2021-06-01', 'evaluation', '20', 'clock_hour'),
      rec('2022-06-01', 'evaluation', '20', 'clock_hour'),
      rec('2023-06-01', 'evaluation', '20', 'clock_hour'),
      rec('2023-08-01', 'workshop', '30', 'clock_hour'),
    ],
    expect: {
      earned: '80',
      remaining: '20',
      status: 'at_risk',
      removed: [['ut-evaluation', '10']],
      categories: [['suicide_prevention', '2', '0', false]],
      uncertain: ['ut-evaluation', 'ut-suicide-prevention'],
    },
  },
  {
    name: 'UT: issued 2021-03-01 the license expires 2026-06-30; National Board certification = 100 h + 2 h suicide prevention, complete',
    source: 'Utah Admin. Code R277-301-3 (expire June 30); R277-302-7 (NBC = 100 hours)',
    preset: 'ut',
    license: { issuedOn: '2021-03-01' },
    asOf: '2023-01-01',
    records: [
      rec('2022-06-01', 'national_board', '1', 'certification'),
      rec('2022-09-01', 'workshop', '2', 'clock_hour', { categories: ['suicide_prevention'] }),
    ],
    expect: { earned: '102', status: 'complete', cycle: ['2021-03-01', '2026-06-30'] },
  },
];

runPresetCases('Utah preset', cases);
