// North Dakota: hand-worked cases for the nd preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('nd');
const ND = 'NDAC 67.1-02-02-04 and ESPB license types';

const cases: PresetCase[] = [
  {
    name: 'ND: Five-Year license, 4 semester hours + 3 quarter hours (2) = 6, complete',
    source: ND,
    preset: 'nd',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2021-06-01', 'course', '4', 'semester_credit'), rec('2023-06-01', 'course', '3', 'quarter_credit')],
    expect: { earned: '6', required: '6', remaining: '0', status: 'complete', uncertain: ['nd-quarter-hour'] },
  },
  {
    name: 'ND: 3 of 6 semester hours with a year to go (pace 4.8): at risk; clock hours not converted',
    source: ND,
    preset: 'nd',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-07-01',
    records: [rec('2021-06-01', 'course', '3', 'semester_credit'), rec('2022-06-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '3', remaining: '3', status: 'at_risk' },
  },
  {
    name: 'ND: 30-Year Life license, no PD: required 0, complete',
    source: `${ND}: 30-Year Life license`,
    preset: 'nd',
    license: { issuedOn: '2020-07-01', licenseType: 'life' },
    asOf: '2024-07-01',
    records: [],
    expect: { earned: '0', required: '0', status: 'complete' },
  },
];

runPresetCases('North Dakota preset', cases);
