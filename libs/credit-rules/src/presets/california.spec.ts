// California: hand-worked cases for the ca preset, each naming the source it was worked from.
import { runPresetCases, type PresetCase } from './preset-test-kit';

const cases: PresetCase[] = [
  {
    name: 'CA: clear credential, no PD hours, complete (uncertain)',
    source: 'classroomwalkthroughs.com/pd-tracking/states/california: no PD hours for clear renewal',
    preset: 'ca',
    license: { issuedOn: '2022-03-01' },
    asOf: '2024-03-01',
    records: [],
    expect: { earned: '0', required: '0', status: 'complete', cycle: ['2022-03-01', '2027-02-28'], uncertain: ['clear'] },
  },
];

runPresetCases('California preset', cases);
