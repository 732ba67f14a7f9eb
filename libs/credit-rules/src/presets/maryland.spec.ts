// Maryland: hand-worked cases for the md preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('md');
const MD = 'COMAR 13A.12.02.06 and MSDE Certification Renewal';

const cases: PresetCase[] = [
  {
    name: 'MD 2024: 40 clock hours content + 2 semester hours ESL (30) + 1 CEU disabilities (10) + 10 hours culturally responsive = 90 PDPs, four areas met, complete',
    source: MD,
    preset: 'md',
    license: { issuedOn: '2024-07-01' },
    asOf: '2029-01-01',
    records: [
      rec('2024-10-01', 'workshop', '40', 'clock_hour', { categories: ['content_or_pedagogy'] }),
      rec('2025-06-01', 'course', '2', 'semester_credit', { categories: ['english_language_learners'] }),
      rec('2026-03-01', 'conference', '1', 'ceu', { categories: ['students_with_disabilities'] }),
      rec('2027-03-01', 'workshop', '10', 'clock_hour', { categories: ['cultural_competency'] }),
    ],
    expect: {
      earned: '90',
      required: '90',
      remaining: '0',
      status: 'complete',
      version: '2024',
      categories: [
        ['content_or_pedagogy', '1', '40', true],
        ['english_language_learners', '1', '30', true],
        ['students_with_disabilities', '1', '10', true],
        ['cultural_competency', '1', '10', true],
      ],
      uncertain: ['md-content-pedagogy'],
    },
  },
  {
    name: 'MD 2024: Blind/VI license, the same 90 PDPs but braille 0 of 15; 1 of 5 years: pace 18, on track',
    source: `${MD}: 15 PDPs in braille maintenance for Blind/VI licenses`,
    preset: 'md',
    license: { issuedOn: '2024-07-01', licenseType: 'blind-vi' },
    asOf: '2025-08-01',
    records: [
      rec('2024-10-01', 'workshop', '40', 'clock_hour', { categories: ['content_or_pedagogy'] }),
      rec('2025-06-01', 'course', '2', 'semester_credit', { categories: ['english_language_learners'] }),
      rec('2025-06-02', 'conference', '1', 'ceu', { categories: ['students_with_disabilities'] }),
      rec('2025-07-03', 'workshop', '10', 'clock_hour', { categories: ['cultural_competency'] }),
    ],
    expect: {
      earned: '90',
      status: 'on_track',
      categories: [
        ['content_or_pedagogy', '1', '40', true],
        ['english_language_learners', '1', '30', true],
        ['students_with_disabilities', '1', '10', true],
        ['cultural_competency', '1', '10', true],
        ['braille_maintenance', '15', '0', false],
      ],
    },
  },
  {
    name: 'MD legacy (certificate issued 2021): 4 semester hours of 6; 4 x 15 + 30 clock hours = 90 PDPs, but none in the four required areas, so the PDP option is not met: at risk',
    source: `${MD}: certificates issued before 2024-07-01 may use the legacy 6 semester hours`,
    preset: 'md',
    license: { issuedOn: '2021-07-01' },
    asOf: '2026-01-01',
    records: [rec('2022-06-10', 'course', '4', 'semester_credit'), rec('2024-09-01', 'workshop', '30', 'clock_hour')],
    expect: {
      earned: '4',
      required: '6',
      remaining: '2',
      status: 'at_risk',
      version: 'legacy',
      cycle: ['2021-07-01', '2026-06-30'],
      pathways: [['md-legacy-pdp-option', '90', '90', false]],
      rulesApplied: [['pathway_category', 'md-legacy-pdp-option']],
    },
  },
  {
    name: 'MD legacy: 4 semester hours (60 PDPs) + 30 clock hours with at least 1 in each of the four areas = 90 PDPs: complete on the PDP option',
    source: `${MD}: the 90 PDPs include content or pedagogy, ESL, students with disabilities, culturally responsive teaching (COMAR 13A.12.02.06B)`,
    preset: 'md',
    license: { issuedOn: '2021-07-01' },
    asOf: '2026-01-01',
    records: [
      rec('2022-06-10', 'course', '4', 'semester_credit', { categories: ['content_or_pedagogy'] }),
      rec('2024-09-01', 'workshop', '2', 'clock_hour', { categories: ['english_language_learners'] }),
      rec('2024-10-01', 'workshop', '3', 'clock_hour', { categories: ['students_with_disabilities'] }),
      rec('2024-11-01', 'workshop', '1', 'clock_hour', { categories: ['cultural_competency'] }),
      rec('2025-01-10', 'workshop', '24', 'clock_hour'),
    ],
    expect: {
      earned: '4',
      status: 'complete',
      version: 'legacy',
      pathways: [['md-legacy-pdp-option', '90', '90', true]],
      notChecked: [],
    },
    also: (r) =>
      expect(r.pathways[0]!.categories.map((c) => [c.id, c.earned, c.met])).toEqual([
        ['content_or_pedagogy', '60', true],
        ['english_language_learners', '2', true],
        ['students_with_disabilities', '3', true],
        ['cultural_competency', '1', true],
      ]),
  },
  {
    name: 'MD legacy: 6 semester hours = 6 of 6, complete; PDP option 90 of 90',
    source: `${MD}: legacy 6 semester hours`,
    preset: 'md',
    license: { issuedOn: '2021-07-01' },
    asOf: '2026-01-01',
    records: [rec('2022-06-10', 'course', '6', 'semester_credit')],
    expect: {
      earned: '6',
      remaining: '0',
      status: 'complete',
      version: 'legacy',
      pathways: [['md-legacy-pdp-option', '90', '90', false]],
    },
  },
];

runPresetCases('Maryland preset', cases);
