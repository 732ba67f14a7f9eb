// A schedule modelled on the micro-credential lane rules of Troy 30-C IL (cited below: one NEA
// micro-credential = one board credit, pre-approval, 36 credits for the MA lane, 15 per later lane).
import type { SalaryScheduleInput } from '../lib/salary-schedule.schema';
import { cite } from '../presets/preset-helpers';
import { illustrativeSalaryTable } from './salary-table';

const TROY = 'https://www.troy30c.org/departments/human-resources';
const WORCESTER = 'https://www.worcesterk12.org/departments/human-resources';

export const microCredentialLanesSalarySchedule: SalaryScheduleInput = {
  id: 'micro-credential-lanes',
  name: 'Micro-credential lanes (modelled on Troy 30-C, IL)',
  citation: cite(TROY, 'Board credit for NEA micro-credentials toward lane advancement.'),
  uncertain: "Illustrative schedule; salaries are the demo table, not Troy's.",
  degrees: ['BA', 'MA', 'PhD'],
  lanes: [
    { id: 'BA', degree: 'BA', credits: 0 },
    { id: 'BA+15', degree: 'BA', credits: 15 },
    { id: 'BA+30', degree: 'BA', credits: 30 },
    { id: 'MA', degree: 'MA', credits: 0, degreeEquivalentCredits: 36 },
    { id: 'MA+15', degree: 'MA', credits: 15 },
    { id: 'MA+30', degree: 'MA', credits: 30 },
    { id: 'PhD', degree: 'PhD', credits: 0 },
  ],
  contractYears: [
    { year: 2025, start: '2025-07-01', end: '2026-06-30', salaries: illustrativeSalaryTable(20) },
    { year: 2026, start: '2026-07-01', end: '2027-06-30', salaries: illustrativeSalaryTable(20, 3) },
  ],
  conversions: [
    {
      id: 'mc-undergraduate',
      description: 'Undergraduate credit does not count',
      match: { levels: ['undergraduate'] },
      value: { kind: 'not_accepted' },
      citation: cite(TROY, 'Only graduate credit counts toward lanes.'),
      uncertain: "Troy's undergraduate rule is not in the facts.",
    },
    {
      id: 'mc-unknown-level',
      description: 'Semester credit without a course level: not counted until the level (graduate or undergraduate) is recorded',
      match: { units: ['semester_credit'], levels: ['unknown'] },
      value: { kind: 'not_accepted' },
      citation: cite(TROY, 'Only graduate credit counts toward lanes.'),
    },
    {
      id: 'mc-micro-credential',
      description: '1 NEA micro-credential = 1 board credit',
      match: { units: ['micro_credential'] },
      value: { kind: 'factor', factor: '1' },
      citation: cite(TROY, 'One NEA micro-credential (about 15 hours) earns one board credit.'),
    },
    {
      id: 'mc-semester',
      description: 'Graduate semester credit = 1 credit',
      match: { units: ['semester_credit'], levels: ['graduate'] },
      value: { kind: 'factor', factor: '1' },
      citation: cite(TROY, 'Graduate semester hours count one for one.'),
    },
    {
      id: 'mc-quarter',
      description: 'Quarter credit = 2/3 credit',
      match: { units: ['quarter_credit'] },
      value: { kind: 'factor', factor: '2/3' },
      citation: cite(TROY, 'Quarter hours count as two-thirds of a semester hour.'),
    },
  ],
  caps: [
    {
      id: 'mc-cpd-cap',
      label: 'Continuing PD (non-course) credits',
      appliesTo: { activityTypes: ['workshop', 'conference', 'other'] },
      per: 'total',
      max: '6',
      citation: cite(WORCESTER, 'At most 6 CPD credits count toward MA+30.'),
    },
  ],
  earnedAfter: {
    id: 'mc-after-hire',
    basis: 'hire',
    citation: cite('https://www.aurorak12.org/departments/human_resources', 'Credits must be earned after hire.'),
  },
  preApproval: {
    id: 'mc-pre-approval',
    activityTypes: ['micro_credential', 'course'],
    citation: cite(TROY, 'Coursework and micro-credentials must be pre-approved; evidence is due within 90 days.'),
  },
  applicationWindows: [
    {
      id: 'mc-fall',
      opens: '08-01',
      closes: '09-15',
      effective: '11-01',
      citation: cite(
        'https://www.isd885.org/departments/human-resources',
        'Applications August 1 - September 15 take effect November 1.',
      ),
    },
  ],
  retroactivePay: { id: 'mc-no-retro', allowed: false, citation: cite(TROY, 'Lane changes are not retroactive.') },
};
