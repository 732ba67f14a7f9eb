// Texas: hand-worked cases for the tx preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('tx');

const cases: PresetCase[] = [
  {
    name: 'TX: independent study capped at 20% (30 of 150), presenting at 10% (15), mentoring at 30% (45)',
    source: '19 TAC 232.11 / tea.texas.gov renewal FAQs',
    preset: 'tx',
    license: { cycleStart: '2021-01-01', cycleEnd: '2025-12-31' },
    asOf: '2024-12-31',
    records: [
      rec('2021-03-01', 'independent_study', '40', 'clock_hour'),
      rec('2022-03-01', 'presenting', '20', 'clock_hour'),
      rec('2023-03-01', 'mentoring', '50', 'clock_hour'),
      rec('2023-06-01', 'workshop', '10', 'clock_hour', { categories: ['students_with_disabilities'] }),
    ],
    expect: {
      earned: '100',
      remaining: '50',
      removed: [
        ['tx-independent-study', '10'],
        ['tx-presenting', '5'],
        ['tx-mentoring', '5'],
      ],
      categories: [['students_with_disabilities', '0', '10', true]],
    },
  },
];

runPresetCases('Texas preset', cases);
