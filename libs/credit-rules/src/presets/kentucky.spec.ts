// Kentucky: hand-worked cases for the ky preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ky');

const cases: PresetCase[] = [
  {
    name: 'KY: 3 + 3 semester hours = 6, complete',
    source: '16 KAR 4:060 §1(3): at least six semester hours of credit',
    preset: 'ky',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-06-01', 'course', '3', 'semester_credit'), rec('2024-06-01', 'course', '3', 'semester_credit')],
    expect: { earned: '6', required: '6', remaining: '0', status: 'complete', cycle: ['2021-07-01', '2026-06-30'] },
  },
  {
    name: 'KY: 3 semester hours after 4 years (pace 4.8) is at risk; clock hours do not count',
    source: '16 KAR 4:060 §1(1),(3): six semester hours from an accredited institution',
    preset: 'ky',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-07-01',
    records: [rec('2022-06-01', 'course', '3', 'semester_credit'), rec('2023-06-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '3', remaining: '3', status: 'at_risk' },
  },
];

runPresetCases('Kentucky preset', cases);
