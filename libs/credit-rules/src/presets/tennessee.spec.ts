// Tennessee: hand-worked cases for the tn preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('tn');

const cases: PresetCase[] = [
  {
    name: 'TN: 1 micro-credential (6) + LOE 5 (20) + 2 CEU (10) + 1 semester hour (10) + 14 clock hours = 60 PDPs',
    source:
      'tn.gov PDP FAQ for educators: MC = 6, LOE 5 = 20, CEU = 5, semester hour = 10, clock hour = 1; Professional 60 / 6 y, expires Aug 31',
    preset: 'tn',
    license: { issuedOn: '2019-09-01' },
    asOf: '2025-05-01',
    records: [
      rec('2020-01-10', 'micro_credential', '1', 'micro_credential'),
      rec('2021-06-01', 'evaluation', '5', 'evaluation_score'),
      rec('2022-01-10', 'course', '2', 'ceu'),
      rec('2023-01-10', 'course', '1', 'semester_credit'),
      rec('2024-01-10', 'workshop', '14', 'clock_hour'),
    ],
    expect: { earned: '60', status: 'complete', cycle: ['2019-09-01', '2025-08-31'] },
  },
  {
    name: 'TN Practitioner: 30 PDPs per 3 years; LOE 3 = 10',
    source: 'tn.gov PDP FAQ for educators',
    preset: 'tn',
    license: { licenseType: 'practitioner', issuedOn: '2023-09-01' },
    asOf: '2024-10-01',
    records: [rec('2024-06-01', 'evaluation', '3', 'evaluation_score')],
    expect: { earned: '10', required: '30', status: 'on_track', cycle: ['2023-09-01', '2026-08-31'] },
  },
];

runPresetCases('Tennessee preset', cases);
