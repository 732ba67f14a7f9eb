// Arkansas: hand-worked cases for the ar preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ar');

const cases: PresetCase[] = [
  {
    name: 'AR: license 2021-01-01..2025-12-31; 36 h in each of the 4 whole PD years (incl. the 4 rotating topics, 2 h each) + 36 in 2025 = 180, complete',
    source:
      'ADE Renewing a License (arkansased.gov): Jan 1 - Dec 31 five-year license, 36 PD hours per school year; ADE memo LIC-25-001 topics',
    preset: 'ar',
    license: { issuedOn: '2021-03-15' },
    asOf: '2025-12-31',
    records: [
      rec('2021-08-01', 'workshop', '34', 'clock_hour'),
      rec('2021-09-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] }),
      rec('2022-08-01', 'workshop', '34', 'clock_hour'),
      rec('2022-09-01', 'workshop', '2', 'clock_hour', { categories: ['parental_involvement'] }),
      rec('2023-08-01', 'workshop', '34', 'clock_hour'),
      rec('2023-09-01', 'workshop', '2', 'clock_hour', { categories: ['suicide_prevention'] }),
      rec('2024-08-01', 'workshop', '34', 'clock_hour'),
      rec('2024-09-01', 'workshop', '2', 'clock_hour', { categories: ['arkansas_history'] }),
      rec('2025-08-01', 'workshop', '36', 'clock_hour'),
    ],
    expect: {
      earned: '180',
      required: '180',
      status: 'complete',
      cycle: ['2021-01-01', '2025-12-31'],
      perYear: [
        ['2021-07-01', '36', true],
        ['2022-07-01', '36', true],
        ['2023-07-01', '36', true],
        ['2024-07-01', '36', true],
      ],
      categories: [
        ['child_abuse_reporting', '2', '2', true],
        ['parental_involvement', '2', '2', true],
        ['suicide_prevention', '2', '2', true],
        ['arkansas_history', '2', '2', true],
      ],
      uncertain: ['standard', 'ar-mandated-reporter'],
    },
  },
  {
    name: 'AR: 20 h in PD year 2022-23 misses the 36-hour year: at risk though 200 h in all',
    source: 'ADE Renewing a License: a minimum of 36 PD hours per school year',
    preset: 'ar',
    license: { issuedOn: '2021-03-15' },
    asOf: '2024-12-31',
    records: [
      rec('2021-08-01', 'workshop', '36', 'clock_hour', {
        categories: ['child_abuse_reporting', 'parental_involvement', 'suicide_prevention', 'arkansas_history'],
      }),
      rec('2022-08-01', 'workshop', '20', 'clock_hour'),
      rec('2023-08-01', 'workshop', '144', 'clock_hour'),
    ],
    expect: {
      earned: '200',
      remaining: '0',
      status: 'at_risk',
      perYear: [
        ['2021-07-01', '36', true],
        ['2022-07-01', '20', false],
        ['2023-07-01', '144', true],
        ['2024-07-01', '0', false],
      ],
    },
  },
];

runPresetCases('Arkansas preset', cases);
