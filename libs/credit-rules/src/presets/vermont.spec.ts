// Vermont: hand-worked cases for the vt preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('vt');

const cases: PresetCase[] = [
  {
    name: 'VT Level II: 1 credit (15) + 15 h on the endorsement, 60 h on core standards = 90, complete',
    source:
      'education.vermont.gov/renew-your-license: 6 credits / 90 h per 5 y; 2 credits per endorsement, 4 on core standards; 1 credit = 15 h',
    preset: 'vt',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'course', '1', 'semester_credit', { categories: ['subject_area'] }),
      rec('2022-01-10', 'workshop', '15', 'clock_hour', { categories: ['subject_area'] }),
      rec('2023-01-10', 'workshop', '60', 'clock_hour', { categories: ['core_teaching_leadership_standards'] }),
    ],
    expect: {
      earned: '90',
      status: 'complete',
      categories: [
        ['subject_area', '30', '30', true],
        ['core_teaching_leadership_standards', '60', '60', true],
      ],
    },
  },
  {
    name: 'VT Level II: a 45 h record on both standards is split, not double counted (30 endorsement + 15 core) + 45 h core = 90, complete',
    source: 'education.vermont.gov/renew-your-license: endorsement and core credits together make up the 6 credits',
    preset: 'vt',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'course', '3', 'semester_credit', { categories: ['subject_area', 'core_teaching_leadership_standards'] }),
      rec('2022-01-10', 'workshop', '45', 'clock_hour', { categories: ['core_teaching_leadership_standards'] }),
    ],
    expect: {
      earned: '90',
      status: 'complete',
      categories: [
        ['subject_area', '30', '30', true],
        ['core_teaching_leadership_standards', '60', '60', true],
      ],
    },
  },
  {
    name: 'VT Level II: 20 h on the endorsement + 70 untagged = 90 hours but both categories short; at risk in the final year',
    source: 'education.vermont.gov/renew-your-license',
    preset: 'vt',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'workshop', '20', 'clock_hour', { categories: ['subject_area'] }),
      rec('2022-01-10', 'workshop', '70', 'clock_hour'),
    ],
    expect: {
      earned: '90',
      remaining: '0',
      status: 'at_risk',
      categories: [
        ['subject_area', '30', '20', false],
        ['core_teaching_leadership_standards', '60', '0', false],
      ],
      uncertain: ['vt-endorsement'],
    },
  },
  {
    name: 'VT Level I: 1 credit on the endorsement (15) + 2 credits on the core standards (30) = 45 hours per 3 years, complete',
    source:
      'education.vermont.gov/renew-your-license: Level I 3 credits (45 hours), at least 1 credit (15 hours) on the endorsement, the remaining 2 on the core standards',
    preset: 'vt',
    license: { licenseType: 'level_i', issuedOn: '2022-08-15' },
    asOf: '2024-01-10',
    records: [
      rec('2023-01-10', 'course', '1', 'semester_credit', { categories: ['subject_area'] }),
      rec('2023-06-10', 'course', '2', 'semester_credit', { categories: ['core_teaching_leadership_standards'] }),
    ],
    expect: {
      earned: '45',
      required: '45',
      status: 'complete',
      cycle: ['2022-08-15', '2025-08-14'],
      categories: [
        ['subject_area', '15', '15', true],
        ['core_teaching_leadership_standards', '30', '30', true],
      ],
      rulesApplied: [
        ['license_level', 'vt-endorsement'],
        ['license_level', 'vt-core'],
      ],
    },
  },
  {
    name: 'VT Level I: 45 hours with none on the endorsement is not complete (the Level I split applies)',
    source:
      'education.vermont.gov/renew-your-license: at least one credit (15 hours) of new learning on the endorsement standards',
    preset: 'vt',
    license: { licenseType: 'level_i', issuedOn: '2022-08-15' },
    asOf: '2024-01-10',
    records: [rec('2023-01-10', 'course', '3', 'semester_credit', { categories: ['core_teaching_leadership_standards'] })],
    expect: {
      earned: '45',
      status: 'on_track',
      categories: [
        ['subject_area', '15', '0', false],
        // Exclusive allocation: a category receives at most its minimum.
        ['core_teaching_leadership_standards', '30', '30', true],
      ],
    },
  },
  {
    name: 'VT Level II with a second endorsement: 30 + 30 endorsement hours; 60 endorsement + 30 core = 90, but the core needs 60: not complete',
    source:
      'education.vermont.gov/renew-your-license: each endorsement at least 2 credits (30 hours) on its standards; 4 credits (60 hours) on the core standards',
    preset: 'vt',
    license: { licenseType: 'level_ii', issuedOn: '2020-08-15', endorsements: 1 },
    asOf: '2024-01-10',
    records: [
      rec('2021-01-10', 'course', '4', 'semester_credit', { categories: ['subject_area'] }),
      rec('2022-01-10', 'course', '2', 'semester_credit', { categories: ['core_teaching_leadership_standards'] }),
    ],
    expect: {
      earned: '90',
      categories: [
        ['subject_area', '60', '60', true],
        ['core_teaching_leadership_standards', '60', '30', false],
      ],
      rulesApplied: [
        ['per_additional_credential', 'vt-endorsement'],
        ['license_level', 'vt-core'],
      ],
    },
    also: (r) => expect(r.status).not.toBe('complete'),
  },
];

runPresetCases('Vermont preset', cases);
