// Wyoming: hand-worked cases for the wy preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('wy');

const cases: PresetCase[] = [
  {
    name: 'WY: 3 semester credits + 28 workshop contact hours (2) = 5 credits, complete; 2 CEUs are not accepted',
    source:
      'wyomingptsb.com renewing-a-license (5 credits / 5 y, CEUs not accepted for classroom teachers); park6.org (14 contact hours = 1 credit)',
    preset: 'wy',
    license: { issuedOn: '2020-10-01' },
    asOf: '2024-05-01',
    records: [
      rec('2021-06-10', 'course', '3', 'semester_credit'),
      rec('2022-06-10', 'workshop', '28', 'clock_hour'),
      rec('2023-06-10', 'course', '2', 'ceu'),
    ],
    expect: {
      earned: '5',
      required: '5',
      status: 'complete',
      cycle: ['2020-10-01', '2025-09-30'],
      uncertain: ['wy-workshop-hours'],
      excluded: [['ceu', 'not_accepted']],
    },
  },
  {
    name: 'WY: 2 semester credits + 21 workshop hours (1.5) = 3.5; conference hours have no stated rate; on pace after 3 years (3)',
    source: 'wyomingptsb.com renewing-a-license; park6.org (workshops: 14 contact hours = 1 credit)',
    preset: 'wy',
    license: { issuedOn: '2020-10-01' },
    asOf: '2023-12-01',
    records: [
      rec('2021-06-10', 'course', '2', 'semester_credit'),
      rec('2022-06-10', 'workshop', '21', 'clock_hour'),
      rec('2022-09-10', 'conference', '14', 'clock_hour'),
    ],
    expect: { earned: '3.5', remaining: '1.5', status: 'on_track', excluded: [['clock_hour', 'no_conversion']] },
  },
];

runPresetCases('Wyoming preset', cases);
