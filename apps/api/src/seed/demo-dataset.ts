import { schoolYearOf } from '../common/school-year';
import { Dataset, emptyDataset } from './dataset';
import { addDays, daysBetween } from '../domain/dates';
import { addYears, Prng } from './prng';

/** Fixed ids of the demo districts, so a re-seed replaces exactly them and nothing else. */
export const DEMO_DISTRICT_IDS = {
  maplewood: '5eed0000-0000-4000-8000-000000000001',
  cedarFalls: '5eed0000-0000-4000-8000-000000000002',
} as const;

export const DEMO_PASSWORD = 'pdledger-demo';

const SEED = 20240701;

const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Emma',
  'Noah',
  'Ava',
  'Elijah',
  'Sophia',
  'Lucas',
  'Isabella',
  'Mason',
  'Mia',
  'Ethan',
  'Amelia',
  'Logan',
  'Harper',
  'Aiden',
  'Evelyn',
  'Jackson',
  'Abigail',
  'Sebastian',
  'Emily',
  'Mateo',
  'Elizabeth',
  'Jack',
  'Sofia',
  'Owen',
  'Avery',
  'Daniel',
  'Ella',
  'Henry',
  'Scarlett',
  'Samuel',
  'Grace',
  'David',
  'Chloe',
  'Joseph',
  'Victoria',
  'Carter',
  'Riley',
  'Wyatt',
  'Aria',
  'John',
  'Lily',
  'Julian',
  'Aaliyah',
  'Luke',
  'Nora',
  'Gabriel',
  'Zoey',
  'Anthony',
  'Hannah',
  'Isaac',
  'Layla',
  'Dylan',
  'Priya',
  'Andre',
  'Mei',
  'Tomás',
  'Fatima',
  'Kwame',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Nguyen',
  'Hill',
  'Flores',
  'Green',
  'Adams',
  'Nelson',
  'Baker',
  'Hall',
  'Rivera',
  'Campbell',
  'Mitchell',
  'Carter',
  'Roberts',
  'Kowalski',
  'Okafor',
  'Patel',
  'Schneider',
  'Sullivan',
];

const LANES: ReadonlyArray<readonly [lane: string, degree: string, weight: number]> = [
  ['BA', 'BA', 18],
  ['BA+15', 'BA', 12],
  ['BA+30', 'BA', 8],
  ['MA', 'MA', 25],
  ['MA+15', 'MA', 15],
  ['MA+30', 'MA', 17],
  ['PhD', 'PhD', 5],
];

const CATEGORIES = [
  'Literacy',
  'Mathematics',
  'STEM',
  'Special Education',
  'English Learners',
  'Equity',
  'Technology',
  'Safety',
  'Social-Emotional Learning',
  'Assessment',
  'Classroom Management',
  'Leadership',
];

interface IssuerSpec {
  key: string;
  name: string;
  url: string | null;
}

interface CatalogSpec {
  issuer: string;
  name: string;
  kind: string;
  competencyArea: string | null;
  stack: string | null;
  statedHours: string | null;
}

const MAPLEWOOD_ISSUERS: IssuerSpec[] = [
  { key: 'dp', name: 'Digital Promise', url: 'https://digitalpromise.org' },
  { key: 'bb', name: 'BloomBoard', url: 'https://bloomboard.com' },
  { key: 'nea', name: 'National Education Association', url: 'https://www.nea.org' },
  { key: 'state', name: 'Pennsylvania Department of Education', url: 'https://www.education.pa.gov' },
  { key: 'district', name: 'Maplewood School District', url: null },
  { key: 'psu', name: 'Pennsylvania State University', url: 'https://www.psu.edu' },
  { key: 'temple', name: 'Temple University', url: 'https://www.temple.edu' },
  { key: 'iu', name: 'Capital Area Intermediate Unit', url: 'https://www.caiu.org' },
];

