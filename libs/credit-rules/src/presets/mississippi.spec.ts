// Mississippi: hand-worked cases for the ms preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ms');
const MS = 'MDE Office of Educator Licensure renewal pages';

const cases: PresetCase[] = [
  {
    name: 'MS: Class A, 3 semester hours (5) + 5 CEUs, all in the content area = 10, content 10 of 10, complete',
    source: MS,
    preset: 'ms',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [
      rec('2021-06-01', 'course', '3', 'semester_credit', { categories: ['content_or_job_skill'] }),
      rec('2022-06-01', 'conference', '5', 'ceu', { categories: ['content_or_job_skill'] }),
    ],
    expect: {
      earned: '10',
      required: '10',
      remaining: '0',
      status: 'complete',
      categories: [['content_or_job_skill', '10', '10', true]],
      pathways: [['ms-nbpts', '1', '0', false]],
    },
  },
  {
    name: 'MS: Class A, 6 semester hours in the content area = 10 CEUs, complete',
    source: `${MS}: 6 semester hours renew a Class A license`,
    preset: 'ms',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2021-06-01', 'course', '6', 'semester_credit', { categories: ['content_or_job_skill'] })],
    expect: { earned: '10', remaining: '0', status: 'complete', categories: [['content_or_job_skill', '10', '10', true]] },
  },
  {
    name: 'MS: Class AA, 50 contact hours (5 CEUs) not tagged to the content area: 5 of 5 but content 0 of 5, under a year left: at risk',
    source: `${MS}; connectinglink.com: 10 hours = 1 CEU`,
    preset: 'ms',
    license: { issuedOn: '2020-07-01', licenseType: 'class-aa' },
    asOf: '2025-03-01',
    records: [rec('2022-06-01', 'workshop', '50', 'clock_hour')],
    expect: {
      earned: '5',
      required: '5',
      remaining: '0',
      status: 'at_risk',
      categories: [['content_or_job_skill', '5', '0', false]],
      uncertain: ['ms-contact-hour'],
    },
  },
  {
    name: 'MS: National Board certification renews: pathway 1 of 1, complete',
    source: `${MS}: NBPTS route`,
    preset: 'ms',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-01-01',
    records: [rec('2022-06-01', 'national_board', '1', 'certification')],
    expect: { earned: '0', remaining: '10', status: 'complete', pathways: [['ms-nbpts', '1', '1', true]] },
  },
];

runPresetCases('Mississippi preset', cases);
