// West Virginia: hand-worked cases for the wv preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('wv');

const cases: PresetCase[] = [
  {
    name: 'WV: 6 semester hours with only 3 related is at risk in the final year (related coursework 3 of 6)',
    source: "connectinglink.com/west-virginia: 6 semester hours related to program/endorsement/master's/county",
    preset: 'wv',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [
      rec('2022-01-10', 'course', '3', 'semester_credit', { categories: ['related_coursework'] }),
      rec('2023-01-10', 'course', '3', 'semester_credit'),
    ],
    expect: {
      earned: '6',
      remaining: '0',
      status: 'at_risk',
      categories: [['related_coursework', '6', '3', false]],
      uncertain: ['wv-semester-hour', 'wv-related-coursework'],
    },
  },
  {
    name: 'WV: 6 related semester hours, complete',
    source: 'connectinglink.com/west-virginia: 6 semester hours of related coursework',
    preset: 'wv',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-01-10', 'course', '6', 'semester_credit', { categories: ['related_coursework'] })],
    expect: { earned: '6', status: 'complete', categories: [['related_coursework', '6', '6', true]] },
  },
];

runPresetCases('West Virginia preset', cases);