const MICRO_CREDENTIALS: CatalogSpec[] = [
  {
    issuer: 'dp',
    name: 'Positive Behavioral Supports',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Classroom Management',
    stack: 'Classroom Culture',
    statedHours: '15',
  },
  {
    issuer: 'dp',
    name: 'Checking for Understanding',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Formative Assessment',
    stack: 'Assessment for Learning',
    statedHours: '15',
  },
  {
    issuer: 'dp',
    name: 'Computational Thinking: Pattern Recognition',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Computational Thinking',
    stack: 'Computational Thinking Practices',
    statedHours: '20',
  },
  {
    issuer: 'dp',
    name: 'Learner Variability: Working Memory',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Learner Variability',
    stack: 'Learner Variability',
    statedHours: '15',
  },
  {
    issuer: 'bb',
    name: 'Trauma-Informed Classroom Practices',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Social-Emotional Learning',
    stack: 'Whole Child',
    statedHours: '20',
  },
  {
    issuer: 'bb',
    name: 'Culturally Responsive Teaching',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Equity',
    stack: 'Culturally Responsive Pedagogy',
    statedHours: '25',
  },
  {
    issuer: 'bb',
    name: 'Coaching Conversations',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Instructional Coaching',
    stack: 'Teacher Leadership',
    statedHours: '20',
  },
  {
    issuer: 'nea',
    name: 'Restorative Practices in the Classroom',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Classroom Management',
    stack: 'Restorative Practices',
    statedHours: '15',
  },
  {
    issuer: 'nea',
    name: 'Family Engagement Strategies',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Family and Community Engagement',
    stack: 'Family Partnerships',
    statedHours: '15',
  },
  {
    issuer: 'nea',
    name: 'Bullying Prevention',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'School Climate',
    stack: null,
    statedHours: null,
  },
  {
    issuer: 'state',
    name: 'Structured Literacy Foundations',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Literacy',
    stack: 'Science of Reading',
    statedHours: '30',
  },
  {
    issuer: 'district',
    name: 'Maplewood Digital Learning Badge',
    kind: 'MICRO_CREDENTIAL',
    competencyArea: 'Technology Integration',
    stack: 'Maplewood Digital Learning',
    statedHours: '10',
  },
];

const COURSES: CatalogSpec[] = [
  {
    issuer: 'psu',
    name: 'EDUC 505: Differentiated Instruction',
    kind: 'COURSE',
    competencyArea: null,
    stack: null,
    statedHours: null,
  },
  {
    issuer: 'psu',
    name: 'SPLED 540: Inclusive Classrooms',
    kind: 'COURSE',
    competencyArea: null,
    stack: null,
    statedHours: null,
  },
  {
    issuer: 'temple',
    name: 'TCHL 5101: Teaching English Learners',
    kind: 'COURSE',
    competencyArea: null,
    stack: null,
    statedHours: null,
  },
  {
    issuer: 'temple',
    name: 'EDUC 5325: Data-Driven Instruction',
    kind: 'COURSE',
    competencyArea: null,
    stack: null,
    statedHours: null,
  },
];

const WORKSHOPS = [
  'Number Talks in the Elementary Classroom',
  'Data Team Protocols',
  'Google Classroom Essentials',
  'Mandated Reporter Training',
  'Writing Workshop Model',
  'Science Kits: Hands-On Inquiry',
  'IEP Goal Writing',
  'De-escalation Strategies',
  'Universal Design for Learning',
  'Reading Intervention with Fountas & Pinnell',
  'Act 48 In-Service Day',
  'Project-Based Learning Design',
];
const CONFERENCES = [
  'PA Educational Technology Expo',
  'Pennsylvania Council of Teachers of Mathematics Annual Conference',
  'PA Reading Conference',
  'NCTM Regional Conference',
];
const CEU_COURSES = [
  'Autism Spectrum Support (CEU)',
  'Youth Mental Health First Aid (CEU)',
  'Reading Specialist Update (CEU)',
  'Gifted Education Strategies (CEU)',
];
const OTHER_ACTIVITIES: Array<[title: string, activityType: string]> = [
  ['Mentoring a first-year teacher', 'MENTORING'],
  ['Presenting at the district in-service day', 'PRESENTING'],
  ['Action research: small-group reading', 'ACTION_RESEARCH'],
  ['Professional book study: The Reading Mind', 'INDEPENDENT_STUDY'],
];

interface DemoAccountSpec {
  email: string;
  role: 'HR_ADMIN' | 'PRINCIPAL' | 'TEACHER' | 'ASSESSOR';
  displayName: string;
}

export interface DemoDatasetOptions {
  today: string;
  /** One argon2id hash per demo account email. */
  passwordHashes: ReadonlyMap<string, string>;
}

export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
  { email: 'hr@maplewood.example.org', role: 'HR_ADMIN', displayName: 'Dana Whitfield' },
  { email: 'principal@maplewood.example.org', role: 'PRINCIPAL', displayName: 'Robert Okafor' },
  { email: 'teacher@maplewood.example.org', role: 'TEACHER', displayName: 'Maria Alvarez' },
  { email: 'principal2@maplewood.example.org', role: 'PRINCIPAL', displayName: 'Linda Park' },
  { email: 'teacher2@maplewood.example.org', role: 'TEACHER', displayName: 'James Chen' },
  { email: 'assessor@maplewood.example.org', role: 'ASSESSOR', displayName: 'Priya Raman' },
  { email: 'assessor2@maplewood.example.org', role: 'ASSESSOR', displayName: 'Tom Becker' },
  { email: 'assessor3@maplewood.example.org', role: 'ASSESSOR', displayName: 'Ana Souza' },
  { email: 'hr@cedarfalls.example.org', role: 'HR_ADMIN', displayName: 'Marcus Bell' },
  { email: 'teacher@cedarfalls.example.org', role: 'TEACHER', displayName: 'Grace Holloway' },
];

