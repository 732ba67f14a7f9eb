// District of Columbia: hand-worked cases for the dc preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('dc');

const cases: PresetCase[] = [
  {
    name: 'DC: 60 content-area hours + 2 semester hours (30) + 30 hours = 120 PLUs, complete; IMPACT pathway 0 of 3',
    source: 'osse.dc.gov/page/professional-learning-units: 120 PLUs / 4 y, 60 in content area (D-1), 1 semester hour = 15 PLUs',
    preset: 'dc',
    license: { issuedOn: '2021-08-01' },
    asOf: '2025-06-30',
    records: [
      rec('2022-01-10', 'workshop', '60', 'clock_hour', { categories: ['subject_area'] }),
      rec('2023-01-10', 'course', '2', 'semester_credit'),
      rec('2024-01-10', 'conference', '30', 'clock_hour'),
    ],
    expect: {
      earned: '120',
      required: '120',
      status: 'complete',
      cycle: ['2021-08-01', '2025-07-31'],
      categories: [['subject_area', '60', '60', true]],
      pathways: [['dc-impact', '3', '0', false]],
      closestPathway: 'main',
    },
  },
  {
    name: 'DC: IMPACT Highly Effective, Effective, Developing, Effective = 3 effective years: complete via the IMPACT pathway with 0 PLUs',
    source: 'osse.dc.gov/page/performance-ratings: at least an effective rating in three of the previous four years',
    preset: 'dc',
    license: { issuedOn: '2021-08-01' },
    asOf: '2025-06-30',
    records: [
      rec('2022-06-15', 'evaluation', '5', 'evaluation_score'),
      rec('2023-06-15', 'evaluation', '4', 'evaluation_score'),
      rec('2024-06-15', 'evaluation', '3', 'evaluation_score'),
      rec('2025-06-15', 'evaluation', '4', 'evaluation_score'),
    ],
    expect: {
      earned: '0',
      status: 'complete',
      categories: [['subject_area', '60', '0', false]],
      pathways: [['dc-impact', '3', '3', true]],
      closestPathway: 'dc-impact',
    },
  },
  {
    name: 'DC with one additional credential: 165 required (120 + 45); 120 PLUs with 20 of the 45 additional-content PLUs, at risk in the final year',
    source:
      'osse.dc.gov/page/professional-learning-units: 120 hours for one credential and an additional 45 in the subject of each additional credential',
    preset: 'dc',
    license: { licenseType: 'standard_additional_credential', issuedOn: '2021-08-01' },
    asOf: '2025-06-30',
    records: [
      rec('2022-01-10', 'workshop', '60', 'clock_hour', { categories: ['subject_area'] }),
      rec('2023-01-10', 'workshop', '20', 'clock_hour', { categories: ['additional_credential_content'] }),
      rec('2024-01-10', 'conference', '40', 'clock_hour'),
    ],
    expect: {
      earned: '120',
      required: '165',
      remaining: '45',
      status: 'at_risk',
      categories: [
        ['subject_area', '60', '60', true],
        ['additional_credential_content', '45', '20', false],
      ],
      rulesApplied: [['license_level', 'dc-additional-credential']],
    },
  },
  {
    name: 'DC standard credential renewed with 2 more credentials: 120 + 45 x 2 = 210, with 90 in their subjects; 60 + 90 + 60 = 210, complete',
    source:
      'osse.dc.gov/page/professional-learning-units: an additional 45 hours for each additional credential renewed at the same time',
    preset: 'dc',
    license: { issuedOn: '2021-08-01', additionalLicenses: 2 },
    asOf: '2025-06-30',
    records: [
      rec('2022-01-10', 'workshop', '60', 'clock_hour', { categories: ['subject_area'] }),
      rec('2023-01-10', 'course', '6', 'semester_credit', { categories: ['additional_credential_content'] }),
      rec('2024-01-10', 'conference', '60', 'clock_hour'),
    ],
    expect: {
      earned: '210',
      required: '210',
      status: 'complete',
      categories: [
        ['subject_area', '60', '60', true],
        ['additional_credential_content', '90', '90', true],
      ],
      rulesApplied: [
        ['per_additional_credential', 'standard'],
        ['per_additional_credential', 'dc-additional-credential'],
      ],
      notChecked: ['dc-test-scores', 'dc-per-credential-content'],
    },
    also: (r) => expect(r.categories[1]!.basis).toBe('0 for license type "standard" + 45 x 2 additional = 90'),
  },
];

runPresetCases('District of Columbia preset', cases);
