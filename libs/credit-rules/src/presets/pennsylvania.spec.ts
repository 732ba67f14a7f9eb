// Pennsylvania: hand-worked cases for the pa preset, each naming the source it was worked from.
import type { PdRecordInput } from '../lib/pd-record';
import { evaluateRenewal } from '../lib/renewal-evaluator';
import { getRuleSetPreset } from './rule-set-presets';
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('pa');

const cases: PresetCase[] = [
  {
    name: 'PA: 3 semester credits (90) + 2 quarter credits (40) + 50 clock hours = 180, complete',
    source: 'Kutztown Act 48 FAQ: 1 semester credit = 30 h, 1 quarter credit = 20 h; 180 h / 5 y',
    preset: 'pa',
    license: { issuedOn: '2020-09-01' },
    asOf: '2024-06-30',
    records: [
      rec('2021-01-10', 'course', '3', 'semester_credit'),
      rec('2022-01-10', 'course', '2', 'quarter_credit'),
      rec('2023-03-04', 'workshop', '50', 'clock_hour'),
    ],
    expect: { earned: '180', required: '180', remaining: '0', status: 'complete', cycle: ['2020-09-01', '2025-08-31'] },
  },
  {
    name: 'PA: submitted and rejected records and records before the cycle do not count',
    source: 'Kutztown Act 48 FAQ; cceionline.com/act-48 (cycle from issue date)',
    preset: 'pa',
    license: { issuedOn: '2020-09-01' },
    asOf: '2021-06-30',
    records: [
      rec('2020-08-31', 'workshop', '10', 'clock_hour'),
      rec('2021-01-10', 'workshop', '6', 'clock_hour', { status: 'submitted' }),
      rec('2021-01-11', 'workshop', '4', 'clock_hour', { status: 'rejected' }),
      rec('2021-02-01', 'workshop', '2.5', 'clock_hour', { status: 'verified' }),
    ],
    expect: { earned: '2.5', remaining: '177.5', status: 'on_track' },
  },
  {
    name: 'PA: 240 h with 100 h in the last 2 years carries 50 h (the maximum) into the next cycle',
    source: 'Kutztown Act 48 FAQ: carry-over up to 50 h earned in the last 2 years (since 2016-07-13)',
    preset: 'pa',
    license: { issuedOn: '2016-09-01' },
    asOf: '2022-06-30',
    records: [
      rec('2017-05-01', 'course', '4', 'semester_credit', { id: 'old-course' } as Partial<PdRecordInput>),
      rec('2018-05-01', 'workshop', '20', 'clock_hour'),
      rec('2020-05-01', 'course', '3', 'semester_credit'),
      rec('2021-05-01', 'workshop', '10', 'clock_hour'),
      rec('2022-01-01', 'workshop', '5', 'clock_hour'),
    ],
    expect: { earned: '55', carryIn: '50', cycle: ['2021-09-01', '2026-08-31'] },
  },
];

runPresetCases('Pennsylvania preset', cases);

describe('Pennsylvania versions', () => {
  it('a cycle ending before 2016-07-13 is evaluated with the 1999 version, without carry-over (Kutztown Act 48 FAQ)', () => {
    const r = evaluateRenewal({
      ruleSet: getRuleSetPreset('pa'),
      license: { cycleStart: '2010-07-01', cycleEnd: '2015-06-30' },
      asOf: '2015-06-30',
      records: [rec('2014-01-01', 'workshop', '200', 'clock_hour')],
    });
    expect([r.ruleSetVersion, r.carryOut]).toEqual(['1999', '0']);
  });
});

describe('Pennsylvania: a voided record', () => {
  it('counts nothing and is explained as voided, not as rejected or pending', () => {
    const r = evaluateRenewal({
      ruleSet: getRuleSetPreset('pa'),
      license: { issuedOn: '2020-09-01' },
      asOf: '2021-06-30',
      records: [
        rec('2021-01-11', 'workshop', '4', 'clock_hour', { id: 'voided', status: 'voided' } as Partial<PdRecordInput>),
        rec('2021-02-01', 'workshop', '2.5', 'clock_hour', { id: 'kept', status: 'verified' } as Partial<PdRecordInput>),
      ],
    });
    expect(r.earned).toBe('2.5');
    const line = r.explanation.find((l) => l.recordId === 'voided');
    expect(line).toMatchObject({ counted: false, reason: 'voided', credited: '0' });
    expect(line?.reasonText).toContain('voided by the district');
  });
});
