// New Mexico: hand-worked cases for the nm preset, each naming the source it was worked from.
import { runPresetCases, type PresetCase } from './preset-test-kit';

const NM = '6.60.6 NMAC (continuing licensure) and srca.nm.gov 6.60.6';

const cases: PresetCase[] = [
  {
    name: 'NM: Level 2 license, 9-year term, no PD required: 0 of 0, complete',
    source: NM,
    preset: 'nm',
    license: { issuedOn: '2019-07-01' },
    asOf: '2025-06-30',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete', cycle: ['2019-07-01', '2028-06-30'] },
  },
];

runPresetCases('New Mexico preset', cases);
