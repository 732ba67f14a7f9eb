// Salary schedules modelled on how four districts pay for micro-credentials besides lane credit
// (RULE-FACTS "Micro-credentials for salary"): Harmony Public Schools TX (a stipend per
// micro-credential, capped a year), Dysart Unified AZ (percentage steps by count with a yearly
// minimum, not combinable), Muskego-Norway WI (the master's lane for named foundational
// micro-credentials plus electives) and Kettle Moraine WI (a permanent base increase per
// micro-credential after peer review). Lanes, salaries and the lane-credit rules are the demo's
// illustrative table and typical rules, flagged uncertain; each compensation rule cites its district.
import type { SalaryScheduleInput } from '../lib/salary-schedule.schema';
import { cite } from '../presets/preset-helpers';
import { illustrativeSalaryTable } from './salary-table';

const HARMONY = 'https://www.harmonytx.org/';
const DYSART = 'https://www.dysart.org/';
const MUSKEGO = 'https://www.mnsd.k12.wi.us/';
const KETTLE = 'https://www.kmsd.edu/';
const STMA = 'https://www.isd885.org/departments/human-resources';
const PAGE_UNCHECKED = 'The district page that states this was not checked against the text; confirm with the district.';

/** Lanes, the illustrative table and typical credit rules shared by the four models; `p` prefixes the rule ids. */
function illustrativeLanes(p: string, url: string): Omit<SalaryScheduleInput, 'id' | 'name' | 'citation'> {
  return {
    uncertain:
      "Lanes and salaries are the demo's illustrative table (Prince William County VA anchors), not the district's contract.",
    degrees: ['BA', 'MA', 'PhD'],
    lanes: [
      { id: 'BA', degree: 'BA', credits: 0 },
      { id: 'BA+15', degree: 'BA', credits: 15 },
      { id: 'BA+30', degree: 'BA', credits: 30 },
      { id: 'MA', degree: 'MA', credits: 0 },
      { id: 'MA+15', degree: 'MA', credits: 15 },
      { id: 'MA+30', degree: 'MA', credits: 30 },
      { id: 'PhD', degree: 'PhD', credits: 0 },
    ],
    contractYears: [
      { year: 2025, start: '2025-07-01', end: '2026-06-30', salaries: illustrativeSalaryTable(20) },
      { year: 2026, start: '2026-07-01', end: '2027-06-30', salaries: illustrativeSalaryTable(20, 2) },
    ],
    conversions: [
      {
        id: `${p}-semester`,
        description: 'Graduate semester credit = 1 lane credit',
        match: { units: ['semester_credit'] },
        value: { kind: 'factor', factor: '1' },
        citation: cite(STMA, 'Graduate semester credits count one for one.'),
        uncertain: 'Typical lane rule, not taken from this district.',
      },
      {
        id: `${p}-quarter`,
        description: 'Quarter credit = 2/3 lane credit',
        match: { units: ['quarter_credit'] },
        value: { kind: 'factor', factor: '2/3' },
        citation: cite(STMA, 'Quarter credits convert at two-thirds of a semester credit.'),
        uncertain: 'Typical lane rule, not taken from this district.',
      },
    ],
    caps: [],
    earnedAfter: {
      id: `${p}-after-hire`,
      basis: 'hire',
      citation: cite(url, 'Credits count when earned after hire.'),
      uncertain: 'Typical lane rule, not taken from this district.',
    },
    applicationWindows: [
      {
        id: `${p}-fall-window`,
        opens: '08-01',
        closes: '09-15',
        effective: '11-01',
        citation: cite(STMA, 'Applications August 1 - September 15 take effect November 1.'),
        uncertain: 'Typical window, not taken from this district.',
      },
    ],
    retroactivePay: {
      id: `${p}-no-retro`,
      allowed: false,
      citation: cite(url, 'Pay changes are not retroactive.'),
      uncertain: 'Typical rule, not taken from this district.',
    },
  };
}

function catalogMicroCredentials(p: string, url: string, text: string) {
  return {
    id: `${p}-micro-credential`,
    description:
      'An approved or verified micro-credential recorded against a catalog item (or a badge from a trusted issuer); each catalog item counts once',
    source: 'catalog' as const,
    citation: cite(url, text),
    uncertain: 'Which issuers the district accepts is not in the facts: the district catalog decides.',
  };
}

export const harmonyStipendSalarySchedule: SalaryScheduleInput = {
  id: 'harmony-stipend',
  name: 'Micro-credential stipends (modelled on Harmony Public Schools, TX)',
  citation: cite(HARMONY, 'Harmony pays $200 per micro-credential, up to 8 a year; a micro-credential counts as 15 CPE hours.'),
  ...illustrativeLanes('hy', HARMONY),
  compensation: {
    microCredentials: catalogMicroCredentials(
      'hy',
      HARMONY,
      'Micro-credentials earned through the district program count (1 = 15 CPE hours).',
    ),
    rules: [
      {
        kind: 'stipend',
        id: 'hy-stipend',
        label: 'Micro-credential stipend',
        amountCents: 20_000,
        maxPerYear: 8,
        citation: cite(HARMONY, '$200 per micro-credential, up to 8 micro-credentials a year.'),
        uncertain: `Whether "a year" is the school year or the calendar year is not stated; the schedule's contract year (July-June) is used. ${PAGE_UNCHECKED}`,
      },
    ],
  },
};

