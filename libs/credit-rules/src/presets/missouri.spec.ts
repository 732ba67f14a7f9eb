// Missouri: hand-worked cases for the mo preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('mo');
const MO = 'MSTA two-tier certification explanation and Learners Edge Missouri';

const cases: PresetCase[] = [
  {
    name: 'MO: one year, 1 semester hour = 15 contact hours, complete (secondary sources, uncertain)',
    source: MO,
    preset: 'mo',
    license: { issuedOn: '2024-08-01' },
    asOf: '2025-05-01',
    records: [rec('2024-11-01', 'course', '1', 'semester_credit')],
    expect: {
      earned: '15',
      required: '15',
      remaining: '0',
      status: 'complete',
      cycle: ['2024-08-01', '2025-07-31'],
      uncertain: ['ccpc', 'mo-semester-hour', 'mo-cycle'],
    },
  },
  {
    name: 'MO: 10 of 15 contact hours after the year ended: lapsed',
    source: MO,
    preset: 'mo',
    license: { cycleStart: '2024-08-01', cycleEnd: '2025-07-31' },
    asOf: '2025-09-01',
    records: [rec('2024-11-01', 'workshop', '10', 'clock_hour')],
    expect: { earned: '10', remaining: '5', status: 'lapsed' },
  },
  {
    name: "MO: exempt (two of 10 years, master's, National Board): required 0, complete",
    source: `${MO}: exemption`,
    preset: 'mo',
    license: { issuedOn: '2024-08-01', licenseType: 'ccpc-exempt' },
    asOf: '2025-05-01',
    records: [],
    expect: { earned: '0', required: '0', status: 'complete' },
  },
];

runPresetCases('Missouri preset', cases);
