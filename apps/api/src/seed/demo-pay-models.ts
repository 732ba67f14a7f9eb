import { MUSKEGO_FOUNDATIONAL_NAMES } from '@pd-ledger/credit-rules';
import { schoolYearOf } from '../common/school-year';
import { addDays, daysBetween } from '../domain/dates';
import { Dataset, emptyDataset } from './dataset';
import { Prng } from './prng';

/**
 * Four small demo districts, one per way of paying for micro-credentials (the salary-schedule
 * presets modelled on Harmony TX, Dysart AZ, Muskego-Norway WI and Kettle Moraine WI). Each has an
 * HR admin and a teacher whose next pay change shows on her home, three colleagues for HR's
 * compensation report, and micro-credentials from the district catalog dated relative to today.
 */
export const PAY_MODEL_DISTRICTS = [
  {
    id: '5eed0000-0000-4000-8000-000000000003',
    name: 'Pecan Grove Schools',
    stateCode: 'TX',
    domain: 'pecangrove.example.org',
    presetId: 'harmony-stipend',
    teacher: ['Rosa', 'Delgado'],
  },
  {
    id: '5eed0000-0000-4000-8000-000000000004',
    name: 'Saguaro Unified School District',
    stateCode: 'AZ',
    domain: 'saguaro.example.org',
    presetId: 'dysart-steps',
    teacher: ['Hannah', 'Brooks'],
  },
  {
    id: '5eed0000-0000-4000-8000-000000000005',
    name: 'Lakeshore School District',
    stateCode: 'WI',
    domain: 'lakeshore.example.org',
    presetId: 'muskego-equivalency',
    teacher: ['Emma', 'Lindqvist'],
  },
  {
    id: '5eed0000-0000-4000-8000-000000000006',
    name: 'Glacier Hills School District',
    stateCode: 'WI',
    domain: 'glacierhills.example.org',
    presetId: 'kettle-moraine-base',
    teacher: ['Olivia', 'Novak'],
  },
] as const;

export const PAY_MODEL_ACCOUNTS = PAY_MODEL_DISTRICTS.flatMap((d) => [
  { email: `hr@${d.domain}`, role: 'HR_ADMIN' as const, displayName: `${d.name} HR` },
  { email: `teacher@${d.domain}`, role: 'TEACHER' as const, displayName: `${d.teacher[0]} ${d.teacher[1]}` },
]);

const ELECTIVES = [
  'Project-Based Learning',
  'Computational Thinking',
  'Digital Citizenship',
  'Mathematical Discourse',
  'Science Inquiry',
  'Close Reading',
  'Academic Vocabulary',
  'Student Goal Setting',
  'Co-Teaching',
  'Blended Learning',
  'Social-Emotional Learning',
  'Inclusive Classrooms',
  'English Learner Scaffolds',
  'Assessment Design',
  'Peer Coaching',
  'Parent Communication',
  'Universal Design for Learning',
  'Writing Conferences',
  'Media Literacy',
  'Civic Discourse',
];

/** Micro-credentials per person: [earned last contract year, this contract year (approved), submitted]. */
type Plan = {
  lane: string;
  degree: string;
  step: number;
  lastYear: number;
  thisYear: number;
  submitted: number;
  foundational?: number;
};

/** The teacher first, then three colleagues; the comments give what each sees (worked in the presets' specs). */
const PLANS: Record<(typeof PAY_MODEL_DISTRICTS)[number]['presetId'], Plan[]> = {
  // $200 each, at most 8 a year: the teacher has 3 this year ($600; the next pays +$200), one waiting.
  'harmony-stipend': [
    { lane: 'BA', degree: 'BA', step: 5, lastYear: 6, thisYear: 3, submitted: 1 },
    { lane: 'BA+15', degree: 'BA', step: 8, lastYear: 2, thisYear: 9, submitted: 0 },
    { lane: 'MA', degree: 'MA', step: 3, lastYear: 0, thisYear: 2, submitted: 0 },
    { lane: 'BA', degree: 'BA', step: 2, lastYear: 1, thisYear: 0, submitted: 0 },
  ],
  // 15 = +4%, at least 5 a year: the teacher has 10 last year and 3 so far: 2 more reach +4%.
  'dysart-steps': [
    { lane: 'BA', degree: 'BA', step: 5, lastYear: 10, thisYear: 3, submitted: 0 },
    { lane: 'BA+15', degree: 'BA', step: 9, lastYear: 15, thisYear: 0, submitted: 0 },
    { lane: 'MA', degree: 'MA', step: 4, lastYear: 8, thisYear: 7, submitted: 0 },
    { lane: 'BA', degree: 'BA', step: 3, lastYear: 3, thisYear: 0, submitted: 0 },
  ],
  // 15 foundational + 15 electives = the MA lane: the teacher has 14 foundational and 15 electives.
  'muskego-equivalency': [
    { lane: 'BA+15', degree: 'BA', step: 5, lastYear: 20, thisYear: 9, submitted: 0, foundational: 14 },
    { lane: 'BA', degree: 'BA', step: 7, lastYear: 20, thisYear: 10, submitted: 0, foundational: 15 },
    { lane: 'BA+30', degree: 'BA', step: 6, lastYear: 5, thisYear: 3, submitted: 0, foundational: 5 },
    { lane: 'MA', degree: 'MA', step: 4, lastYear: 2, thisYear: 0, submitted: 0, foundational: 2 },
  ],
  // +$500 a year per micro-credential the peer panel accepts: the teacher has 3 accepted, 1 waiting.
  'kettle-moraine-base': [
    { lane: 'BA', degree: 'BA', step: 5, lastYear: 2, thisYear: 1, submitted: 1 },
    { lane: 'MA', degree: 'MA', step: 10, lastYear: 3, thisYear: 2, submitted: 0 },
    { lane: 'BA+15', degree: 'BA', step: 4, lastYear: 1, thisYear: 0, submitted: 0 },
    { lane: 'BA', degree: 'BA', step: 1, lastYear: 0, thisYear: 0, submitted: 0 },
  ],
};

