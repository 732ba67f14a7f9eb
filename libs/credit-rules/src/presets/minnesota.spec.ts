// Minnesota: hand-worked cases for the mn preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('mn');
const MN = 'Minn. R. 8710.7200, Minn. Stat. 122A.187 (NASBE) and connectinglink.com Minnesota';

const cases: PresetCase[] = [
  {
    name: 'MN: Tier 4, 125 clock hours with every area and supervision capped at 30 (40 - 10): complete',
    source: MN,
    preset: 'mn',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [
      rec('2020-09-01', 'course', '2', 'semester_credit', { categories: ['cultural_competency'] }), // 48
      rec('2021-01-10', 'course', '1', 'quarter_credit', { categories: ['english_language_learners'] }), // 16
      rec('2021-02-10', 'workshop', '1', 'clock_hour', { categories: ['suicide_prevention'] }),
      rec('2021-03-10', 'workshop', '2', 'clock_hour', { categories: ['mental_health'] }),
      rec('2021-04-10', 'workshop', '3', 'clock_hour', { categories: ['positive_behavior_interventions'] }),
      rec('2021-05-10', 'workshop', '3', 'clock_hour', { categories: ['accommodations'] }),
      rec('2022-01-10', 'workshop', '10', 'clock_hour', { categories: ['literacy'] }),
      rec('2022-02-10', 'workshop', '2', 'clock_hour', { categories: ['american_indian_history_culture'] }),
      rec('2023-05-01', 'mentoring', '40', 'clock_hour'), // capped at 30
      rec('2024-01-10', 'conference', '10', 'clock_hour'),
    ],
    expect: {
      earned: '125',
      required: '125',
      remaining: '0',
      status: 'complete',
      adjustments: [['cap', 'mn-clinical-supervision', '10']],
      categories: [
        ['cultural_competency', '0', '48', true],
        ['english_language_learners', '0', '16', true],
        ['suicide_prevention', '1', '1', true],
        ['mental_health', '0', '2', true],
        ['positive_behavior_interventions', '0', '3', true],
        ['accommodations', '0', '3', true],
        ['literacy', '0', '10', true],
        ['american_indian_history_culture', '0', '2', true],
      ],
      uncertain: ['mn-semester-credit', 'mn-quarter-credit', 'mn-clinical-supervision', 'mn-expiry'],
    },
  },
  {
    name: 'MN: Tier 3 needs 75: 75 untagged clock hours meet the total, but no area is met; 2 of 5 years: on track',
    source: `${MN}: Tier 3 needs 75 hours`,
    preset: 'mn',
    license: { issuedOn: '2020-07-01', licenseType: 'tier-3' },
    asOf: '2022-07-01',
    records: [rec('2021-03-01', 'workshop', '75', 'clock_hour')],
    expect: {
      earned: '75',
      required: '75',
      remaining: '0',
      status: 'on_track',
      categories: [
        ['cultural_competency', '0', '0', false],
        ['english_language_learners', '0', '0', false],
        ['suicide_prevention', '1', '0', false],
        ['mental_health', '0', '0', false],
        ['positive_behavior_interventions', '0', '0', false],
        ['accommodations', '0', '0', false],
        ['literacy', '0', '0', false],
        ['american_indian_history_culture', '0', '0', false],
      ],
    },
  },
];

runPresetCases('Minnesota preset', cases);
