// Colorado: hand-worked cases for the co preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('co');

const cases: PresetCase[] = [
  {
    // asOf is the period end: mid-period dates make the evaluator's pace (90 x years / 7) inexact (see report).
    name: 'CO 7-year period: 60 clock hours (10 special ed/behavioral health) + 2 semester hours (30) = 90, complete',
    source:
      'sites.cde.state.co.us educatorpdrequirements: 90 hours / 7 y from 2021-07-01; cde.state.co.us/node/2413: 10 hours special education/behavioral health',
    preset: 'co',
    license: { issuedOn: '2021-09-01' },
    asOf: '2028-08-31',
    records: [
      rec('2022-01-10', 'workshop', '50', 'clock_hour'),
      rec('2022-06-10', 'workshop', '10', 'clock_hour', { categories: ['special_education_behavioral_health'] }),
      rec('2023-01-10', 'course', '2', 'semester_credit'),
    ],
    expect: {
      earned: '90',
      required: '90',
      status: 'complete',
      version: '7-year',
      cycle: ['2021-09-01', '2028-08-31'],
      categories: [['special_education_behavioral_health', '10', '10', true]],
    },
  },
  {
    // Mid-cycle in a 7-year period: the pace 90 x 3 / 7 = 38.5714... rounds up to 38.5715.
    name: 'CO 7-year period, after 3 whole years: 30 hours is below the pro-rated pace of 38.5715 hours, at risk',
    source: 'sites.cde.state.co.us educatorpdrequirements: 90 hours / 7 y from 2021-07-01',
    preset: 'co',
    license: { issuedOn: '2021-09-01' },
    asOf: '2024-09-15',
    records: [rec('2022-01-10', 'workshop', '30', 'clock_hour')],
    expect: { earned: '30', required: '90', status: 'at_risk', version: '7-year', cycle: ['2021-09-01', '2028-08-31'] },
  },
  {
    name: 'CO 7-year period, EL endorsement: 90 hours with 30 of the 45 English-learner hours, on track in the first year',
    source: 'sites.cde.state.co.us educatorpdrequirements: 45 hours English learner education for listed endorsements',
    preset: 'co',
    license: { licenseType: 'professional_el_endorsement', issuedOn: '2021-09-01' },
    asOf: '2022-06-30',
    records: [
      rec('2021-10-10', 'workshop', '50', 'clock_hour'),
      rec('2021-11-10', 'workshop', '10', 'clock_hour', { categories: ['special_education_behavioral_health'] }),
      rec('2022-01-10', 'course', '2', 'semester_credit', { categories: ['english_language_learners'] }),
    ],
    expect: {
      earned: '90',
      status: 'on_track',
      categories: [
        ['special_education_behavioral_health', '10', '10', true],
        ['english_language_learners', '45', '30', false],
      ],
      uncertain: ['co-english-learners'],
    },
  },
  {
    name: 'CO 5-year period begun before 2021-07-01: 60 clock hours + 3 CEUs (30) = 90, complete, no category requirements',
    source: 'cde.state.co.us Licensure_renewal_faq: 5-year period before 2021-07-01; connectinglink.com: 1 CEU = 10 hours',
    preset: 'co',
    license: { issuedOn: '2019-07-01' },
    asOf: '2024-06-30',
    records: [rec('2020-01-10', 'workshop', '60', 'clock_hour'), rec('2022-01-10', 'course', '3', 'ceu')],
    expect: {
      earned: '90',
      required: '90',
      status: 'complete',
      version: '5-year',
      cycle: ['2019-07-01', '2024-06-30'],
      categories: [],
      uncertain: ['co-ceu', 'professional'],
    },
  },
];

runPresetCases('Colorado preset', cases);