const COLLEAGUES: Array<[string, string]> = [
  ['Daniel', 'Okafor'],
  ['Priya', 'Raman'],
  ['Samuel', 'Whitaker'],
];

export interface PayModelDatasetOptions {
  today: string;
  passwordHashes: ReadonlyMap<string, string>;
}

/** The four pay-model districts' rows (deterministic for a given today). */
export function buildPayModelDataset(options: PayModelDatasetOptions): Dataset {
  const prng = new Prng(20261201);
  const data = emptyDataset();
  const { today } = options;
  const thisYearStart = `${schoolYearOf(today)}-07-01`;
  const lastYearStart = `${schoolYearOf(today) - 1}-07-01`;
  const daysSoFar = Math.max(0, daysBetween(thisYearStart, today));
  for (const district of PAY_MODEL_DISTRICTS) {
    data.districts.push([district.id, district.name, district.stateCode]);
    const schoolId = prng.uuid();
    data.schools.push([schoolId, district.id, `${district.name.split(' ')[0]} Elementary`]);
    const issuerId = prng.uuid();
    data.issuers.push([issuerId, district.id, 'Digital Promise', 'https://digitalpromise.org']);
    const foundational = district.presetId === 'muskego-equivalency' ? MUSKEGO_FOUNDATIONAL_NAMES : [];
    const catalog = [...foundational, ...ELECTIVES.map((topic) => `Micro-credential: ${topic}`)].map((name) => {
      const id = prng.uuid();
      data.catalogItems.push([id, district.id, issuerId, name, 'MICRO_CREDENTIAL', null, null, '15']);
      return { id, name, foundational: foundational.includes(name) };
    });
    PLANS[district.presetId].forEach((plan, index) => {
      const educatorId = prng.uuid();
      const [first, last] = index === 0 ? district.teacher : COLLEAGUES[index - 1]!;
      const email =
        index === 0 ? `teacher@${district.domain}` : `${first.toLowerCase()}.${last.toLowerCase()}@${district.domain}`;
      data.educators.push([educatorId, district.id, first, last, email, null, '2015-08-01', plan.degree, plan.lane, plan.step]);
      data.educatorSchools.push([district.id, educatorId, schoolId]);
      // Foundational items first (when the model has a set), then electives; each catalog item once.
      const wantedFoundational = plan.foundational ?? 0;
      const items = [
        ...catalog.filter((c) => c.foundational).slice(0, wantedFoundational),
        ...catalog.filter((c) => !c.foundational),
      ];
      let next = 0;
      const add = (completedOn: string, status: 'VERIFIED' | 'SUBMITTED') => {
        const item = items[next++ % items.length]!;
        data.pdRecords.push([
          prng.uuid(),
          district.id,
          educatorId,
          item.id,
          item.name,
          'MICRO_CREDENTIAL',
          '1',
          'MICRO_CREDENTIAL',
          completedOn,
          [],
          `https://badges.example.org/assertions/${prng.uuid()}`,
          status,
          null,
          status === 'VERIFIED' ? 'OPEN_BADGES' : 'SELF_REPORTED',
        ]);
      };
      for (let k = 0; k < plan.lastYear; k++) add(addDays(lastYearStart, 10 + k * 9), 'VERIFIED');
      for (let k = 0; k < plan.thisYear; k++)
        add(addDays(thisYearStart, Math.floor(((k + 1) * daysSoFar) / (plan.thisYear + plan.submitted + 1))), 'VERIFIED');
      for (let k = 0; k < plan.submitted; k++) add(today, 'SUBMITTED');
    });
    for (const account of PAY_MODEL_ACCOUNTS.filter((a) => a.email.endsWith(`@${district.domain}`))) {
      const hash = options.passwordHashes.get(account.email);
      if (!hash) throw new Error(`No password hash for ${account.email}`);
      const educatorId =
        account.role === 'TEACHER' ? data.educators.find((e) => e[1] === district.id && e[4] === account.email)![0] : null;
      data.accounts.push([prng.uuid(), district.id, account.email, hash, account.role, account.displayName, educatorId, false]);
    }
  }
  return data;
}
