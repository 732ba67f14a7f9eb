import { randomUUID } from 'node:crypto';
import type { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { runInDistrict } from '../database/database-scope';
import { addDays } from '../domain/dates';
import { dashboardOperation } from '../testing/dashboard-operations';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient, GraphQLResponse } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { StoredResponses, UNCOUNTED_TABLES } from './stored-responses';

/*
 * The API over HTTP, as the dashboard asks it (its own documents, `dashboardOperation`): whether
 * an answer was given from memory or computed is read from `StoredResponses.counts` around each
 * request (the requests of one test run one at a time). Writes are made through the API's
 * mutations where the dashboard has them, and as direct SQL otherwise.
 *
 * TRUNCATE is checked inside a transaction that is rolled back: a committed TRUNCATE would delete
 * the rows of every other suite sharing the test database.
 */

// The fixture's PD is in the previous school year, so every record of it is in the past.
const YEAR = schoolYearOf(todayIsoDate()) - 1;
const TODAY = todayIsoDate();

/** What the plugin did with one request: gave a kept answer, computed one it may keep, or neither (not a kept kind). */
type Outcome = 'given' | 'computed' | 'passed';

const ME = dashboardOperation('Me');
const MY_PD_RECORDS = dashboardOperation('MyPdRecords');
const MY_DRAFTS = dashboardOperation('MyDrafts');
const SAVE_DRAFT = dashboardOperation('SaveDraft');
const GOALS = dashboardOperation('Goals');
const CREATE_GOAL = dashboardOperation('CreateGoal');
const UPDATE_GOAL = dashboardOperation('UpdateGoal');
const SCHOOL_DASHBOARD = dashboardOperation('SchoolDashboard');
const DISTRICT_DASHBOARD = dashboardOperation('DistrictDashboard');
const DISTRICT_SCHOOLS = dashboardOperation('DistrictSchools');
const SCHOOL_OPTIONS = dashboardOperation('SchoolOptions');
const STAFF = dashboardOperation('Staff');
const EDUCATOR = dashboardOperation('Educator');
const APPROVE = dashboardOperation('ApprovePdRecord');
const SIGN_OUT = dashboardOperation('SignOut');

