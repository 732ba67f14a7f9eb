import { randomUUID } from 'node:crypto';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { errorCode, GraphQLClient, GraphQLResponse } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Every query and mutation x every kind of caller. "Allowed" calls must succeed and return only
 * data the caller may see; denied calls must fail with the expected code and return no data.
 * Targets (ids) always belong to teacher A / school A of district 1.
 */
type Actor = 'anonymous' | 'teacher' | 'teacherOtherSchool' | 'principal' | 'principalOtherSchool' | 'hr' | 'hrOtherDistrict';
const ACTORS: Actor[] = ['anonymous', 'teacher', 'teacherOtherSchool', 'principal', 'principalOtherSchool', 'hr', 'hrOtherDistrict'];

type Expectation = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface Operation {
  name: string;
  run(client: GraphQLClient, world: World): Promise<GraphQLResponse>;
  expect: Record<Actor, Expectation>;
  /** Signs in afresh for this operation (it changes or ends the session). */
  freshSession?: boolean;
  /** For allowed calls: what the data must (not) contain. */
  check?(response: GraphQLResponse, actor: Actor, world: World): void;
}

interface World {
  d1: DistrictFixture;
  d2: DistrictFixture;
}

const EVERYONE_SIGNED_IN: Record<Actor, Expectation> = {
  anonymous: 'UNAUTHENTICATED', teacher: 'allowed', teacherOtherSchool: 'allowed', principal: 'allowed',
  principalOtherSchool: 'allowed', hr: 'allowed', hrOtherDistrict: 'allowed',
};

const schoolYear = schoolYearOf(todayIsoDate()) - 1;

