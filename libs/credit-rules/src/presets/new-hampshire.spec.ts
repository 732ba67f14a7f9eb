// New Hampshire: hand-worked cases for the nh preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('nh');

const cases: PresetCase[] = [
  {
    name: 'NH: 30 content + 45 professional education = 75 CEUs in the 3-year cycle, complete',
    source: 'NH Ed 512 FAQ (education.nh.gov/certification/ed512_faq.htm): 75 CEUs, 30 per endorsement, 45 Ed 505.07',
    preset: 'nh',
    license: { issuedOn: '2022-07-01' },
    asOf: '2025-03-01',
    records: [
      rec('2023-01-10', 'workshop', '30', 'clock_hour', { categories: ['subject_area'] }),
      rec('2024-01-10', 'workshop', '45', 'clock_hour', { categories: ['professional_education'] }),
    ],
    expect: {
      earned: '75',
      required: '75',
      remaining: '0',
      status: 'complete',
      cycle: ['2022-07-01', '2025-06-30'],
      categories: [
        ['subject_area', '30', '30', true],
        ['professional_education', '45', '45', true],
      ],
    },
  },
  {
    name: 'NH: 3 endorsements (2 beyond the first) = 135: 2 semester credits (30) + 60 h content = 90 and 45 h professional education, complete',
    source:
      'NH Ed 512 FAQ: +30 per additional endorsement, 3 endorsements = 135 hrs; semester credit = 15 (vendor summary, uncertain)',
    preset: 'nh',
    license: { issuedOn: '2022-07-01', endorsements: 2 },
    asOf: '2025-03-01',
    records: [
      rec('2022-10-10', 'course', '2', 'semester_credit', { categories: ['subject_area'] }),
      rec('2023-01-10', 'workshop', '60', 'clock_hour', { categories: ['subject_area'] }),
      rec('2024-01-10', 'workshop', '45', 'clock_hour', { categories: ['professional_education'] }),
    ],
    expect: {
      earned: '135',
      required: '135',
      status: 'complete',
      categories: [
        ['subject_area', '90', '90', true],
        ['professional_education', '45', '45', true],
      ],
      uncertain: ['nh-semester-credit'],
    },
  },
  {
    name: 'NH: 75 hours but only 20 professional education: not complete',
    source: 'NH Ed 512 FAQ: 45 hours of professional education (Ed 505.07)',
    preset: 'nh',
    license: { issuedOn: '2022-07-01' },
    asOf: '2025-03-01',
    records: [
      rec('2023-01-10', 'workshop', '55', 'clock_hour', { categories: ['subject_area'] }),
      rec('2024-01-10', 'workshop', '20', 'clock_hour', { categories: ['professional_education'] }),
    ],
    expect: {
      earned: '75',
      remaining: '0',
      status: 'at_risk',
      categories: [
        ['subject_area', '30', '55', true],
        ['professional_education', '45', '20', false],
      ],
    },
  },
];

runPresetCases('New Hampshire preset', cases);
