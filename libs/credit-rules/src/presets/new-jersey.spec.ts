// New Jersey: hand-worked cases for the nj preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('nj');

const cases: PresetCase[] = [
  {
    name: 'NJ: the standard certificate is permanent: required 0, complete with no records',
    source: 'Learners Edge NJ summary (permanent certificate, uncertain); N.J.A.C. 6A:9C-4.4',
    preset: 'nj',
    license: { cycleStart: '2024-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-15',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete', uncertain: ['standard'] },
  },
  {
    name: 'NJ: employed teacher, annual PDP: 12 of 20 hours mid-year, on track',
    source: 'N.J.A.C. 6A:9C-4.4: 20 hours of PD a year',
    preset: 'nj',
    license: { licenseType: 'employment_annual', cycleStart: '2024-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-15',
    records: [rec('2024-10-01', 'workshop', '12', 'clock_hour')],
    expect: { earned: '12', required: '20', remaining: '8', status: 'on_track' },
  },
  {
    name: 'NJ: employed teacher, annual PDP: 8 + 12 = 20 hours, complete',
    source: 'N.J.A.C. 6A:9C-4.4: 20 hours of PD a year',
    preset: 'nj',
    license: { licenseType: 'employment_annual', cycleStart: '2024-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-06-30',
    records: [rec('2024-10-01', 'workshop', '8', 'clock_hour'), rec('2025-03-01', 'workshop', '12', 'clock_hour')],
    expect: { earned: '20', remaining: '0', status: 'complete' },
  },
];

runPresetCases('New Jersey preset', cases);
