// Alaska: hand-worked cases for the ak preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ak');

const cases: PresetCase[] = [
  {
    name: 'AK: 3 semester (3) + 3 quarter (2) + 15 non-academic hours covering the four trainings (1) = 6, complete',
    source:
      '4 AAC 12.405: 6 credits / 5 y, 1.5 quarter = 1; education.alaska.gov: 15 hours = 1 credit; mandatory trainings within 5 years',
    preset: 'ak',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [
      rec('2022-01-10', 'course', '3', 'semester_credit'),
      rec('2023-01-10', 'course', '3', 'quarter_credit'),
      rec('2024-01-10', 'workshop', '15', 'clock_hour', {
        categories: [
          'alcohol_drug_related_disabilities',
          'sexual_abuse_assault_awareness',
          'dating_violence_awareness',
          'suicide_prevention',
        ],
      }),
    ],
    expect: {
      earned: '6',
      required: '6',
      status: 'complete',
      standing: [
        ['ak-alcohol-drug', true],
        ['ak-sexual-abuse', true],
        ['ak-dating-violence', true],
        ['ak-suicide-prevention', true],
      ],
    },
  },
  {
    name: 'AK: 6 semester credits; a 3-hour suicide-prevention training meets its training but, under 15 hours at one event, adds no credit; three trainings missing: at risk',
    source: 'education.alaska.gov renewal-reinstatement: mandatory trainings completed in the previous 5 years',
    preset: 'ak',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [
      rec('2022-01-10', 'course', '6', 'semester_credit'),
      rec('2023-01-10', 'workshop', '3', 'clock_hour', { categories: ['suicide_prevention'] }),
    ],
    expect: {
      earned: '6',
      remaining: '0',
      status: 'at_risk',
      excluded: [['clock_hour', 'below_event_minimum']],
      standing: [
        ['ak-alcohol-drug', false],
        ['ak-sexual-abuse', false],
        ['ak-dating-violence', false],
        ['ak-suicide-prevention', true],
      ],
    },
  },
  {
    name: 'AK: two 10-hour workshops add nothing (events are not combined), a 20-hour institute adds 1 (whole 15-hour blocks), + 5 semester credits = 6',
    source:
      'education.alaska.gov non-academic-credit-CEU-info: one credit per 15 contact hours at a single institute or workshop; hours from various events may not be combined',
    preset: 'ak',
    license: { issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [
      rec('2022-02-01', 'workshop', '10', 'clock_hour'),
      rec('2022-03-01', 'workshop', '10', 'clock_hour'),
      rec('2023-07-10', 'workshop', '20', 'clock_hour'),
      rec('2024-01-10', 'course', '5', 'semester_credit'),
    ],
    expect: {
      earned: '6',
      remaining: '0',
      excluded: [
        ['clock_hour', 'below_event_minimum'],
        ['clock_hour', 'below_event_minimum'],
      ],
      rulesApplied: [['event_minimum', 'ak-clock-hour']],
      notChecked: ['ak-pre-approval', 'ak-related', 'ak-older-rule'],
    },
    also: (r) => {
      const institute = r.explanation.find((l) => l.completedOn === '2023-07-10')!;
      expect([institute.credited, institute.conversion?.arithmetic]).toEqual([
        '1',
        'amount x 1/15 (one event, at least 15, counted in whole steps of 15; events not combined)',
      ]);
      expect(r.explanation[0]!.rule?.ruleId).toBe('ak-clock-hour');
    },
  },
];

runPresetCases('Alaska preset', cases);
