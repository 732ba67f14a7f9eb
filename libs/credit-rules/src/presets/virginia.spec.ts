// Virginia: hand-worked cases for the va preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('va');

const cases: PresetCase[] = [
  {
    name: 'VA 10-year: 5 semester hours (150) + 3 quarter hours (60) = 210, college capped at 180; clock hours not converted; child abuse training done, others missing; at risk',
    source:
      'hampton.k12.va.us (semester 30, quarter 20); connectinglink.com/virginia (college <= 180); hcps.us (270 / 10 y); compass.k12albemarle.org (required trainings)',
    preset: 'va',
    license: { cycleStart: '2016-07-01', cycleEnd: '2026-06-30' },
    asOf: '2026-01-15',
    records: [
      rec('2018-01-10', 'course', '5', 'semester_credit'),
      rec('2020-01-10', 'course', '3', 'quarter_credit'),
      rec('2021-03-01', 'workshop', '30', 'clock_hour'),
      rec('2022-03-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] }),
    ],
    expect: {
      earned: '180',
      required: '270',
      remaining: '90',
      status: 'at_risk',
      removed: [['va-college-credit', '30']],
      standing: [
        ['va-child-abuse', true],
        ['va-first-aid-cpr', false],
        ['va-dyslexia', false],
        ['va-students-with-disabilities', false],
        ['va-cultural-competency', false],
      ],
      uncertain: ['renewable_10', 'va-college-credit'],
    },
  },
  {
    name: 'VA former 5-year license: 6 semester hours = 180 points and all five trainings done, complete',
    source: 'connectinglink.com/virginia (5-year license 180 points); hampton.k12.va.us; compass.k12albemarle.org',
    preset: 'va',
    license: { licenseType: 'renewable_5', cycleStart: '2012-07-01', cycleEnd: '2017-06-30' },
    asOf: '2017-03-01',
    records: [
      rec('2013-01-10', 'course', '6', 'semester_credit'),
      rec('2014-01-10', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting', 'dyslexia'] }),
      rec('2015-01-10', 'workshop', '4', 'clock_hour', { categories: ['first_aid_cpr'] }),
      rec('2016-01-10', 'workshop', '3', 'clock_hour', { categories: ['students_with_disabilities', 'cultural_competency'] }),
    ],
    expect: {
      earned: '180',
      required: '180',
      status: 'complete',
      standing: [
        ['va-child-abuse', true],
        ['va-first-aid-cpr', true],
        ['va-dyslexia', true],
        ['va-students-with-disabilities', true],
        ['va-cultural-competency', true],
      ],
    },
  },
];

runPresetCases('Virginia preset', cases);
