// New York: hand-worked cases for the ny preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ny');

const cases: PresetCase[] = [
  {
    name: 'NY: 100 CTLE hours with 15 on ELL language acquisition is complete',
    source: 'highered.nysed.gov CTLE: 100 h / 5 y, >= 15% ELL for Professional holders',
    preset: 'ny',
    license: { issuedOn: '2020-02-10', birthDate: '1985-05-17' },
    asOf: '2025-01-15',
    records: [
      rec('2021-01-10', 'workshop', '85', 'clock_hour'),
      rec('2022-01-10', 'workshop', '15', 'clock_hour', { categories: ['english_language_learners'] }),
    ],
    expect: {
      earned: '100',
      status: 'complete',
      cycle: ['2020-05-01', '2025-04-30'],
      categories: [['english_language_learners', '15', '15', true]],
    },
  },
  {
    name: 'NY: ESOL holders need 50% (50 h) on language acquisition; 1 semester hour = 15 h',
    source: 'highered.nysed.gov CTLE: 50% for ESOL/bilingual; 1 semester hour = 15 CTLE hours',
    preset: 'ny',
    license: { licenseType: 'professional_esol_bilingual', cycleStart: '2020-05-01', cycleEnd: '2025-04-30' },
    asOf: '2025-01-15',
    records: [
      rec('2021-01-10', 'course', '3', 'semester_credit', { categories: ['english_language_learners'] }),
      rec('2022-01-10', 'workshop', '55', 'clock_hour'),
    ],
    expect: { earned: '100', status: 'at_risk', categories: [['english_language_learners', '50', '45', false]] },
  },
];

runPresetCases('New York preset', cases);
