// Arizona: hand-worked cases for the az preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('az');

const cases: PresetCase[] = [
  {
    name: 'AZ: 100 clock hours + 4 semester hours (60) = 160 of 180 after 11 of 12 years (pace 165): at risk',
    source: 'A.A.C. R7-2-619: 180 hours / 12 y (15 per year); 1 semester hour = 15 clock hours',
    preset: 'az',
    license: { issuedOn: '2014-01-15' },
    asOf: '2025-06-30',
    records: [rec('2016-05-01', 'workshop', '100', 'clock_hour'), rec('2020-05-01', 'course', '4', 'semester_credit')],
    expect: { earned: '160', required: '180', remaining: '20', status: 'at_risk', cycle: ['2014-01-15', '2026-01-14'] },
  },
];

runPresetCases('Arizona preset', cases);
