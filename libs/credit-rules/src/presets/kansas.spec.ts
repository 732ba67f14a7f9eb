// Kansas: hand-worked cases for the ks preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ks');

const cases: PresetCase[] = [
  {
    name: 'KS: graduate degree: 120 points from 120 clock hours (knowledge level), complete',
    source:
      'KSDE Renewal of Professional License Requirements: 120 points with a graduate degree; usd495.com: 1 clock hour = 1 point',
    preset: 'ks',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2025-03-01',
    records: [rec('2022-01-10', 'workshop', '120', 'clock_hour')],
    expect: { earned: '120', required: '120', status: 'complete', categories: [], pathways: [['ks-nbpts', '1', '0', false]] },
  },
  {
    name: 'KS: no graduate degree: 4 semester hours (80) + 80 clock hours = 160, college credit 80 met, complete',
    source:
      'KSDE Renewal of Professional License Requirements: 160 points without a graduate degree, 80 from college credit; 1 semester hour = 20',
    preset: 'ks',
    license: { issuedOn: '2020-07-01', highestDegree: 'bachelor' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '4', 'semester_credit'), rec('2022-01-10', 'workshop', '80', 'clock_hour')],
    expect: { earned: '160', required: '160', status: 'complete', categories: [['college_credit', '80', '80', true]] },
  },
  {
    name: 'KS: unknown degree counts as without one: 160 clock hours, college credit 0 of 80, at risk',
    source: 'KSDE Renewal of Professional License Requirements: 80 from college credit without a graduate degree',
    preset: 'ks',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [rec('2022-01-10', 'workshop', '160', 'clock_hour')],
    expect: {
      earned: '160',
      required: '160',
      status: 'at_risk',
      categories: [['college_credit', '80', '0', false]],
      uncertain: ['ks-cycle'],
    },
  },
  {
    name: 'KS: National Board certification meets the NBPTS route with 40 points',
    source: 'KSDE Renewal of Professional License Requirements: other routes include NBPTS',
    preset: 'ks',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2025-03-01',
    records: [rec('2021-05-01', 'national_board', '1', 'certification'), rec('2022-01-10', 'workshop', '40', 'clock_hour')],
    expect: { earned: '40', remaining: '80', status: 'complete', pathways: [['ks-nbpts', '1', '1', true]] },
  },
];

runPresetCases('Kansas preset', cases);
