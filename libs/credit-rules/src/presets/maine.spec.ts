// Maine: hand-worked cases for the me preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('me');
const ME = 'Maine DOE Professional certificate renewal (maine.gov) and MEA';

const cases: PresetCase[] = [
  {
    name: 'ME: 2 semester hours + 45 contact hours (3) + 1.5 CEUs (1) = 6 credits, complete',
    source: ME,
    preset: 'me',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [
      rec('2021-03-01', 'course', '2', 'semester_credit'),
      rec('2022-03-01', 'workshop', '45', 'clock_hour'),
      rec('2023-03-01', 'conference', '1.5', 'ceu'),
    ],
    expect: { earned: '6', required: '6', remaining: '0', status: 'complete', uncertain: ['professional', 'me-ceu'] },
  },
  {
    name: 'ME: 3 of 6 credits two months after expiry: within the 6-month lapse period, behind',
    source: `${ME}: lapses six months after expiration`,
    preset: 'me',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-09-01',
    records: [rec('2021-03-01', 'course', '3', 'semester_credit')],
    expect: { earned: '3', remaining: '3', status: 'behind', cycle: ['2020-07-01', '2025-06-30'] },
  },
  {
    name: 'ME: 3 of 6 credits more than 6 months after expiry: lapsed',
    source: `${ME}: lapses six months after expiration`,
    preset: 'me',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2026-02-01',
    records: [rec('2021-03-01', 'course', '3', 'semester_credit')],
    expect: { earned: '3', remaining: '3', status: 'lapsed' },
  },
];

runPresetCases('Maine preset', cases);
