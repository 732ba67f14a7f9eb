// Wisconsin: hand-worked cases for the wi preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('wi');

const cases: PresetCase[] = [
  {
    name: 'WI: lifetime license, required 0, complete with no PD',
    source: 'dpi.wi.gov/tepdl/do-i-need-apply-lifetime-license: lifetime license, no credits or PDP',
    preset: 'wi',
    license: { issuedOn: '2020-07-01' },
    asOf: '2022-01-01',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete', cycle: ['2020-07-01', '2025-06-30'] },
  },
  {
    name: 'WI: PD is still recorded for information (12 clock hours) and the license stays complete',
    source: 'dpi.wi.gov lifetime license; weac.org FAQ: background check every 5 years',
    preset: 'wi',
    license: { issuedOn: '2020-07-01' },
    asOf: '2022-01-01',
    records: [rec('2021-03-01', 'workshop', '12', 'clock_hour')],
    expect: { earned: '12', required: '0', status: 'complete' },
  },
];

runPresetCases('Wisconsin preset', cases);