describe('StoredResponses: whole home answers given again to the same session until the district data changes', () => {
  let testApp: TestApp;
  let stored: StoredResponses;
  let district: DistrictFixture;
  let other: DistrictFixture;
  let teacher: GraphQLClient;
  let principal: GraphQLClient;
  let hr: GraphQLClient;
  let otherTeacher: GraphQLClient;

  async function signedIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    expect(client.cookie).not.toBeNull();
    return client;
  }

  interface Asked<T> {
    outcome: Outcome;
    response: GraphQLResponse<T>;
  }

  async function ask<T = Record<string, unknown>>(
    client: GraphQLClient,
    query: string,
    variables: Record<string, unknown> = {},
    operationName?: string,
  ): Promise<Asked<T>> {
    const before = { ...stored.counts };
    const response = await client.request<T>(query, variables, operationName);
    const given = stored.counts.given - before.given;
    const computed = stored.counts.computed - before.computed;
    expect(given + computed).toBeLessThanOrEqual(1);
    return { outcome: given ? 'given' : computed ? 'computed' : 'passed', response };
  }

  /**
   * Asks until the answer is given from memory (a computation that refreshed stale standings or
   * stored progress wrote them, which moves the counter, so the next one computes once more), and
   * returns the answer given.
   */
  async function settled<T = Record<string, unknown>>(
    client: GraphQLClient,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    for (let round = 0; round < 4; round++) {
      const { outcome, response } = await ask<T>(client, query, variables);
      expect(response.errors).toBeUndefined();
      if (outcome === 'given') return response;
    }
    throw new Error('The answer was never given from memory');
  }

  async function responsesVersion(districtId: string): Promise<number> {
    const [row] = (await testApp.dataSource.query(
      `SELECT COALESCE((SELECT responses_version FROM district_figures_version WHERE district_id = $1), 0)::text AS v`,
      [districtId],
    )) as Array<{ v: string }>;
    return Number(row!.v);
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    stored = testApp.app.get(StoredResponses);
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    other = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    teacher = await signedIn(district.accounts.teacherA.email);
    principal = await signedIn(district.accounts.principalA.email);
    hr = await signedIn(district.accounts.hr.email);
    otherTeacher = await signedIn(other.accounts.teacherA.email);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  describe('the schema', () => {
    const EVENTS = { insert: 4, delete: 8, update: 16, truncate: 32 } as const;

    it('every table either moves the figures counter on insert, update, delete and truncate, or is uncounted with a reason', async () => {
      const tables = (
        (await testApp.dataSource.query(
          `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
        )) as Array<{ name: string }>
      ).map((row) => row.name);
      const triggers = (await testApp.dataSource.query(
        `SELECT c.relname AS table, t.tgname AS name, t.tgtype AS type, t.tgenabled AS enabled, p.proname AS function
           FROM pg_trigger t
           JOIN pg_class c ON c.oid = t.tgrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
           JOIN pg_proc p ON p.oid = t.tgfoid
          WHERE NOT t.tgisinternal AND t.tgname LIKE '%\\_figures\\_%'`,
      )) as Array<{ table: string; name: string; type: number; enabled: string; function: string }>;

      // Every uncounted table exists (a renamed or dropped one would leave the list lying).
      expect(Object.keys(UNCOUNTED_TABLES).filter((table) => !tables.includes(table))).toEqual([]);
      expect(tables).toContain('district');

      const problems: string[] = [];
      for (const table of tables) {
        const own = triggers.filter((trigger) => trigger.table === table);
        if (table in UNCOUNTED_TABLES) {
          // Uncounted means uncounted: a trigger here would make reads that write it invalidate themselves.
          if (own.length > 0) problems.push(`${table} is uncounted but has ${own.map((t) => t.name).join(', ')}`);
          continue;
        }
        for (const [event, bit] of Object.entries(EVENTS)) {
          const name = `${table}_figures_${event}`;
          const trigger = own.find((t) => t.name === name);
          // The tables the stored figures read move both counters, every other only the responses one.
          const changed = table === 'district' ? ['responses_changed_district'] : ['figures_changed', 'responses_changed'];
          const expected = event === 'truncate' ? ['figures_forget_all'] : changed;
          if (!trigger) problems.push(`${table} has no ${name}`);
          // AFTER (bit 2 clear), FOR EACH STATEMENT (bit 1 clear), on exactly this event, enabled.
          else if ((trigger.type & 0b11) !== 0 || (trigger.type & 0b111100) !== bit)
            problems.push(`${name} is not an AFTER ... FOR EACH STATEMENT trigger on ${event.toUpperCase()}`);
          else if (trigger.enabled === 'D') problems.push(`${name} is disabled`);
          else if (!expected.includes(trigger.function))
            problems.push(`${name} runs ${trigger.function}(), not ${expected.join('() or ')}()`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('a write to a table the stored figures read moves both counters, any other counted write only the responses counter', async () => {
      const counters = async () =>
        (
          (await testApp.dataSource.query(
            `SELECT COALESCE(max(version), 0)::int AS figures, COALESCE(max(responses_version), 0)::int AS responses
             FROM district_figures_version WHERE district_id = $1`,
            [district.districtId],
          )) as Array<{ figures: number; responses: number }>
        )[0]!;
      const renameDistrict = (manager: { query: TestApp['dataSource']['query'] }) =>
        manager.query(`UPDATE district SET name = name || '.' WHERE id = $1`, [district.districtId]);
      const renameSchool = (manager: { query: TestApp['dataSource']['query'] }) =>
        manager.query(`UPDATE school SET name = name || '.' WHERE district_id = $1 AND id = $2`, [
          district.districtId,
          district.schoolA,
        ]);

      let before = await counters();
      await renameDistrict(testApp.dataSource);
      expect(await counters()).toEqual({ figures: before.figures, responses: before.responses + 1 });

      before = await counters();
      await renameSchool(testApp.dataSource);
      expect(await counters()).toEqual({ figures: before.figures + 1, responses: before.responses + 1 });

      // One transaction, either order: both counters move once.
      for (const writes of [
        [renameDistrict, renameSchool],
        [renameSchool, renameDistrict],
      ]) {
        before = await counters();
        await testApp.dataSource.transaction(async (manager) => {
          for (const write of writes) await write(manager);
        });
        expect(await counters()).toEqual({ figures: before.figures + 1, responses: before.responses + 1 });
      }
    });
  });

  describe('given again', () => {
    it("each home's first queries are given again to the same session, with the computed JSON", async () => {
      const schoolYear = YEAR;
      const homes: Array<[GraphQLClient, string, Record<string, unknown>]> = [
        [teacher, ME, {}],
        [teacher, MY_PD_RECORDS, { schoolYear }],
        [teacher, MY_DRAFTS, {}],
        [principal, GOALS, { schoolId: district.schoolA, includeArchived: false }],
        [principal, SCHOOL_DASHBOARD, { schoolId: district.schoolA, schoolYear, attentionReason: null, attentionOffset: 0 }],
        [principal, SCHOOL_OPTIONS, {}],
        [
          principal,
          STAFF,
          {
            schoolId: district.schoolA,
            search: null,
            sortBy: 'NAME',
            sortDirection: 'ASC',
            offset: 0,
            limit: 25,
            schoolYear,
            renewalStatus: null,
          },
        ],
        [hr, DISTRICT_DASHBOARD, { schoolYear }],
        [hr, DISTRICT_SCHOOLS, { schoolYear }],
        [hr, EDUCATOR, { id: district.educators.teacherA, schoolYear }],
      ];
      for (const [client, query, variables] of homes) {
        const given = await settled(client, query, variables);
        expect(given.status).toBe(200);
        // Forget it: the next answer is computed afresh, and is the same JSON, byte for byte.
        stored.clear();
        const computed = await ask(client, query, variables);
        expect(computed.outcome).toBe('computed');
        expect(JSON.stringify(computed.response.data)).toBe(JSON.stringify(given.data));
        const again = await ask(client, query, variables);
        expect(again.outcome).toBe('given');
        expect(JSON.stringify(again.response.data)).toBe(JSON.stringify(computed.response.data));
        expect(again.response.errors).toBeUndefined();
      }
    });
  });

  describe('in front of Apollo Server', () => {
    const post = (client: GraphQLClient, body: string, contentType = 'application/json') =>
      fetch(`${testApp.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, cookie: client.cookie!, 'apollo-require-preflight': 'true' },
        body,
      });
    /** Every header but the ones that differ by request or by moment. */
    const lasting = (headers: Headers) =>
      [...headers].filter(([name]) => !['date', 'x-request-id', 'keep-alive', 'connection'].includes(name));

    afterEach(() => {
      jest.restoreAllMocks();
    });

    it('a kept answer is sent without Apollo Server, as the same bytes and headers as when computed', async () => {
      const variables = { schoolId: district.schoolA, includeArchived: false };
      await settled(principal, GOALS, variables);
      stored.clear();
      const body = JSON.stringify({ query: GOALS, variables });
      const apollo = testApp.app.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false }).graphQlAdapter.instance;
      const execute = jest.spyOn(apollo, 'executeHTTPGraphQLRequest');

      const computed = await post(principal, body);
      const computedText = await computed.text();
      expect(execute).toHaveBeenCalledTimes(1);
      const given = await post(principal, body);
      const givenText = await given.text();
      expect(execute).toHaveBeenCalledTimes(1);
      expect(stored.counts.given).toBeGreaterThan(0);

      expect(given.status).toBe(200);
      expect(givenText).toBe(computedText);
      expect(lasting(given.headers)).toEqual(lasting(computed.headers));
      expect(given.headers.get('cache-control')).toBe('no-store');
      expect(given.headers.get('content-security-policy')).toContain("default-src 'self'");
      // The request log still names the request.
      expect(given.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('only a JSON body naming nothing but the document, operation and variables is answered in front of Apollo Server', async () => {
      const variables = { schoolId: district.schoolA, includeArchived: false };
      await settled(principal, GOALS, variables);
      const apollo = testApp.app.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false }).graphQlAdapter.instance;
      const execute = jest.spyOn(apollo, 'executeHTTPGraphQLRequest');
      const plain = { query: GOALS, variables };

      for (const body of [
        { ...plain, extensions: {} },
        { ...plain, operationName: 7 },
        { ...plain, variables: [variables] },
      ]) {
        await post(principal, JSON.stringify(body));
      }
      // Not JSON: Apollo's CSRF prevention and parsing decide, as for any request.
      const asText = await post(principal, JSON.stringify(plain), 'text/plain');
      expect(asText.status).toBe(400);
      expect(execute).toHaveBeenCalledTimes(4);

      const before = stored.counts.given;
      await post(principal, JSON.stringify(plain));
      expect(execute).toHaveBeenCalledTimes(4);
      expect(stored.counts.given).toBe(before + 1);
    });

    it("a session that asks with another's kept document and variables computes its own", async () => {
      const variables = { schoolId: district.schoolA, includeArchived: false };
      const principals = await settled(principal, GOALS, variables);
      // HR may read the school's goals too: same document and variables, her own answer.
      const hrs = await ask(hr, GOALS, variables);
      expect(hrs.outcome).toBe('computed');
      expect(hrs.response.errors).toBeUndefined();
      expect(hrs.response.data).toEqual(principals.data);
    });
  });

  describe('another day', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    it("an answer kept today is not given tomorrow (the app's clock moved a day, nothing else)", async () => {
      const today = await settled(teacher, ME);
      // Only Date is faked: the database, HTTP and timers run as before.
      jest.useFakeTimers({
        now: Date.now() + 24 * 3600_000,
        doNotFake: [
          'hrtime',
          'nextTick',
          'performance',
          'queueMicrotask',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'requestIdleCallback',
          'cancelIdleCallback',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
        ],
      });
      expect(todayIsoDate()).not.toBe(TODAY);
      const tomorrow = await ask(teacher, ME);
      expect(tomorrow.outcome).toBe('computed');
      expect(tomorrow.response.data).toEqual(today.data);
      expect((await ask(teacher, ME)).outcome).toBe('given');
    });
  });

  describe('not shared', () => {
    /** `client` computes its own answer (the one kept for another key is checked as still given right after). */
    async function computedBeside(client: GraphQLClient, query: string, variables = {}, operationName?: string) {
      const asked = await ask(client, query, variables, operationName);
      expect(asked.outcome).toBe('computed');
      expect(asked.response.errors).toBeUndefined();
      return asked.response;
    }

    it('another session of the same account computes its own', async () => {
      const secondTab = await signedIn(district.accounts.teacherA.email);
      const mine = await settled(teacher, ME);
      const theirs = await computedBeside(secondTab, ME);
      expect(theirs.data).toEqual(mine.data);
      // The first session's answer still holds: nothing changed, the key did.
      expect((await ask(teacher, ME)).outcome).toBe('given');
    });

    it('another account, of the same or another role, computes its own', async () => {
      const teacherB = await signedIn(district.accounts.teacherB.email);
      const mine = await settled(teacher, ME);
      for (const client of [teacherB, principal, hr]) {
        const theirs = await computedBeside(client, ME);
        expect(theirs.data).not.toEqual(mine.data);
      }
      expect((await ask(teacher, ME)).outcome).toBe('given');
    });

    it('other variables compute their own', async () => {
      const one = await settled(teacher, MY_PD_RECORDS, { schoolYear: YEAR });
      const before = await computedBeside(teacher, MY_PD_RECORDS, { schoolYear: YEAR - 5 });
      expect(before.data).not.toEqual(one.data);
      expect((await ask(teacher, MY_PD_RECORDS, { schoolYear: YEAR })).outcome).toBe('given');
      // Another page or reason of the school home's Needs attention list is another answer.
      const home = { schoolId: district.schoolA, schoolYear: YEAR, attentionReason: null, attentionOffset: 0 };
      await settled(principal, SCHOOL_DASHBOARD, home);
      await computedBeside(principal, SCHOOL_DASHBOARD, { ...home, attentionReason: 'LAPSED' });
      await computedBeside(principal, SCHOOL_DASHBOARD, { ...home, attentionOffset: 10 });
      expect((await ask(principal, SCHOOL_DASHBOARD, home)).outcome).toBe('given');
    });

    it('another document, or another operation of the same document, computes its own', async () => {
      const short = `query Who { me { accountId } }`;
      await settled(teacher, short);
      const longer = await computedBeside(teacher, `query Who { me { accountId email } }`);
      expect(longer.data).toEqual({ me: { accountId: district.accounts.teacherA.id, email: district.accounts.teacherA.email } });

      const twoOperations = `query Who { me { accountId } } query Where { me { district { id } } }`;
      const who = await ask(teacher, twoOperations, {}, 'Who');
      expect(who.response.data).toEqual({ me: { accountId: district.accounts.teacherA.id } });
      expect((await ask(teacher, twoOperations, {}, 'Who')).outcome).toBe('given');
      const where = await computedBeside(teacher, twoOperations, {}, 'Where');
      expect(where.data).toEqual({ me: { district: { id: district.districtId } } });
      expect((await ask(teacher, twoOperations, {}, 'Who')).outcome).toBe('given');
      expect((await ask(teacher, short)).outcome).toBe('given');
    });
  });

  describe('a committed write shows on the very next request', () => {
    it("the teacher's saved draft shows in her drafts", async () => {
      const before = await settled<{ myDrafts: Array<{ title: string | null }> }>(teacher, MY_DRAFTS);
      const title = `Draft ${randomUUID().slice(0, 8)}`;
      const saved = await teacher.request(SAVE_DRAFT, { input: { title } });
      expect(saved.errors).toBeUndefined();
      const after = await ask<{ myDrafts: Array<{ title: string | null }> }>(teacher, MY_DRAFTS);
      expect(after.outcome).toBe('computed');
      const titles = after.response.data!.myDrafts.map((draft) => draft.title);
      expect(titles).toContain(title);
      expect(titles).toHaveLength(before.data!.myDrafts.length + 1);
    });

    it("HR's approval shows in the teacher's records, her educator page and the principal's school home", async () => {
      const pending = district.records.teacherA[3]!;
      const schoolVariables = { schoolId: district.schoolA, schoolYear: YEAR };
      const records = await settled<{ myPdRecords: Array<{ id: string; status: string }>; me: unknown }>(teacher, MY_PD_RECORDS, {
        schoolYear: YEAR,
      });
      expect(records.data!.myPdRecords.find((r) => r.id === pending)?.status).toBe('SUBMITTED');
      const educator = await settled(hr, EDUCATOR, { id: district.educators.teacherA, schoolYear: YEAR });
      const school = await settled(principal, SCHOOL_DASHBOARD, schoolVariables);

      const approved = await hr.request(APPROVE, { id: pending, distinctReason: 'Not a copy' });
      expect(approved.errors).toBeUndefined();

      const recordsAfter = await ask<{ myPdRecords: Array<{ id: string; status: string }>; me: unknown }>(
        teacher,
        MY_PD_RECORDS,
        {
          schoolYear: YEAR,
        },
      );
      expect(recordsAfter.outcome).toBe('computed');
      expect(recordsAfter.response.data!.myPdRecords.find((r) => r.id === pending)?.status).toBe('APPROVED');
      expect(recordsAfter.response.data!.me).not.toEqual(records.data!.me);
      const educatorAfter = await ask(hr, EDUCATOR, { id: district.educators.teacherA, schoolYear: YEAR });
      expect(educatorAfter.outcome).toBe('computed');
      expect(educatorAfter.response.data).not.toEqual(educator.data);
      const schoolAfter = await ask(principal, SCHOOL_DASHBOARD, schoolVariables);
      expect(schoolAfter.outcome).toBe('computed');
      expect(schoolAfter.response.data).not.toEqual(school.data);
    });

    it("a change to the principal's schools (user_account_school) shows in her session answer and school list", async () => {
      const second = await signedIn(district.accounts.principalB.email);
      const me = await settled<{ me: { schools: Array<{ id: string }> } }>(second, ME);
      expect(me.data!.me.schools.map((s) => s.id)).toEqual([district.schoolB]);
      await settled(second, SCHOOL_OPTIONS);
      const version = await responsesVersion(district.districtId);
      await testApp.dataSource.query(
        `INSERT INTO user_account_school (district_id, user_account_id, school_id) VALUES ($1, $2, $3)`,
        [district.districtId, district.accounts.principalB.id, district.schoolA],
      );
      // The session's schools are part of the answer's key too; the counter moves as well, for
      // answers that read the table otherwise.
      expect(await responsesVersion(district.districtId)).toBeGreaterThan(version);
      const meAfter = await ask<{ me: { schools: Array<{ id: string }> } }>(second, ME);
      expect(meAfter.outcome).toBe('computed');
      expect(meAfter.response.data!.me.schools.map((s) => s.id).sort()).toEqual([district.schoolA, district.schoolB].sort());
      const schoolsAfter = await ask<{ schools: Array<{ id: string }> }>(second, SCHOOL_OPTIONS);
      expect(schoolsAfter.outcome).toBe('computed');
      expect(schoolsAfter.response.data!.schools.map((s) => s.id).sort()).toEqual([district.schoolA, district.schoolB].sort());
    });

    it("a school's new name (a counted table read by every role) shows in HR's school list", async () => {
      await settled(hr, DISTRICT_SCHOOLS, { schoolYear: YEAR });
      const name = `School A renamed ${randomUUID().slice(0, 6)}`;
      await testApp.dataSource.query(`UPDATE school SET name = $3 WHERE district_id = $1 AND id = $2`, [
        district.districtId,
        district.schoolA,
        name,
      ]);
      const after = await ask<{ schools: Array<{ id: string; name: string }> }>(hr, DISTRICT_SCHOOLS, { schoolYear: YEAR });
      expect(after.outcome).toBe('computed');
      expect(after.response.data!.schools.find((s) => s.id === district.schoolA)?.name).toBe(name);
    });

    it("the district row's new name shows in every session answer", async () => {
      await settled(teacher, ME);
      await settled(hr, ME);
      const name = `Renamed District ${randomUUID().slice(0, 6)}`;
      await testApp.dataSource.query(`UPDATE district SET name = $2 WHERE id = $1`, [district.districtId, name]);
      for (const client of [teacher, hr]) {
        const after = await ask<{ me: { district: { name: string } } }>(client, ME);
        expect(after.outcome).toBe('computed');
        expect(after.response.data!.me.district.name).toBe(name);
      }
    });

    it("a goal's update shows in the goals", async () => {
      const created = await principal.request<{ createGoal: { id: string } }>(CREATE_GOAL, {
        input: {
          title: 'Everyone learns',
          schoolId: district.schoolA,
          measure: 'ANY_PD_THIS_YEAR',
          target: '80',
          startsOn: addDays(TODAY, -30),
          deadline: addDays(TODAY, 120),
        },
      });
      expect(created.errors).toBeUndefined();
      const id = created.data!.createGoal.id;
      const variables = { schoolId: district.schoolA, includeArchived: false };
      const before = await settled<{ goals: Array<{ id: string; title: string }> }>(principal, GOALS, variables);
      expect(before.data!.goals.find((g) => g.id === id)?.title).toBe('Everyone learns');
      const updated = await principal.request(UPDATE_GOAL, { id, input: { title: 'Everyone learns more' } });
      expect(updated.errors).toBeUndefined();
      const after = await ask<{ goals: Array<{ id: string; title: string }> }>(principal, GOALS, variables);
      expect(after.outcome).toBe('computed');
      expect(after.response.data!.goals.find((g) => g.id === id)?.title).toBe('Everyone learns more');
    });

    it('a change made by the API role, under row-level security, moves the counter at commit', async () => {
      const version = await responsesVersion(district.districtId);
      const before = await settled<{ me: { educator: { fullName: string } } }>(teacher, ME);
      // The teacher's own educator row renamed through the API: the staff page's path.
      const renamed = await runInDistrict(district.districtId, () =>
        testApp.apiDataSource.query(`UPDATE educator SET first_name = 'Adah' WHERE district_id = $1 AND id = $2`, [
          district.districtId,
          district.educators.teacherA,
        ]),
      );
      expect((renamed as [unknown[], number])[1]).toBe(1);
      expect(await responsesVersion(district.districtId)).toBeGreaterThan(version);
      const after = await ask<{ me: { educator: { fullName: string } } }>(teacher, ME);
      expect(after.outcome).toBe('computed');
      expect(after.response.data!.me.educator.fullName).not.toBe(before.data!.me.educator.fullName);
      expect(after.response.data!.me.educator.fullName).toMatch(/^Adah /);
    });

    it("another district's writes leave this district's answers alone", async () => {
      await settled(teacher, ME);
      await settled(otherTeacher, ME);
      await testApp.dataSource.query(`UPDATE educator SET district_id = district_id WHERE district_id = $1`, [other.districtId]);
      await testApp.dataSource.query(`UPDATE district SET name = name || '.' WHERE id = $1`, [other.districtId]);
      expect((await ask(teacher, ME)).outcome).toBe('given');
      // ... and they did change the other district's.
      expect((await ask(otherTeacher, ME)).outcome).toBe('computed');
    });
  });

  describe('not kept', () => {
    it('an answer with an error is computed every time', async () => {
      // An error inside a nullable field: the answer has data beside the error.
      // An unknown educator: a non-null field, so the whole answer is null beside the error.
      const query = `query WithError($id: ID!) { me { accountId } educator(id: $id) { id } }`;
      const unknown = { id: randomUUID() };
      const asked = [await ask(hr, query, unknown), await ask(hr, query, unknown)];
      const nullable = `query NullableError { me { accountId educator { id pdTotals(schoolYear: 1) { recordCount } } } }`;
      const partial = [await ask(teacher, nullable), await ask(teacher, nullable)];
      expect(partial[0]!.response.errors?.length).toBeGreaterThan(0);
      expect(partial[0]!.response.data).toEqual({ me: { accountId: district.accounts.teacherA.id, educator: null } });
      // A field the teacher may not ask for: forbidden, with the rest of the answer beside it.
      const forbidden = `query Forbidden { me { accountId } districtDashboard { asOf } }`;
      const refused = [await ask(teacher, forbidden), await ask(teacher, forbidden)];
      for (const { outcome, response } of [...asked, ...partial, ...refused]) {
        expect(response.errors?.length).toBeGreaterThan(0);
        expect(outcome).toBe('computed');
      }
    });

    it('a mutation is never kept, even one whose only root field is __typename', async () => {
      const first = await ask(teacher, `mutation Nothing { __typename }`);
      expect(first.response.data).toEqual({ __typename: 'Mutation' });
      expect(first.outcome).toBe('passed');
      expect((await ask(teacher, `mutation Nothing { __typename }`)).outcome).toBe('passed');
    });

    it('a query of only __typename is not kept (nothing to compute; no session look-up for it)', async () => {
      for (let i = 0; i < 2; i++) expect((await ask(teacher, `query Nothing { __typename }`)).outcome).toBe('passed');
    });

    it('an operation with a root field not in the list is never kept', async () => {
      const query = `query Mixed { me { accountId } catalogItems { id } }`;
      for (let i = 0; i < 2; i++) {
        const asked = await ask(teacher, query);
        expect(asked.response.errors).toBeUndefined();
        expect(asked.outcome).toBe('passed');
      }
    });

    it('a signed-out request, and one after sign-out, answer as signed out', async () => {
      const anonymous = new GraphQLClient(testApp.baseUrl);
      for (let i = 0; i < 2; i++) {
        const asked = await ask(anonymous, ME);
        expect(asked.response.data).toEqual({ me: null });
        expect(asked.outcome).toBe('passed');
      }
      const leaving = await signedIn(district.accounts.teacherA.email);
      const oldCookie = leaving.clone();
      await settled(leaving, ME);
      await settled(leaving, MY_DRAFTS);
      expect((await leaving.request(SIGN_OUT)).errors).toBeUndefined();
      // The same browser (cookie cleared) and a copy of the old cookie both ask again.
      for (const client of [leaving, oldCookie]) {
        const me = await ask(client, ME);
        expect(me.response.data).toEqual({ me: null });
        expect(me.outcome).toBe('passed');
        const drafts = await ask(client, MY_DRAFTS);
        expect(drafts.response.data).toBeNull();
        expect(drafts.response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(drafts.outcome).toBe('passed');
      }
    });

    it('a disabled account is answered as signed out', async () => {
      const leaving = await signedIn(district.accounts.teacherB.email);
      await settled(leaving, ME);
      await settled(leaving, MY_DRAFTS);
      await testApp.dataSource.query(`UPDATE user_account SET disabled = true WHERE district_id = $1 AND id = $2`, [
        district.districtId,
        district.accounts.teacherB.id,
      ]);
      try {
        const me = await ask(leaving, ME);
        expect(me.response.data).toEqual({ me: null });
        expect(me.outcome).toBe('passed');
        const drafts = await ask(leaving, MY_DRAFTS);
        expect(drafts.response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(drafts.outcome).toBe('passed');
      } finally {
        await testApp.dataSource.query(`UPDATE user_account SET disabled = false WHERE district_id = $1 AND id = $2`, [
          district.districtId,
          district.accounts.teacherB.id,
        ]);
      }
    });
  });

  describe('valid until', () => {
    it("HR's district home is not given after the moment its oldest counted import problem turns 30 days old", async () => {
      // Counted now; in a few seconds 30 days old, and no longer counted. The margin leaves time to
      // compute and keep the home first, also on a busy machine.
      const margin = 15;
      await testApp.dataSource.query(
        `INSERT INTO import_run (district_id, kind, status, created_at)
         VALUES ($1, 'ROSTER', 'FAILED', now() - interval '30 days' + make_interval(secs => $2))`,
        [district.districtId, margin],
      );
      const [row] = (await testApp.dataSource.query(
        `SELECT min(created_at) + interval '30 days' AS until FROM import_run WHERE district_id = $1 AND status = 'FAILED'`,
        [district.districtId],
      )) as Array<{ until: Date }>;
      const until = new Date(row!.until).getTime();
      type Home = { districtDashboard: { actionQueue: { importRunsWithProblems: number } } };
      const before = await settled<Home>(hr, DISTRICT_DASHBOARD, { schoolYear: YEAR });
      expect(Date.now()).toBeLessThan(until);
      expect(before.data!.districtDashboard.actionQueue.importRunsWithProblems).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, until - Date.now() + 300));
      const after = await ask<Home>(hr, DISTRICT_DASHBOARD, { schoolYear: YEAR });
      expect(after.outcome).toBe('computed');
      expect(after.response.data!.districtDashboard.actionQueue.importRunsWithProblems).toBe(0);
    }, 60_000);
  });

  describe('TRUNCATE', () => {
    it("moves every district's counter (in a transaction rolled back, to keep the shared database's rows)", async () => {
      const runner = testApp.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        const read = async (districtId: string) =>
          Number(
            (
              (await runner.query(
                `SELECT COALESCE((SELECT responses_version FROM district_figures_version WHERE district_id = $1), 0)::text AS v`,
                [districtId],
              )) as Array<{ v: string }>
            )[0]!.v,
          );
        const before = [await read(district.districtId), await read(other.districtId)];
        // A counted table no other table refers to.
        await runner.query(`TRUNCATE notification_preference`);
        expect([await read(district.districtId), await read(other.districtId)]).toEqual([before[0]! + 1, before[1]! + 1]);
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });

  describe('STORED_RESPONSES_MB=0', () => {
    it('keeps nothing: every answer is computed', async () => {
      const bare = await startTestApp({ STORED_RESPONSES_MB: '0' });
      try {
        const off = bare.app.get(StoredResponses);
        const client = new GraphQLClient(bare.baseUrl);
        expect((await client.signIn(district.accounts.principalA.email, TEST_PASSWORD)).errors).toBeUndefined();
        const answers = [];
        for (let i = 0; i < 3; i++) answers.push(await client.request(ME));
        expect(answers[2]!.data).toEqual(answers[0]!.data);
        expect(answers[0]!.errors).toBeUndefined();
        expect(off.counts).toEqual({ given: 0, computed: 0 });
      } finally {
        await bare.close();
      }
    });
  });
});