export const dysartStepsSalarySchedule: SalaryScheduleInput = {
  id: 'dysart-steps',
  name: 'Micro-credential percentage steps (modelled on Dysart Unified, AZ)',
  citation: cite(DYSART, '15 micro-credentials = +4% (one growth step); 30 = a further +4%; at least 5 a year; not combinable.'),
  ...illustrativeLanes('dy', DYSART),
  compensation: {
    microCredentials: catalogMicroCredentials(
      'dy',
      DYSART,
      'Micro-credentials completed in the district program count toward the growth steps.',
    ),
    rules: [
      {
        kind: 'count_step',
        id: 'dy-growth-steps',
        label: 'Micro-credential growth steps',
        steps: [
          { count: 15, basisPoints: 400 },
          { count: 30, basisPoints: 400 },
        ],
        rounding: 'half_up',
        minPerYear: {
          id: 'dy-min-per-year',
          count: 5,
          citation: cite(DYSART, 'At least 5 micro-credentials a year.'),
          uncertain:
            'Read as: a contract year with fewer than 5 micro-credentials does not count toward the steps (the current year counts once it reaches 5).',
        },
        notCombinableWith: ['lanes'],
        citation: cite(
          DYSART,
          '15 micro-credentials = +4% (one growth step); 30 micro-credentials = a further +4%; not combinable.',
        ),
        uncertain: `Each +4% is taken of the lane salary (not compounded), rounded half up to the cent; "not combinable" is read as: micro-credentials that count here earn no lane credit. ${PAGE_UNCHECKED}`,
      },
    ],
  },
};

/** The demo's foundational list: the district's real list is not in the facts. */
export const MUSKEGO_FOUNDATIONAL_NAMES: readonly string[] = [
  'Formative Assessment',
  'Classroom Culture',
  'Growth Mindset',
  'Feedback for Learning',
  'Differentiated Instruction',
  'Culturally Responsive Teaching',
  'Student Voice',
  'Collaborative Learning',
  'Questioning Strategies',
  'Learning Targets',
  'Data-Driven Instruction',
  'Trauma-Informed Practice',
  'Family Engagement',
  'Personalized Learning',
  'Reflective Practice',
  'Restorative Practices',
].map((topic) => `Foundational: ${topic}`);

export const muskegoEquivalencySalarySchedule: SalaryScheduleInput = {
  id: 'muskego-equivalency',
  name: "Master's equivalency by micro-credentials (modelled on Muskego-Norway, WI)",
  citation: cite(
    MUSKEGO,
    '30 micro-credentials (15 foundational from the district list plus 15 electives) = the advanced-degree pay increase.',
  ),
  ...illustrativeLanes('mn', MUSKEGO),
  compensation: {
    microCredentials: catalogMicroCredentials(
      'mn',
      MUSKEGO,
      'Micro-credentials from the district catalog count toward the equivalency.',
    ),
    sets: [
      {
        id: 'foundational',
        name: 'foundational',
        members: MUSKEGO_FOUNDATIONAL_NAMES.map((name) => ({ name })),
        citation: cite(MUSKEGO, 'Fifteen foundational micro-credentials from the district list.'),
        uncertain:
          "The district's list is not in the facts: these are the demo catalog's names; HR replaces them with the district's catalog items.",
      },
    ],
    rules: [
      {
        kind: 'equivalency',
        id: 'mn-masters-equivalency',
        label: "the master's equivalency",
        required: [{ set: 'foundational', count: 15 }],
        electives: 15,
        grantsLane: 'MA',
        citation: cite(MUSKEGO, "15 foundational plus 15 elective micro-credentials = the master's degree pay increase."),
        uncertain: `Paid as the MA lane at the same step. ${PAGE_UNCHECKED}`,
      },
    ],
  },
};

export const kettleMoraineBaseSalarySchedule: SalaryScheduleInput = {
  id: 'kettle-moraine-base',
  name: 'Base-salary increase per micro-credential (modelled on Kettle Moraine, WI)',
  citation: cite(KETTLE, 'Each micro-credential accepted after peer-panel review permanently raises base salary.'),
  ...illustrativeLanes('km', KETTLE),
  compensation: {
    microCredentials: catalogMicroCredentials('km', KETTLE, 'Micro-credentials submitted with evidence for peer-panel review.'),
    rules: [
      {
        kind: 'base_increase',
        id: 'km-base-increase',
        label: 'Micro-credential base increase',
        amountCents: 50_000,
        review: 'the peer panel',
        citation: cite(KETTLE, 'A permanent increase to base salary for each micro-credential, after peer-panel review.'),
        uncertain: `The amount per micro-credential is not in the facts: $500 is illustrative, set it to the district's figure. Approval in PD Ledger stands for the panel's acceptance. ${PAGE_UNCHECKED}`,
      },
    ],
  },
};
