// Illinois: hand-worked cases for the il preset, each naming the source it was worked from.
import { evaluateRenewal } from '../lib/renewal-evaluator';
import { getRuleSetPreset } from './rule-set-presets';
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('il');

const cases: PresetCase[] = [
  {
    name: 'IL: cycle is July 1 after issuance; hours earned Apr 1 - Jun 30 of the final year carry over',
    source: '23 IAC 25.800: 120 h / 5 y, cycle Jul 1 after issuance, carry-over Apr 1 - Jun 30 of final year',
    preset: 'il',
    license: { issuedOn: '2014-03-10' },
    asOf: '2019-12-31',
    records: [
      rec('2015-01-10', 'course', '8', 'semester_credit'),
      rec('2019-04-15', 'workshop', '25', 'clock_hour'),
      rec('2019-03-15', 'workshop', '10', 'clock_hour'),
      rec('2019-10-01', 'workshop', '4', 'clock_hour'),
    ],
    expect: { earned: '29', carryIn: '25', cycle: ['2019-07-01', '2024-06-30'] },
  },
];

runPresetCases('Illinois preset', cases);

describe('Illinois lapse date', () => {
  it('an incomplete license lapses on September 1 after the cycle (23 IAC 25.800)', () => {
    const base = { ruleSet: getRuleSetPreset('il'), license: { cycleStart: '2019-07-01', cycleEnd: '2024-06-30' }, records: [] };
    expect(evaluateRenewal({ ...base, asOf: '2024-08-31' }).status).toBe('behind');
    expect(evaluateRenewal({ ...base, asOf: '2024-09-01' }).status).toBe('lapsed');
  });
});
