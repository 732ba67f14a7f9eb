// Louisiana: hand-worked cases for the la preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('la');
const LA = '28 LAC CXXXI §103 and TeachLouisiana renewal page';

const cases: PresetCase[] = [
  {
    name: 'LA: public-school Level 2/3, renewed on effectiveness: required 0, complete with no records',
    source: LA,
    preset: 'la',
    license: { issuedOn: '2021-07-01' },
    asOf: '2023-01-01',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete' },
  },
  {
    name: 'LA: nonpublic, 100 clock hours + 2 semester hours (30) = 130 of 150 CLUs; 4 of 5 years: pace 120, on track',
    source: `${LA}: 150 CLUs for nonpublic teachers`,
    preset: 'la',
    license: { issuedOn: '2020-07-01', licenseType: 'nonpublic' },
    asOf: '2024-07-01',
    records: [rec('2021-03-01', 'workshop', '100', 'clock_hour'), rec('2022-03-01', 'course', '2', 'semester_credit')],
    expect: { earned: '130', required: '150', remaining: '20', status: 'on_track', uncertain: ['nonpublic'] },
  },
];

runPresetCases('Louisiana preset', cases);
