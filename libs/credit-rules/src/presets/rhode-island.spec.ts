// Rhode Island: hand-worked cases for the ri preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ri');

const cases: PresetCase[] = [
  {
    name: 'RI: a cycle ending 2025-08-31 needs 75 PLUs: 3 college credits (45) + 30 hours = 75, complete; credit rate flagged uncertain',
    source: 'ride.ri.gov renewals-and-reinstatements (75 PLUs, 15 per year); skschools.net (1 credit = 15 PLUs)',
    preset: 'ri',
    license: { cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2025-06-01',
    records: [rec('2021-10-01', 'course', '3', 'semester_credit'), rec('2023-10-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '75', required: '75', status: 'complete', version: '2025', uncertain: ['ri-semester-credit'] },
  },
  {
    name: 'RI: a cycle ending 2028-08-31 needs 90 PLUs; 60 hours after 3 years is on pace (54), 30 remaining',
    source: 'skschools.net PLU phase-in: 2028 = 90',
    preset: 'ri',
    license: { cycleStart: '2023-09-01', cycleEnd: '2028-08-31' },
    asOf: '2026-09-15',
    records: [rec('2024-02-01', 'workshop', '60', 'clock_hour')],
    expect: { earned: '60', required: '90', remaining: '30', status: 'on_track', version: '2028', uncertain: ['professional'] },
  },
  {
    name: 'RI: issued 2025-03-10, the cycle ends on the common Aug 31 date in 2030 and needs 100 PLUs',
    source: 'skschools.net: expiry Aug 31, 2030 = 100 PLUs; ride.ri.gov common expiration date',
    preset: 'ri',
    license: { issuedOn: '2025-03-10' },
    asOf: '2026-01-01',
    records: [rec('2025-06-01', 'workshop', '12', 'clock_hour')],
    expect: {
      earned: '12',
      required: '100',
      remaining: '88',
      status: 'on_track',
      version: '2030',
      cycle: ['2025-03-10', '2030-08-31'],
      uncertain: ['ri-cycle', 'ri-expiry'],
    },
  },
];

runPresetCases('Rhode Island preset', cases);