interface DistrictPlan {
  id: string;
  name: string;
  stateCode: string;
  domain: string;
  schools: Array<{ name: string; staff: number }>;
  licenseTypes: string[];
  /** Renewal cycle length in years. */
  cycleYears: number;
  recordsPerEducator: [number, number];
  issuers: IssuerSpec[];
  catalog: CatalogSpec[];
}

/**
 * Builds the demo data: Maplewood School District (PA, 6 schools, ~300 educators, ~3,000 PD
 * records over the two previous school years and the current one up to today) and Cedar Falls
 * School District (TN, a small second tenant to show isolation). Deterministic for a given today.
 */
export function buildDemoDataset(options: DemoDatasetOptions): Dataset {
  const prng = new Prng(SEED);
  const data = emptyDataset();
  const today = options.today;
  const firstDay = `${schoolYearOf(today) - 2}-07-01`;

  const maplewood: DistrictPlan = {
    id: DEMO_DISTRICT_IDS.maplewood,
    name: 'Maplewood School District',
    stateCode: 'PA',
    domain: 'maplewood.example.org',
    schools: [
      { name: 'Lincoln Elementary', staff: 42 },
      { name: 'Roosevelt Elementary', staff: 40 },
      { name: 'Jefferson Elementary', staff: 38 },
      { name: 'Washington Middle School', staff: 52 },
      { name: 'Madison Middle School', staff: 48 },
      { name: 'Maplewood High School', staff: 80 },
    ],
    licenseTypes: ['Instructional I', 'Instructional II', 'Instructional II', 'Educational Specialist I'],
    cycleYears: 5,
    recordsPerEducator: [5, 15],
    issuers: MAPLEWOOD_ISSUERS,
    catalog: [...MICRO_CREDENTIALS, ...COURSES],
  };
  const cedarFalls: DistrictPlan = {
    id: DEMO_DISTRICT_IDS.cedarFalls,
    name: 'Cedar Falls School District',
    stateCode: 'TN',
    domain: 'cedarfalls.example.org',
    schools: [
      { name: 'Cedar Falls Elementary', staff: 10 },
      { name: 'Cedar Falls High School', staff: 10 },
    ],
    licenseTypes: ['Practitioner Teacher License', 'Professional Teacher License'],
    cycleYears: 6,
    recordsPerEducator: [3, 9],
    issuers: [
      { key: 'dp', name: 'Digital Promise', url: 'https://digitalpromise.org' },
      { key: 'state', name: 'Tennessee Department of Education', url: 'https://www.tn.gov/education' },
      { key: 'district', name: 'Cedar Falls School District', url: null },
      { key: 'psu', name: 'University of Tennessee', url: 'https://www.utk.edu' },
    ],
    catalog: [
      MICRO_CREDENTIALS[0],
      MICRO_CREDENTIALS[1],
      MICRO_CREDENTIALS[3],
      {
        issuer: 'state',
        name: 'Tennessee Foundational Literacy Skills',
        kind: 'MICRO_CREDENTIAL',
        competencyArea: 'Literacy',
        stack: 'Reading 360',
        statedHours: '30',
      },
      {
        issuer: 'psu',
        name: 'ELPS 560: Instructional Leadership',
        kind: 'COURSE',
        competencyArea: null,
        stack: null,
        statedHours: null,
      },
    ],
  };

  for (const plan of [maplewood, cedarFalls]) {
    data.districts.push([plan.id, plan.name, plan.stateCode]);
    const schoolIds = plan.schools.map((school) => {
      const id = prng.uuid();
      data.schools.push([id, plan.id, school.name]);
      return id;
    });
    const issuerIds = new Map(plan.issuers.map((issuer) => [issuer.key, prng.uuid()] as const));
    for (const issuer of plan.issuers) data.issuers.push([issuerIds.get(issuer.key)!, plan.id, issuer.name, issuer.url]);
    const catalog = plan.catalog.map((item) => {
      const id = prng.uuid();
      data.catalogItems.push([
        id,
        plan.id,
        issuerIds.get(item.issuer)!,
        item.name,
        item.kind,
        item.competencyArea,
        item.stack,
        item.statedHours,
      ]);
      return { ...item, id };
    });

    const usedEmails = new Set<string>();
    const educatorsBySchool: string[][] = schoolIds.map(() => []);
    const namedEducators = new Map<string, string>();
    plan.schools.forEach((school, schoolIndex) => {
      for (let n = 0; n < school.staff; n++) {
        const educatorId = prng.uuid();
        let [first, last] = [prng.pick(FIRST_NAMES), prng.pick(LAST_NAMES)];
        // The demo accounts' educators: the first educator of a school gets a fixed name.
        const fixedName = n === 0 ? fixedEducatorName(plan.id, school.name) : undefined;
        if (fixedName) [first, last] = fixedName;
        let email = `${slug(first)}.${slug(last)}@${plan.domain}`;
        for (let suffix = 2; usedEmails.has(email); suffix++) email = `${slug(first)}.${slug(last)}${suffix}@${plan.domain}`;
        usedEmails.add(email);
        if (fixedName) namedEducators.set(`${first} ${last}`, educatorId);

        const years = prng.int(0, 28);
        const hireDate = addDays(`${Number(today.slice(0, 4)) - years}-08-15`, prng.int(-20, 20));
        const picked = prng.weighted(LANES.map(([l, d, w]) => [[l, d] as const, w] as const));
        // The demo accounts' educators sit in a lane with a next one, so lane progress has something to show.
        const [lane, degree] = fixedName ? (['MA', 'MA'] as const) : picked;
        const step = Math.min(years + 1, 15);
        data.educators.push([
          educatorId,
          plan.id,
          first,
          last,
          email,
          String(prng.int(1_000_000, 9_999_999)),
          hireDate,
          degree,
          lane,
          step,
        ]);
        data.educatorSchools.push([plan.id, educatorId, schoolIds[schoolIndex]]);
        educatorsBySchool[schoolIndex].push(educatorId);
        // Specialists (music, speech, ELL) often split time between two schools.
        if (schoolIds.length > 1 && n > 0 && prng.chance(0.05)) {
          const other = (schoolIndex + prng.int(1, schoolIds.length - 1)) % schoolIds.length;
          data.educatorSchools.push([plan.id, educatorId, schoolIds[other]]);
        }

        // Renewal cycles end in different years: each educator is somewhere in their cycle.
        const cycleStart = addDays(today, -prng.int(0, plan.cycleYears * 365 - 30));
        const cycleEnd = addDays(addYears(cycleStart, plan.cycleYears), -1);
        data.licenses.push([
          prng.uuid(),
          plan.id,
          educatorId,
          plan.stateCode,
          prng.pick(plan.licenseTypes),
          String(prng.int(100_000, 999_999)),
          hireDate < cycleStart ? hireDate : cycleStart,
          cycleStart,
          cycleEnd,
        ]);

        const recordCount = prng.int(plan.recordsPerEducator[0], plan.recordsPerEducator[1]);
        for (let r = 0; r < recordCount; r++) {
          const completedOn = addDays(firstDay, prng.int(0, daysBetween(firstDay, today)));
          data.pdRecords.push(
            makeRecord(prng, plan.id, educatorId, completedOn, today, catalog, fixedName !== undefined && r < 2),
          );
        }
      }
    });

    addAccounts(data, plan, schoolIds, namedEducators, options.passwordHashes, prng);
  }
  return data;
}

