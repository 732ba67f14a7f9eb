// South Dakota: hand-worked cases for the sd preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('sd');

const cases: PresetCase[] = [
  {
    name: "SD bachelor's: 2 transcripted credits + 60 contact hours (4, capped at 3) = 5 of 6; transcripted 2 of 3; suicide hour met; at risk in the final year",
    source:
      "ARSD 24:28:17:13 (6 credits / 5 y, contact hours <= 3 credits, 3 transcripted for bachelor's); nasbe.org SD suicide prevention (1 clock hour)",
    preset: 'sd',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2024-07-15',
    records: [
      rec('2020-09-01', 'workshop', '1', 'clock_hour', { categories: ['suicide_prevention'] }),
      rec('2021-09-01', 'course', '2', 'semester_credit', { categories: ['transcripted_or_specialized_learning'] }),
      rec('2022-09-01', 'workshop', '59', 'clock_hour'),
    ],
    expect: {
      earned: '5',
      required: '6',
      remaining: '1',
      status: 'at_risk',
      removed: [['sd-contact-hours-cap', '1']],
      categories: [
        ['transcripted_or_specialized_learning', '3', '2', false],
        ['suicide_prevention', '0', '0.0667', true],
      ],
      pathways: [['sd-national-board', '1', '0', false]],
    },
  },
  {
    name: "SD master's: 3 semester credits + 46 contact hours (capped at 3) = 6, suicide hour met, complete",
    source: 'ARSD 24:28:17:13; nasbe.org SD suicide prevention',
    preset: 'sd',
    license: { licenseType: 'masters', cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-15',
    records: [
      rec('2021-01-10', 'workshop', '1', 'clock_hour', { categories: ['suicide_prevention'] }),
      rec('2022-01-10', 'course', '3', 'semester_credit'),
      rec('2023-01-10', 'conference', '45', 'clock_hour'),
    ],
    expect: {
      earned: '6',
      status: 'complete',
      removed: [['sd-contact-hours-cap', '0.0667']],
      categories: [['suicide_prevention', '0', '0.0667', true]],
      uncertain: ['masters', 'sd-contact-hours'],
    },
  },
  {
    name: 'SD: National Board certification meets the renewal by the alternative pathway',
    source: 'ARSD 24:28:17:13: National Board certification or recertification',
    preset: 'sd',
    license: { licenseType: 'masters', cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2023-01-15',
    records: [rec('2022-05-01', 'national_board', '1', 'certification')],
    expect: { earned: '0', remaining: '6', status: 'complete', pathways: [['sd-national-board', '1', '1', true]] },
  },
];

runPresetCases('South Dakota preset', cases);
