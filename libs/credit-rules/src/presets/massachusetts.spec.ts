// Massachusetts: hand-worked cases for the ma preset, each naming the source it was worked from.
import type { PdRecordInput } from '../lib/pd-record';
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ma');
const MA = '603 CMR 44.06 and DESE PD FAQ (doe.mass.edu/pd/faq.html)';
const maCycle = { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' };
const maAll = (): PdRecordInput[] => [
  rec('2021-01-10', 'course', '2', 'semester_credit', { level: 'graduate', categories: ['subject_area'] }), // 2 x 22.5 = 45
  rec('2021-06-10', 'course', '1', 'semester_credit', { level: 'undergraduate', categories: ['pedagogy'] }), // 15
  rec('2022-01-10', 'workshop', '15', 'clock_hour', { categories: ['english_language_learners'] }), // 15
  rec('2022-06-10', 'workshop', '15', 'clock_hour', { categories: ['students_with_disabilities'] }), // 15
  rec('2023-01-10', 'conference', '6', 'ceu', { categories: ['literacy'] }), // 60
];

const cases: PresetCase[] = [
  {
    name: 'MA: 45 (2 graduate hours x 22.5) + 15 + 15 + 15 + 60 (6 CEUs) = 150 PDPs, all four areas met, complete',
    source: MA,
    preset: 'ma',
    license: maCycle,
    asOf: '2025-01-01',
    records: maAll(),
    expect: {
      earned: '150',
      required: '150',
      remaining: '0',
      status: 'complete',
      categories: [
        ['subject_area', '15', '45', true],
        ['pedagogy', '15', '15', true],
        ['english_language_learners', '15', '15', true],
        ['students_with_disabilities', '15', '15', true],
      ],
      uncertain: ['ma-graduate-credit', 'ma-ceu'],
    },
  },
  {
    name: 'MA: one additional license: required 150 + 30 = 180 and content 15 + 15 = 30; the same 150 PDPs leave 30 and content 45 >= 30; 4 of 5 years done: pace 144 <= 150, on track',
    source: `${MA}: +30 PDPs and +15 content PDPs per additional license`,
    preset: 'ma',
    license: { ...maCycle, additionalLicenses: 1 },
    asOf: '2025-01-01',
    records: maAll(),
    expect: {
      earned: '150',
      required: '180',
      remaining: '30',
      status: 'on_track',
      categories: [
        ['subject_area', '30', '45', true],
        ['pedagogy', '15', '15', true],
        ['english_language_learners', '15', '15', true],
        ['students_with_disabilities', '15', '15', true],
      ],
    },
  },
  {
    name: 'MA: a topic below 10 PDPs does not count: 8 h equity dropped, 12 h literacy (6 + 6) and 1 unknown-level semester hour (15) count = 27; 1 of 5 years done: pace 30 > 27, at risk',
    source: `${MA}: a topic counts only at 10+ PDPs; 1 undergraduate semester hour = 15`,
    preset: 'ma',
    license: maCycle,
    asOf: '2021-12-31',
    records: [
      rec('2021-01-10', 'workshop', '8', 'clock_hour', { categories: ['equity'] }),
      rec('2021-02-10', 'workshop', '6', 'clock_hour', { categories: ['literacy'] }),
      rec('2021-03-10', 'workshop', '6', 'clock_hour', { categories: ['literacy'] }),
      rec('2021-04-10', 'course', '1', 'semester_credit', { categories: ['subject_area'] }),
    ],
    expect: { earned: '27', remaining: '123', status: 'at_risk', adjustments: [['topic_minimum', 'ma-topic-minimum', '8']] },
  },
];

runPresetCases('Massachusetts preset', cases);