function fixedEducatorName(districtId: string, schoolName: string): [string, string] | undefined {
  if (districtId === DEMO_DISTRICT_IDS.maplewood && schoolName === 'Lincoln Elementary') return ['Maria', 'Alvarez'];
  if (districtId === DEMO_DISTRICT_IDS.maplewood && schoolName === 'Washington Middle School') return ['James', 'Chen'];
  if (districtId === DEMO_DISTRICT_IDS.cedarFalls && schoolName === 'Cedar Falls Elementary') return ['Grace', 'Holloway'];
  return undefined;
}

function addAccounts(
  data: Dataset,
  plan: DistrictPlan,
  schoolIds: string[],
  namedEducators: Map<string, string>,
  passwordHashes: ReadonlyMap<string, string>,
  prng: Prng,
): void {
  for (const account of DEMO_ACCOUNTS.filter((a) => a.email.endsWith(`@${plan.domain}`))) {
    const id = prng.uuid();
    const hash = passwordHashes.get(account.email);
    if (!hash) throw new Error(`No password hash for ${account.email}`);
    const educatorId = account.role === 'TEACHER' ? (namedEducators.get(account.displayName) ?? null) : null;
    data.accounts.push([id, plan.id, account.email, hash, account.role, account.displayName, educatorId, false]);
    if (account.role === 'PRINCIPAL') {
      const schoolName = account.email.startsWith('principal2') ? 'Washington Middle School' : 'Lincoln Elementary';
      data.accountSchools.push([plan.id, id, schoolIds[plan.schools.findIndex((s) => s.name === schoolName)]]);
    }
  }
}