const operations: Operation[] = [
  {
    name: 'me',
    run: (c) => c.request(`{ me { accountId role district { id } schools { id } educator { id } } }`),
    expect: { ...EVERYONE_SIGNED_IN, anonymous: 'allowed' },
    check: (response, actor) => {
      const me = (response.data as { me: { district: { id: string } } | null }).me;
      if (actor === 'anonymous') expect(me).toBeNull();
      else expect(me).not.toBeNull();
    },
  },
  {
    name: 'educator(id)',
    run: (c, w) =>
      c.request(`query($id: ID!) { educator(id: $id) { id fullName pdRecords { id } pdTotals(schoolYear: ${schoolYear}) { recordCount } licenses { id } schools { id } } }`, {
        id: w.d1.educators.teacherA,
      }),
    expect: {
      anonymous: 'UNAUTHENTICATED', teacher: 'allowed', teacherOtherSchool: 'NOT_FOUND', principal: 'allowed',
      principalOtherSchool: 'NOT_FOUND', hr: 'allowed', hrOtherDistrict: 'NOT_FOUND',
    },
    check: (response, _actor, w) => {
      const educator = (response.data as { educator: { id: string; pdRecords: unknown[]; pdTotals: { recordCount: number } } }).educator;
      expect(educator.id).toBe(w.d1.educators.teacherA);
      expect(educator.pdRecords).toHaveLength(4);
      expect(educator.pdTotals.recordCount).toBe(3);
    },
  },
  {
    name: 'myPdRecords',
    run: (c) => c.request(`{ myPdRecords { id educator { id } } }`),
    expect: {
      anonymous: 'UNAUTHENTICATED', teacher: 'allowed', teacherOtherSchool: 'allowed', principal: 'FORBIDDEN',
      principalOtherSchool: 'FORBIDDEN', hr: 'FORBIDDEN', hrOtherDistrict: 'FORBIDDEN',
    },
    check: (response, actor, w) => {
      const ids = (response.data as { myPdRecords: Array<{ id: string }> }).myPdRecords.map((r) => r.id).sort();
      const own = actor === 'teacher' ? w.d1.records.teacherA : w.d1.records.teacherB;
      expect(ids).toEqual([...own].sort());
    },
  },
  {
    name: 'schools',
    run: (c) => c.request(`{ schools { id staffCount pdSummary(schoolYear: ${schoolYear}) { recordCount } } }`),
    expect: {
      anonymous: 'UNAUTHENTICATED', teacher: 'FORBIDDEN', teacherOtherSchool: 'FORBIDDEN', principal: 'allowed',
      principalOtherSchool: 'allowed', hr: 'allowed', hrOtherDistrict: 'allowed',
    },
    check: (response, actor, w) => {
      const ids = (response.data as { schools: Array<{ id: string }> }).schools.map((s) => s.id).sort();
      const expected: Partial<Record<Actor, string[]>> = {
        principal: [w.d1.schoolA],
        principalOtherSchool: [w.d1.schoolB],
        hr: [w.d1.schoolA, w.d1.schoolB].sort(),
        hrOtherDistrict: [w.d2.schoolA, w.d2.schoolB].sort(),
      };
      expect(ids).toEqual(expected[actor]);
    },
  },
  {
    name: 'staff(schoolId)',
    run: (c, w) =>
      c.request(`query($schoolId: ID) { staff(schoolId: $schoolId, schoolYear: ${schoolYear}) { totalCount rows { educator { id pdRecords { id } } } } }`, {
        schoolId: w.d1.schoolA,
      }),
    expect: {
      anonymous: 'UNAUTHENTICATED', teacher: 'FORBIDDEN', teacherOtherSchool: 'FORBIDDEN', principal: 'allowed',
      principalOtherSchool: 'NOT_FOUND', hr: 'allowed', hrOtherDistrict: 'NOT_FOUND',
    },
    check: (response, _actor, w) => {
      const page = (response.data as { staff: { totalCount: number; rows: Array<{ educator: { id: string } }> } }).staff;
      expect(page.totalCount).toBe(2);
      expect(page.rows.map((r) => r.educator.id).sort()).toEqual([w.d1.educators.teacherA, w.d1.educators.colleagueA].sort());
    },
  },
  {
    name: 'staff (no school filter)',
    run: (c) => c.request(`{ staff { totalCount rows { educator { id } } } }`),
    expect: {
      anonymous: 'UNAUTHENTICATED', teacher: 'FORBIDDEN', teacherOtherSchool: 'FORBIDDEN', principal: 'allowed',
      principalOtherSchool: 'allowed', hr: 'allowed', hrOtherDistrict: 'allowed',
    },
    check: (response, actor, w) => {
      const ids = (response.data as { staff: { rows: Array<{ educator: { id: string } }> } }).staff.rows.map((r) => r.educator.id).sort();
      const { teacherA, teacherB, colleagueA } = w.d1.educators;
      const expected: Partial<Record<Actor, string[]>> = {
        principal: [teacherA, colleagueA].sort(),
        principalOtherSchool: [teacherB],
        hr: [teacherA, teacherB, colleagueA].sort(),
        hrOtherDistrict: Object.values(w.d2.educators).sort(),
      };
      expect(ids).toEqual(expected[actor]);
    },
  },
  {
    name: 'pdHoursByMonth(schoolId)',
    run: (c, w) =>
      c.request(`query($schoolId: ID) { pdHoursByMonth(schoolId: $schoolId, schoolYear: ${schoolYear}) { month hourEquivalents } }`, {
        schoolId: w.d1.schoolA,
      }),
    expect: {
      anonymous: 'UNAUTHENTICATED', teacher: 'FORBIDDEN', teacherOtherSchool: 'FORBIDDEN', principal: 'allowed',
      principalOtherSchool: 'NOT_FOUND', hr: 'allowed', hrOtherDistrict: 'NOT_FOUND',
    },
    check: (response) => {
      const months = (response.data as { pdHoursByMonth: Array<{ hourEquivalents: string }> }).pdHoursByMonth;
      expect(months).toHaveLength(12);
      // 3 clock hours + 1 semester credit (15) + a micro-credential stated at 15 hours.
      expect(months.reduce((sum, m) => sum + Number(m.hourEquivalents), 0)).toBe(33);
    },
  },
  {
    name: 'signIn',
    run: (c, w) => c.signIn(w.d1.accounts.teacherA.email, TEST_PASSWORD),
    freshSession: true,
    expect: { ...EVERYONE_SIGNED_IN, anonymous: 'allowed' },
  },
  {
    name: 'submitPdRecord',
    run: (c) =>
      c.request(`mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id status educator { id } } }`, {
        input: { title: 'Matrix workshop', activityType: 'WORKSHOP', amount: '1', unit: 'CLOCK_HOUR', completedOn: '2024-01-10' },
      }),
    expect: {
      anonymous: 'UNAUTHENTICATED', teacher: 'allowed', teacherOtherSchool: 'allowed', principal: 'FORBIDDEN',
      principalOtherSchool: 'FORBIDDEN', hr: 'FORBIDDEN', hrOtherDistrict: 'FORBIDDEN',
    },
    check: (response, actor, w) => {
      const record = (response.data as { submitPdRecord: { status: string; educator: { id: string } } }).submitPdRecord;
      expect(record.status).toBe('SUBMITTED');
      expect(record.educator.id).toBe(actor === 'teacher' ? w.d1.educators.teacherA : w.d1.educators.teacherB);
    },
  },
  {
    name: 'signOut',
    run: (c) => c.request(`mutation { signOut }`),
    freshSession: true,
    expect: EVERYONE_SIGNED_IN,
  },
];

