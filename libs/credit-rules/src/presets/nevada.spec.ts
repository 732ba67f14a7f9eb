// Nevada: hand-worked cases for the nv preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('nv');

const cases: PresetCase[] = [
  {
    name: 'NV: 3 semester credits (45) + 30 clock hours = 75 of 90; CEUs are not converted; on pace after 4 years (72)',
    source: 'doe.nv.gov professional-development-information-for-educators: 90 hours or 6 credits per 5 years',
    preset: 'nv',
    license: { cycleStart: '2021-05-10', cycleEnd: '2026-05-09' },
    asOf: '2025-06-01',
    records: [
      rec('2022-01-10', 'course', '3', 'semester_credit'),
      rec('2023-02-01', 'workshop', '30', 'clock_hour'),
      rec('2023-03-01', 'course', '2', 'ceu'),
    ],
    expect: {
      earned: '75',
      required: '90',
      remaining: '15',
      status: 'on_track',
      version: '2024',
      excluded: [['ceu', 'no_conversion']],
    },
  },
  {
    name: 'NV: 6 semester credits = 90 hours, complete',
    source: 'doe.nv.gov professional-development-information-for-educators: 6 credits in place of 90 hours',
    preset: 'nv',
    license: { cycleStart: '2021-05-10', cycleEnd: '2026-05-09' },
    asOf: '2024-01-01',
    records: [rec('2021-09-01', 'course', '6', 'semester_credit')],
    expect: { earned: '90', remaining: '0', status: 'complete' },
  },
];

runPresetCases('Nevada preset', cases);