type CatalogEntry = CatalogSpec & { id: string };

function makeRecord(
  prng: Prng,
  districtId: string,
  educatorId: string,
  completedOn: string,
  today: string,
  catalog: CatalogEntry[],
  forcePending: boolean,
): Dataset['pdRecords'][number] {
  const kind = prng.weighted([
    ['WORKSHOP', 40],
    ['MICRO_CREDENTIAL', 20],
    ['COURSE', 10],
    ['CEU', 8],
    ['CONFERENCE', 10],
    ['QUARTER', 2],
    ['OTHER', 10],
  ] as const);
  const categories = [prng.pick(CATEGORIES), ...(prng.chance(0.3) ? [prng.pick(CATEGORIES)] : [])].filter(
    (value, index, all) => all.indexOf(value) === index,
  );
  let title: string;
  let activityType: string;
  let amount: string;
  let unit: string;
  let catalogItemId: string | null = null;
  let evidenceUrl: string | null = null;
  let source = 'DISTRICT_IMPORT';
  switch (kind) {
    case 'MICRO_CREDENTIAL': {
      const items = catalog.filter((item) => item.kind === 'MICRO_CREDENTIAL');
      const item = prng.pick(items);
      [title, activityType, amount, unit, catalogItemId] = [item.name, 'MICRO_CREDENTIAL', '1', 'MICRO_CREDENTIAL', item.id];
      evidenceUrl = `https://badges.example.org/assertions/${prng.uuid()}`;
      source = 'OPEN_BADGES';
      if (item.competencyArea) categories.splice(0, categories.length, item.competencyArea);
      break;
    }
    case 'COURSE': {
      const item = prng.pick(catalog.filter((entry) => entry.kind === 'COURSE'));
      [title, activityType, amount, unit, catalogItemId] = [item.name, 'COURSE', '3', 'SEMESTER_CREDIT', item.id];
      evidenceUrl = prng.chance(0.7) ? `https://transcripts.example.org/${prng.uuid()}` : null;
      break;
    }
    case 'QUARTER':
      [title, activityType, amount, unit] = [
        'Graduate seminar: Assessment Literacy',
        'COURSE',
        String(prng.int(2, 4)),
        'QUARTER_CREDIT',
      ];
      break;
    case 'CEU':
      [title, activityType, amount, unit] = [
        prng.pick(CEU_COURSES),
        'WORKSHOP',
        prng.pick(['0.5', '0.6', '1.0', '1.5', '2.0', '3.0']),
        'CEU',
      ];
      break;
    case 'CONFERENCE':
      [title, activityType, amount, unit] = [prng.pick(CONFERENCES), 'CONFERENCE', String(prng.int(6, 14)), 'CLOCK_HOUR'];
      break;
    case 'OTHER': {
      const [otherTitle, otherType] = prng.pick(OTHER_ACTIVITIES);
      [title, activityType, amount, unit] = [otherTitle, otherType, String(prng.int(2, 20)), 'CLOCK_HOUR'];
      source = 'SELF_REPORTED';
      break;
    }
    default:
      [title, activityType, amount, unit] = [
        prng.pick(WORKSHOPS),
        'WORKSHOP',
        prng.pick(['1', '1.5', '2', '3', '3.5', '6']),
        'CLOCK_HOUR',
      ];
  }

  // Recent self-reported work may still be waiting for review; a few older ones were rejected.
  let status = source === 'OPEN_BADGES' ? 'VERIFIED' : 'APPROVED';
  let feedback: string | null = null;
  if (forcePending || (daysBetween(completedOn, today) < 45 && prng.chance(0.06))) {
    status = 'SUBMITTED';
    source = 'SELF_REPORTED';
  } else if (prng.chance(0.02)) {
    status = 'REJECTED';
    feedback = 'Please attach the certificate of completion showing the hours.';
    source = 'SELF_REPORTED';
  }
  return [
    prng.uuid(),
    districtId,
    educatorId,
    catalogItemId,
    title,
    activityType,
    amount,
    unit,
    completedOn,
    categories,
    evidenceUrl,
    status,
    feedback,
    source,
  ];
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
