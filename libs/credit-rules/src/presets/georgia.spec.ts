// Georgia: hand-worked cases for the ga preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ga');

const cases: PresetCase[] = [
  {
    name: 'GA not employed: 6 CEUs + 40 contact hours (4 PLUs) = 10 PLUs, complete; semester-hour pathway 0 of 6',
    source:
      'schoolwires.henry.k12.ga.us/Page/49893: 10 PLUs or 6 semester hours per 5 years; guide: 10 contact hours = 1 PLU = 1 CEU',
    preset: 'ga',
    license: { licenseType: 'professional_not_employed', issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-02-01', 'workshop', '6', 'ceu'), rec('2023-02-01', 'workshop', '40', 'clock_hour')],
    expect: {
      earned: '10',
      required: '10',
      remaining: '0',
      status: 'complete',
      cycle: ['2021-07-01', '2026-06-30'],
      pathways: [['ga-semester-hours', '6', '0', false]],
      uncertain: ['ga-ceu', 'ga-contact-hour'],
    },
  },
  {
    name: 'GA not employed: 6 semester hours meet the coursework pathway although 0 PLUs are earned',
    source: 'schoolwires.henry.k12.ga.us/Page/49893: 10 PLUs or their equivalent (six semester hours)',
    preset: 'ga',
    license: { licenseType: 'professional_not_employed', issuedOn: '2021-07-01' },
    asOf: '2025-06-30',
    records: [rec('2022-01-15', 'course', '3', 'semester_credit'), rec('2024-01-15', 'course', '3', 'semester_credit')],
    expect: {
      earned: '0',
      remaining: '10',
      status: 'complete',
      pathways: [['ga-semester-hours', '6', '6', true]],
      closestPathway: 'ga-semester-hours',
    },
  },
  {
    name: 'GA employed by an LUA: required 0 (job-embedded learning verified by the employer), complete, no coursework pathway',
    source: 'GaPSC Rule 505-2-.36(e) as quoted by conference.gaetc.org',
    preset: 'ga',
    license: { issuedOn: '2021-07-01' },
    asOf: '2022-06-30',
    records: [],
    expect: {
      earned: '0',
      required: '0',
      status: 'complete',
      pathways: [],
      closestPathway: null,
      uncertain: ['professional_lua'],
    },
  },
];

runPresetCases('Georgia preset', cases);
