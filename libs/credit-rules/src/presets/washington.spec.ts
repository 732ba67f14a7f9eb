// Washington: hand-worked cases for the wa preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('wa');

const cases: PresetCase[] = [
  {
    name: 'WA: 2 semester credits (30) + 1 quarter credit (10) + 2 PGPs (50, one on equity) + 5 h on the evaluation system = 95 of 100, not complete',
    source:
      'PESB 2017 announcement (100 h / 5 y; 3 PGPs + 25 CH = 100, so a PGP = 25 h); WSR 00-13-065 (semester 15, quarter 10); OSPI Professional Teacher renewal (15 h equity); RCW 28A.410.278',
    preset: 'wa',
    license: { cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'course', '2', 'semester_credit'),
      rec('2021-06-10', 'course', '1', 'quarter_credit'),
      rec('2022-06-30', 'other', '1', 'certification', { categories: ['equity'] }),
      rec('2023-06-30', 'other', '1', 'certification'),
      rec('2024-01-10', 'workshop', '5', 'clock_hour', { categories: ['evaluation_system'] }),
    ],
    expect: {
      earned: '95',
      remaining: '5',
      status: 'on_track',
      categories: [
        ['equity', '15', '25', true],
        ['evaluation_system', '0', '5', true],
      ],
      pathways: [['wa-nbct', '1', '0', false]],
      uncertain: ['wa-semester-credit', 'wa-evaluation-system', 'wa-pgp'],
    },
  },
  {
    name: 'WA STEM endorsement: 100 h with 15 on equity but 10 on STEM and none on the evaluation system; at risk in the final year',
    source: 'RCW 28A.410.277 (15 h STEM for STEM-related endorsements); HB 1426 bill report; RCW 28A.410.278',
    preset: 'wa',
    license: { licenseType: 'professional_stem', cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'workshop', '15', 'clock_hour', { categories: ['equity'] }),
      rec('2022-01-10', 'workshop', '10', 'clock_hour', { categories: ['stem_integration'] }),
      rec('2023-01-10', 'conference', '75', 'clock_hour'),
    ],
    expect: {
      earned: '100',
      remaining: '0',
      status: 'at_risk',
      categories: [
        ['equity', '15', '15', true],
        ['stem_integration', '15', '10', false],
        ['evaluation_system', '0', '0', false],
      ],
    },
  },
  {
    name: 'WA: National Board certification renews by the alternative pathway',
    source: 'pesb.wa.gov certification-renewal-options-professional---continuing: NBCT alternative',
    preset: 'wa',
    license: { cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2023-03-01',
    records: [rec('2022-11-10', 'national_board', '1', 'certification')],
    expect: { earned: '0', status: 'complete', pathways: [['wa-nbct', '1', '1', true]] },
  },
];

runPresetCases('Washington preset', cases);
