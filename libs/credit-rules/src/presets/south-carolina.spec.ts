// South Carolina: hand-worked cases for the sc preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('sc');

const cases: PresetCase[] = [
  {
    name: "SC: bachelor's: 3 graduate semester hours (60) + 6 CEUs (60) = 120, graduate share 60 met, complete; expires June 30",
    source:
      "SCDE renewal credit options (ed.sc.gov): 1 semester hour = 20, 1 CEU = 10; 60 from graduate coursework without a master's",
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'bachelor' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'course', '3', 'semester_credit', { level: 'graduate' }),
      rec('2022-01-10', 'workshop', '6', 'ceu'),
    ],
    expect: {
      earned: '120',
      required: '120',
      status: 'complete',
      cycle: ['2020-07-01', '2025-06-30'],
      categories: [['graduate_coursework', '60', '60', true]],
    },
  },
  {
    name: "SC: bachelor's: 6 undergraduate semester hours = 120 but graduate 0 of 60: at risk",
    source: "SCDE renewal credit options: 60 of the 120 from graduate coursework without a master's",
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'bachelor' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '6', 'semester_credit', { level: 'undergraduate' })],
    expect: { earned: '120', remaining: '0', status: 'at_risk', categories: [['graduate_coursework', '60', '0', false]] },
  },
  {
    name: "SC: master's: the same 6 undergraduate hours (120) complete; no graduate share",
    source: "SCDE renewal credit options: the graduate share applies only without a master's",
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '6', 'semester_credit', { level: 'undergraduate' })],
    expect: { earned: '120', status: 'complete', categories: [] },
  },
  {
    name: "SC: master's, high school: 9 quarter hours (117) + 1 CEU of Jason Flatt training (10) = 127, complete",
    source: 'SCDE renewal credit options: 1 quarter hour = 13; Jason Flatt Act training for middle/high school (acpsd.net)',
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'master', gradeBand: 'middle_high' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'course', '9', 'quarter_credit'),
      rec('2022-01-10', 'workshop', '1', 'ceu', { categories: ['suicide_prevention'] }),
    ],
    expect: { earned: '127', status: 'complete', categories: [['suicide_prevention', '0', '10', true]] },
  },
  {
    name: 'SC: clock hours have no conversion (rate uncertain): 0 after 1 of 5 years, pace 24, behind',
    source: 'SCDE renewal credit options (no clock-hour rate; facts: uncertain)',
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2021-06-30',
    records: [rec('2021-01-10', 'workshop', '20', 'clock_hour')],
    expect: { earned: '0', remaining: '120', status: 'behind' },
  },
];

runPresetCases('South Carolina preset', cases);
