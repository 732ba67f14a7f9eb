// Michigan: hand-worked cases for the mi preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('mi');
const MI = 'MDE Supporting Continuing Certification and TCAPS certification page';

const cases: PresetCase[] = [
  {
    name: 'MI: issued 2020-09-01, expires June 30 2026; 100 SCECH hours + 2 semester credits (50) = 150, complete',
    source: MI,
    preset: 'mi',
    license: { issuedOn: '2020-09-01' },
    asOf: '2026-01-15',
    records: [rec('2021-03-01', 'workshop', '100', 'clock_hour'), rec('2023-03-01', 'course', '2', 'semester_credit')],
    expect: {
      earned: '150',
      required: '150',
      remaining: '0',
      status: 'complete',
      cycle: ['2020-09-01', '2026-06-30'],
      uncertain: ['mi-expiry'],
    },
  },
  {
    name: 'MI: 50 of 150 hours after 3 whole years: pace 90, 50 < 90 but >= 45, at risk',
    source: MI,
    preset: 'mi',
    license: { issuedOn: '2020-09-01' },
    asOf: '2023-09-01',
    records: [rec('2021-03-01', 'workshop', '50', 'clock_hour')],
    expect: { earned: '50', remaining: '100', status: 'at_risk' },
  },
];

runPresetCases('Michigan preset', cases);
