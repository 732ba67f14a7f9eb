// Hawaii: hand-worked cases for the hi preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('hi');
const HI = 'HTSB Renewing Your License and FAQs (hawaiiteacherstandardsboard.org)';

const cases: PresetCase[] = [
  {
    name: 'HI: Standard license, no PD required: 0 of 0, complete even with no records',
    source: HI,
    preset: 'hi',
    license: { issuedOn: '2021-07-01' },
    asOf: '2024-01-15',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete', cycle: ['2021-07-01', '2026-06-30'] },
  },
  {
    name: 'HI: Advanced license runs 10 years; 12 clock hours are shown for information, still required 0, complete; the 10-year term is flagged uncertain',
    source: `${HI}: Advanced license 10 years (secondary source)`,
    preset: 'hi',
    license: { issuedOn: '2020-01-01', licenseType: 'advanced' },
    asOf: '2024-01-15',
    records: [rec('2022-03-01', 'workshop', '12', 'clock_hour')],
    expect: {
      earned: '12',
      required: '0',
      remaining: '0',
      status: 'complete',
      cycle: ['2020-01-01', '2029-12-31'],
      uncertain: ['advanced'],
    },
  },
];

runPresetCases('Hawaii preset', cases);
