// Nebraska: hand-worked cases for the ne preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ne');

const cases: PresetCase[] = [
  {
    name: 'NE Standard: 3 graduate + 3 undergraduate + 3 unstated-level hours = 6 (undergraduate not counted), complete',
    source: 'education.ne.gov/tcert/Renewals: 6 graduate hours in the last 5 years; expires August 31',
    preset: 'ne',
    license: { issuedOn: '2021-09-01' },
    asOf: '2024-06-30',
    records: [
      rec('2022-01-10', 'course', '3', 'semester_credit', { level: 'graduate' }),
      rec('2022-06-10', 'course', '3', 'semester_credit', { level: 'undergraduate' }),
      rec('2023-01-10', 'course', '3', 'semester_credit'),
    ],
    expect: {
      earned: '6',
      required: '6',
      status: 'complete',
      cycle: ['2021-09-01', '2026-08-31'],
      uncertain: ['ne-unknown-level-hour'],
    },
  },
  {
    name: 'NE Professional: 10-year certificate; 3 graduate hours in 2022 fall before the last 5 years and count 0 of 6; on track (the pace starts with the look-back)',
    source:
      'education.ne.gov/tcert/Renewals: Professional expires August 31 in the 10th year; six graduate credit hours within the past five years',
    preset: 'ne',
    license: { licenseType: 'professional', issuedOn: '2021-09-01' },
    asOf: '2024-06-30',
    records: [rec('2022-01-10', 'course', '3', 'semester_credit', { level: 'graduate' })],
    expect: {
      earned: '0',
      remaining: '6',
      status: 'on_track',
      cycle: ['2021-09-01', '2031-08-31'],
      counted: ['2026-09-01', '2031-08-31'],
      excluded: [['semester_credit', 'outside_look_back']],
      rulesApplied: [['look_back', 'ne-look-back']],
      notChecked: ['ne-experience'],
    },
  },
  {
    name: 'NE Professional: 3 graduate hours in 2025 (before the look-back) do not count; 4 in 2027 + 2 in 2030 = 6, complete',
    source: 'education.ne.gov/tcert/Renewals: six graduate credit hours within the past five years',
    preset: 'ne',
    license: { licenseType: 'professional', issuedOn: '2021-09-01' },
    asOf: '2031-01-10',
    records: [
      rec('2025-06-10', 'course', '3', 'semester_credit', { level: 'graduate' }),
      rec('2027-06-10', 'course', '4', 'semester_credit', { level: 'graduate' }),
      rec('2030-06-10', 'course', '2', 'semester_credit', { level: 'graduate' }),
    ],
    expect: { earned: '6', remaining: '0', status: 'complete', excluded: [['semester_credit', 'outside_look_back']] },
    also: (r) => expect(r.explanation[0]!.rule?.ruleId).toBe('ne-look-back'),
  },
  {
    name: 'NE Standard: the 5-year certificate has no look-back of its own (its term is the 5 years)',
    source: 'education.ne.gov/tcert/Renewals: Standard expires August 31 in the 5th year',
    preset: 'ne',
    license: { issuedOn: '2021-09-01' },
    asOf: '2024-06-30',
    records: [rec('2021-10-10', 'course', '6', 'semester_credit', { level: 'graduate' })],
    expect: { earned: '6', status: 'complete', counted: ['2021-09-01', '2026-08-31'], rulesApplied: [] },
  },
];

runPresetCases('Nebraska preset', cases);