describe('authorization matrix', () => {
  let testApp: TestApp;
  let world: World;
  const clients = new Map<Actor, GraphQLClient>();

  beforeAll(async () => {
    testApp = await startTestApp();
    world = {
      d1: await createDistrict(testApp.dataSource, { schoolYear }),
      d2: await createDistrict(testApp.dataSource, { schoolYear }),
    };
  });

  afterAll(() => testApp.close());

  async function signInAll(): Promise<Map<Actor, GraphQLClient>> {
    const signedIn = new Map<Actor, GraphQLClient>();
    const emails: Record<Exclude<Actor, 'anonymous'>, string> = {
      teacher: world.d1.accounts.teacherA.email,
      teacherOtherSchool: world.d1.accounts.teacherB.email,
      principal: world.d1.accounts.principalA.email,
      principalOtherSchool: world.d1.accounts.principalB.email,
      hr: world.d1.accounts.hr.email,
      hrOtherDistrict: world.d2.accounts.hr.email,
    };
    signedIn.set('anonymous', new GraphQLClient(testApp.baseUrl));
    for (const [actor, email] of Object.entries(emails) as Array<[Actor, string]>) {
      const client = new GraphQLClient(testApp.baseUrl);
      const response = await client.signIn(email, TEST_PASSWORD);
      expect(response.errors).toBeUndefined();
      signedIn.set(actor, client);
    }
    return signedIn;
  }

  beforeAll(async () => {
    for (const [actor, client] of await signInAll()) clients.set(actor, client);
  });

  const cases = operations.flatMap((operation) => ACTORS.map((actor) => [operation.name, actor, operation.expect[actor], operation] as const));

  it.each(cases)('%s as %s -> %s', async (_name, actor, expected, operation) => {
    const countBefore = await pdRecordCount(testApp, world);
    // Sessions that the operation may end are made for it alone, so rows stay independent.
    const client = operation.freshSession ? (await signInAll()).get(actor)! : clients.get(actor)!;
    const response = await operation.run(client, world);
    if (expected === 'allowed') {
      expect(response.errors).toBeUndefined();
      operation.check?.(response, actor, world);
    } else {
      expect(errorCode(response)).toBe(expected);
      // Denied: no data at all, and nothing changed.
      expect(response.data ?? null).toBeNull();
      expect(await pdRecordCount(testApp, world)).toBe(countBefore);
    }
  });

  it('never leaks another school’s records through nested fields', async () => {
    const principalB = clients.get('principalOtherSchool')!;
    const response = await principalB.request(`{ staff { rows { educator { id pdRecords { id educator { id } } } } } }`);
    const seen = JSON.stringify(response.data);
    for (const recordId of world.d1.records.teacherA) expect(seen).not.toContain(recordId);
  });

  it('answers NOT_FOUND for ids that do not exist, exactly as for ids of others', async () => {
    const response = await clients.get('hr')!.request(`query($id: ID!) { educator(id: $id) { id } }`, { id: randomUUID() });
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(response.data).toBeNull();
  });

  it('rejects another district’s catalog item on submission', async () => {
    const response = await clients.get('teacher')!.request(
      `mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id } }`,
      {
        input: {
          title: 'Borrowed credential', activityType: 'MICRO_CREDENTIAL', amount: '1', unit: 'MICRO_CREDENTIAL',
          completedOn: '2024-01-10', catalogItemId: world.d2.catalogItemId,
        },
      },
    );
    expect(errorCode(response)).toBe('NOT_FOUND');
  });

  it('denies school figures to a principal of another school when reached through an educator', async () => {
    const response = await clients.get('principal')!.request(`{ me { schools { id staffCount } } }`);
    expect(response.errors).toBeUndefined();
    const other = await clients.get('teacher')!.request(`{ me { schools { id staffCount } } }`);
    expect(errorCode(other)).toBe('FORBIDDEN');
  });
});

async function pdRecordCount(testApp: TestApp, world: World): Promise<number> {
  const [{ count }] = (await testApp.dataSource.query(`SELECT count(*)::int AS count FROM pd_record WHERE district_id = ANY($1::uuid[])`, [
    [world.d1.districtId, world.d2.districtId],
  ])) as Array<{ count: number }>;
  return count;
}
