// Connecticut: hand-worked cases for the ct preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ct');

const cases: PresetCase[] = [
  {
    name: 'CT: no PD required since 2012-07-01 (required 0), complete; 1 CEU still shows as 10 hours for information',
    source:
      'portal.ct.gov sdecertification FAQ: continuation without fee or documentation; cas.casciac.org: PA 12-116 s.36 repealed 9.0 CEUs',
    preset: 'ct',
    license: { issuedOn: '2020-09-01' },
    asOf: '2023-01-01',
    records: [rec('2021-03-01', 'workshop', '1', 'ceu')],
    expect: { earned: '10', required: '0', remaining: '0', status: 'complete', cycle: ['2020-09-01', '2025-08-31'] },
  },
];

runPresetCases('Connecticut preset', cases);
