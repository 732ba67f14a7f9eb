// Oregon: hand-worked cases for the or preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('or');

const cases: PresetCase[] = [
  {
    name: 'OR: 2 semester credits (60) + 1 quarter credit (20) + 30 clock hours = 110 of 125 PDUs; on pace after 4 years (100); suspension flagged uncertain',
    source:
      'OAR 584-255-0010 (125 PDUs / 5-year license); oregon.gov/tspc PDUs-Continuing (semester 30, quarter 20, hour 1); OAR 584-255-0007',
    preset: 'or',
    license: { cycleStart: '2019-09-01', cycleEnd: '2024-08-31' },
    asOf: '2024-06-01',
    records: [
      rec('2020-02-01', 'course', '2', 'semester_credit'),
      rec('2021-02-01', 'course', '1', 'quarter_credit'),
      rec('2022-02-01', 'workshop', '30', 'clock_hour'),
    ],
    expect: { earned: '110', required: '125', remaining: '15', status: 'on_track', uncertain: ['five_year'] },
  },
  {
    name: 'OR: 160 PDUs in the previous period carry 25 (the maximum) into the next; 25 + 10 = 35',
    source: 'OAR 584-255-0010: up to 25 PDUs carry over, previous period only',
    preset: 'or',
    license: { issuedOn: '2014-09-01' },
    asOf: '2020-06-30',
    records: [rec('2016-03-01', 'workshop', '160', 'clock_hour'), rec('2020-01-10', 'workshop', '10', 'clock_hour')],
    expect: { earned: '35', carryIn: '25', cycle: ['2019-09-01', '2024-08-31'] },
  },
  {
    name: 'OR three-year license: 2 quarter credits (40) + 35 clock hours = 75 PDUs, complete',
    source: 'OAR 584-255-0010: 75 PDUs per 3-year license; oregon.gov/tspc: quarter credit = 20 PDUs',
    preset: 'or',
    license: { licenseType: 'three_year', issuedOn: '2022-01-15' },
    asOf: '2024-06-01',
    records: [rec('2022-05-01', 'course', '2', 'quarter_credit'), rec('2023-05-01', 'conference', '35', 'clock_hour')],
    expect: { earned: '75', required: '75', status: 'complete', cycle: ['2022-01-15', '2025-01-14'] },
  },
];

runPresetCases('Oregon preset', cases);
