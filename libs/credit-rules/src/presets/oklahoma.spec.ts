// Oklahoma: hand-worked cases for the ok preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ok');

const cases: PresetCase[] = [
  {
    name: 'OK: 50 clock hours of 75 points after 4 years (pace 60) is at risk; semester hours are not converted',
    source: 'OAC 210:20-19-5(a): 75 points; teaching-certification.com: 75 clock hours over 5 years',
    preset: 'ok',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-01-10', 'workshop', '50', 'clock_hour'), rec('2023-01-10', 'course', '3', 'semester_credit')],
    expect: { earned: '50', required: '75', remaining: '25', status: 'at_risk', uncertain: ['standard', 'ok-clock-hour'] },
  },
  {
    name: 'OK: 75 clock hours = 75 points, complete',
    source: 'OAC 210:20-19-5(a): seventy-five points in approved PD programs',
    preset: 'ok',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-01-10', 'conference', '40', 'clock_hour'), rec('2024-01-10', 'workshop', '35', 'clock_hour')],
    expect: { earned: '75', remaining: '0', status: 'complete' },
  },
];

runPresetCases('Oklahoma preset', cases);
