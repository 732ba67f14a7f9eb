// Montana: hand-worked cases for the mt preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('mt');
const MT = 'ARM 10.57.215 and OPI renewal page';

const cases: PresetCase[] = [
  {
    name: 'MT: issued 2020-09-01, expires June 30 2026; 30 clock hours + 1 semester credit (15) + 1.5 quarter credits (15) = 60 PDUs, complete',
    source: MT,
    preset: 'mt',
    license: { issuedOn: '2020-09-01' },
    asOf: '2026-01-15',
    records: [
      rec('2021-03-01', 'workshop', '30', 'clock_hour'),
      rec('2022-03-01', 'course', '1', 'semester_credit'),
      rec('2023-03-01', 'course', '1.5', 'quarter_credit'),
    ],
    expect: { earned: '60', required: '60', remaining: '0', status: 'complete', cycle: ['2020-09-01', '2026-06-30'] },
  },
  {
    name: 'MT: license 2019-07-01 to 2024-06-30; 50 PDUs in 2021 + 10 on 2024-07-20 (after the June 30 expiry, before August 31) = 60, complete',
    source:
      'ARM 10.57.215(1): 60 units earned during the five years of validity through August 31 of the year the license expires; OPI renewal page example',
    preset: 'mt',
    license: { cycleStart: '2019-07-01', cycleEnd: '2024-06-30' },
    asOf: '2024-08-01',
    records: [rec('2021-03-01', 'workshop', '50', 'clock_hour'), rec('2024-07-20', 'workshop', '10', 'clock_hour')],
    expect: {
      earned: '60',
      status: 'complete',
      counted: ['2019-07-01', '2024-08-31'],
      rulesApplied: [['earning_window', 'mt-earning-window']],
      uncertain: ['mt-earning-window'],
    },
    also: (r) => expect(r.explanation[1]!.rule?.ruleId).toBe('mt-earning-window'),
  },
  {
    name: 'MT: 50 of 60 PDUs on July 15 after the June 30 expiry is at risk, not lapsed (PD still counts through August 31)',
    source:
      'ARM 10.57.215(1); OPI renewal page: a license that expired June 30 can still be renewed with PD earned through August 31',
    preset: 'mt',
    license: { cycleStart: '2019-07-01', cycleEnd: '2024-06-30' },
    asOf: '2024-07-15',
    records: [rec('2021-03-01', 'workshop', '50', 'clock_hour')],
    expect: { earned: '50', status: 'at_risk' },
    also: (r) => expect([r.cycle.deadline, r.cycle.graceEnd]).toEqual(['2024-08-31', '2024-08-31']),
  },
  {
    name: 'MT: after August 31 an incomplete license has lapsed',
    source: 'ARM 10.57.215(1): units count through August 31 of the year the license expires',
    preset: 'mt',
    license: { cycleStart: '2019-07-01', cycleEnd: '2024-06-30' },
    asOf: '2024-09-01',
    records: [rec('2021-03-01', 'workshop', '50', 'clock_hour')],
    expect: { earned: '50', status: 'lapsed' },
  },
  {
    name: 'MT next license (2024-07-01 to 2029-06-30): the 10 PDUs of 2024-07-20 went to the expiring license, which needed them; the 10 of 2024-08-10 count here',
    source:
      'ARM 10.57.215(1) (through August 31 of the expiry year); PD Ledger counts the overlap for the expiring license first, as far as it needs it',
    preset: 'mt',
    license: { cycleStart: '2024-07-01', cycleEnd: '2029-06-30' },
    asOf: '2025-01-01',
    records: [
      rec('2021-03-01', 'workshop', '50', 'clock_hour'),
      rec('2024-07-20', 'workshop', '10', 'clock_hour'),
      rec('2024-08-10', 'workshop', '10', 'clock_hour'),
    ],
    expect: {
      earned: '10',
      excluded: [
        ['clock_hour', 'outside_cycle'],
        ['clock_hour', 'used_by_previous_cycle'],
      ],
      rulesApplied: [
        ['earning_window', 'mt-earning-window'],
        ['earning_window', 'mt-earning-window'],
      ],
    },
  },
  {
    name: 'MT: 70 PDUs by 2021 already renew the license; 10 PDUs on 2024-07-20 are not needed and are left for the next license',
    source: 'ARM 10.57.215(1); PD Ledger counts the overlap for one license only, the expiring one as far as it needs it',
    preset: 'mt',
    license: { cycleStart: '2019-07-01', cycleEnd: '2024-06-30' },
    asOf: '2024-08-31',
    records: [rec('2021-03-01', 'workshop', '70', 'clock_hour'), rec('2024-07-20', 'workshop', '10', 'clock_hour')],
    expect: {
      earned: '70',
      status: 'complete',
      excluded: [['clock_hour', 'counts_for_next_cycle']],
      rulesApplied: [
        ['earning_window', 'mt-earning-window'],
        ['earning_window', 'mt-earning-window'],
      ],
    },
  },
  {
    name: 'MT, cycle derived from the issue date: on July 15 after the June 30 expiry the expiring license is still the one evaluated (at risk with 50 of 60)',
    source:
      'ARM 10.57.215(1): units count through August 31 of the year the license expires; OPI renewal page (renewal still possible after June 30)',
    preset: 'mt',
    license: { issuedOn: '2019-07-01' },
    asOf: '2024-07-15',
    records: [rec('2021-03-01', 'workshop', '50', 'clock_hour')],
    expect: { earned: '50', status: 'at_risk', cycle: ['2019-07-01', '2024-06-30'], counted: ['2019-07-01', '2024-08-31'] },
  },
  {
    name: 'MT, cycle derived from the issue date: from September 1 the next license is evaluated',
    source: 'ARM 10.57.215(1): units count through August 31 of the year the license expires',
    preset: 'mt',
    license: { issuedOn: '2019-07-01' },
    asOf: '2024-09-01',
    records: [rec('2021-03-01', 'workshop', '50', 'clock_hour')],
    expect: { earned: '0', cycle: ['2024-07-01', '2029-06-30'] },
  },
];

runPresetCases('Montana preset', cases);
