// Florida: hand-worked cases for the fl preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('fl');

const cases: PresetCase[] = [
  {
    name: 'FL: a passed subject exam (60) + 40 contact hours incl. 20 on students with disabilities = 100 of 120',
    source: 'dcps.duvalschools.org renewal requirements: exam = 60 points, 20 points SWD, 120 points / 5 y (Jul 1 - Jun 30)',
    preset: 'fl',
    license: { issuedOn: '2021-09-15' },
    asOf: '2025-06-01',
    records: [
      rec('2022-04-01', 'exam', '1', 'certification'),
      rec('2023-04-01', 'workshop', '20', 'clock_hour', { categories: ['students_with_disabilities'] }),
      rec('2023-05-01', 'workshop', '20', 'clock_hour'),
    ],
    expect: {
      earned: '100',
      remaining: '20',
      cycle: ['2021-07-01', '2026-06-30'],
      categories: [['students_with_disabilities', '20', '20', true]],
    },
  },
  {
    name: 'FL: 6 semester hours meet the amount of the college-credit route, but with no students-with-disabilities credit the route does not renew',
    source:
      'dcps.duvalschools.org renewal requirements: six semester hours or 120 in-service points, to include at least one semester hour or 20 points in SWD each renewal period',
    preset: 'fl',
    license: { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' },
    asOf: '2025-01-01',
    records: [rec('2022-01-01', 'course', '6', 'semester_credit')],
    expect: {
      earned: '120',
      status: 'on_track',
      categories: [['students_with_disabilities', '20', '0', false]],
      pathways: [['fl-college-credit', '6', '6', false]],
      rulesApplied: [['all_routes', 'fl-college-credit']],
    },
    also: (r) => expect(r.pathways[0]!.blockedBy.map((b) => b.ruleId)).toEqual(['fl-swd']),
  },
  {
    name: 'FL: 5 semester hours + 1 semester hour on teaching students with disabilities = 6: complete on either route',
    source: 'dcps.duvalschools.org renewal requirements: 1 semester hour = 20 points; at least one semester hour in SWD',
    preset: 'fl',
    license: { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' },
    asOf: '2025-01-01',
    records: [
      rec('2022-01-01', 'course', '5', 'semester_credit'),
      rec('2023-01-01', 'course', '1', 'semester_credit', { categories: ['students_with_disabilities'] }),
    ],
    expect: {
      earned: '120',
      status: 'complete',
      categories: [['students_with_disabilities', '20', '20', true]],
      pathways: [['fl-college-credit', '6', '6', true]],
      rulesApplied: [],
    },
  },
  {
    name: 'FL reading coverage: 40 reading points are required on both routes; the ten-year look-back of reading credit is listed as not checked',
    source:
      'dcps.duvalschools.org renewal requirements: two semester hours or 40 points in reading for the listed coverages, earned no earlier than ten years before expiry',
    preset: 'fl',
    license: { licenseType: 'professional_reading', cycleStart: '2021-07-01', cycleEnd: '2026-06-30' },
    asOf: '2025-01-01',
    records: [
      rec('2022-01-01', 'course', '5', 'semester_credit', { categories: ['students_with_disabilities'] }),
      rec('2023-01-01', 'course', '1', 'semester_credit', { categories: ['literacy'] }),
    ],
    expect: {
      earned: '120',
      status: 'on_track',
      categories: [
        ['students_with_disabilities', '20', '100', true],
        ['literacy', '40', '20', false],
      ],
      pathways: [['fl-college-credit', '6', '6', false]],
      notChecked: ['fl-reading-ten-years'],
    },
  },
];

runPresetCases('Florida preset', cases);
