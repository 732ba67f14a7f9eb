import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '../audit/audit-chain';
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { API_ROLE } from './database-roles';
import { assertRestrictedApiRole } from './database-startup';
import { runDistrictAgnostic, runInDistrict, runInNewScope } from './database-scope';

// The database, not only the API's queries, keeps districts apart and the audit trail intact:
// these tests go around the API's own district filters by querying through the API's role
// directly, and act as the owner to tamper with the audit trail.

/** Tables that legitimately have no district_id; every other table must be district-scoped. */
const NOT_DISTRICT_SCOPED = new Set(['district', 'sign_in_attempt', 'typeorm_migration']);
/** Tables the fixtures below fill for every district, so the isolation check is not vacuous. */
const FILLED = [
  'school',
  'educator',
  'educator_school',
  'license',
  'user_account',
  'user_account_school',
  'issuer',
  'catalog_item',
  'pd_record',
  'session',
  'audit_event',
  'audit_chain_head',
];

const execFileAsync = promisify(execFile);

describe('the database enforces district isolation and the audit trail', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let api: DataSource;
  let a: DistrictFixture;
  let b: DistrictFixture;
  const schoolYear = 2025;

  async function signIn(email: string): Promise<GraphQLClient> {
    const client = new GraphQLClient(testApp.baseUrl);
    const response = await client.signIn(email, TEST_PASSWORD);
    expect(response.errors).toBeUndefined();
    return client;
  }

  async function districtScopedTables(): Promise<string[]> {
    const rows = (await owner.query(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'district_id' AND NOT a.attisdropped)
        ORDER BY 1`,
    )) as Array<{ name: string }>;
    return rows.map((row) => row.name);
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    owner = testApp.dataSource;
    api = testApp.apiDataSource;
    a = await createDistrict(owner, { schoolYear });
    b = await createDistrict(owner, { schoolYear });
    // Sessions and audit events in both districts.
    for (const d of [a, b]) {
      await signIn(d.accounts.hr.email);
      await signIn(d.accounts.teacherA.email);
    }
  });

  afterAll(() => testApp.close());

  it('runs the API as a role that is not superuser, owns nothing and cannot bypass row-level security', async () => {
    const [role] = (await runInDistrict(a.districtId, () =>
      api.query(
        `SELECT current_user AS name, rolsuper, rolbypassrls, rolreplication, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`,
      ),
    )) as Array<Record<string, unknown>>;
    expect(role).toEqual({
      name: API_ROLE,
      rolsuper: false,
      rolbypassrls: false,
      rolreplication: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
    const [owned] = (await api.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'MEMBER')`,
    )) as Array<{ n: number }>;
    expect(owned.n).toBe(0);
    const [ownerRole] = (await owner.query(`SELECT current_user AS name`)) as Array<{ name: string }>;
    expect(ownerRole.name).not.toBe(API_ROLE);
    // No table grants the API role TRIGGER, TRUNCATE or REFERENCES, and start-up refuses to serve
    // through a role that could bypass the rules (here: the owner).
    const [extra] = (await owner.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
        WHERE ns.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND (has_table_privilege($1, c.oid, 'TRIGGER') OR has_table_privilege($1, c.oid, 'TRUNCATE') OR has_table_privilege($1, c.oid, 'REFERENCES'))`,
      [API_ROLE],
    )) as Array<{ n: number }>;
    expect(extra.n).toBe(0);
    await expect(assertRestrictedApiRole(owner)).rejects.toThrow(/must be the restricted API role/);
    await expect(assertRestrictedApiRole(api)).resolves.toBeUndefined();
  });

  it('puts every district-scoped table in the catalog under a district policy', async () => {
    const tables = (await owner.query(
      `SELECT c.relname AS name, c.relrowsecurity AS rls,
              EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'district_id' AND NOT a.attisdropped) AS scoped,
              ARRAY(SELECT p.polname::text FROM pg_policy p WHERE p.polrelid = c.oid ORDER BY 1) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    )) as Array<{ name: string; rls: boolean; scoped: boolean; policies: string[] }>;
    expect(tables.length).toBeGreaterThan(20);
    const unprotected = tables
      .filter((t) => (t.scoped || t.name === 'district') && (!t.rls || !t.policies.includes('district_isolation')))
      .map((t) => t.name);
    expect(unprotected).toEqual([]);
    // A new table without district_id must be a deliberate exception, listed above.
    expect(tables.filter((t) => !t.scoped && !NOT_DISTRICT_SCOPED.has(t.name)).map((t) => t.name)).toEqual([]);
  });

  it("returns no row of another district through the API's role, for every district-scoped table", async () => {
    const tables = await districtScopedTables();
    expect(tables).toEqual(expect.arrayContaining(FILLED));
    for (const table of tables) {
      const [others] = (await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE district_id <> $1`, [
        a.districtId,
      ])) as Array<{ n: number }>;
      const [mine] = (await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE district_id = $1`, [
        a.districtId,
      ])) as Array<{ n: number }>;
      if (FILLED.includes(table))
        expect({ table, others: others.n > 0, mine: mine.n > 0 }).toEqual({ table, others: true, mine: true });
      // No district filter in the query: the policy alone decides.
      const seen = (await runInDistrict(a.districtId, () =>
        api.query(`SELECT DISTINCT district_id::text AS d FROM ${table}`),
      )) as Array<{ d: string }>;
      expect({ table, districts: seen.map((row) => row.d) }).toEqual({ table, districts: mine.n > 0 ? [a.districtId] : [] });
      // No district at all (outside a request, or before the session is known): nothing.
      const [none] = (await runInNewScope(() => api.query(`SELECT count(*)::int AS n FROM ${table}`))) as Array<{ n: number }>;
      expect({ table, rows: none.n }).toEqual({ table, rows: 0 });
    }
    const districts = (await runInDistrict(a.districtId, () => api.query(`SELECT id FROM district`))) as Array<{ id: string }>;
    expect(districts.map((d) => d.id)).toEqual([a.districtId]);
  });

  it('refuses writes into another district and leaves its rows alone', async () => {
    await expect(
      runInDistrict(a.districtId, () =>
        api.query(`INSERT INTO school (district_id, name) VALUES ($1, 'Smuggled')`, [b.districtId]),
      ),
    ).rejects.toThrow(/row-level security/);
    await runInDistrict(a.districtId, async () => {
      await api.query(`UPDATE school SET name = 'Renamed' WHERE district_id = $1`, [b.districtId]);
      await api.query(`DELETE FROM pd_record WHERE district_id = $1`, [b.districtId]);
      await api.query(`UPDATE district SET name = 'Renamed' WHERE id = $1`, [b.districtId]);
    });
    const [check] = (await owner.query(
      `SELECT (SELECT count(*)::int FROM school WHERE district_id = $1 AND name = 'Renamed') AS renamed,
              (SELECT count(*)::int FROM pd_record WHERE district_id = $1) AS records,
              (SELECT name FROM district WHERE id = $1) AS name`,
      [b.districtId],
    )) as Array<{ renamed: number; records: number; name: string }>;
    expect(check.renamed).toBe(0);
    expect(check.records).toBe(5);
    expect(check.name).not.toBe('Renamed');
  });

  it('runs a district-agnostic look-up on a connection as it is, and still fails closed right after it', async () => {
    // Every pooled connection (4) last served district A.
    await runInDistrict(a.districtId, () => Promise.all(Array.from({ length: 4 }, () => api.query('SELECT pg_sleep(0.05)'))));
    const setting = `SELECT current_setting('pdledger.district_id') AS setting`;
    // The session look-up's scope: no reset round trip, the connection keeps A's setting...
    const [agnostic] = (await runInNewScope(() => runDistrictAgnostic(() => api.query(setting)))) as Array<{ setting: string }>;
    expect(agnostic.setting).toBe(a.districtId);
    // ...and the function it is for answers the same whatever the connection holds.
    const [session] = (await owner.query(`SELECT token_hash FROM session WHERE district_id = $1 LIMIT 1`, [
      b.districtId,
    ])) as Array<{
      token_hash: string;
    }>;
    const [found] = (await runInNewScope(() =>
      runDistrictAgnostic(() => api.query(`SELECT pdledger_session_district($1) AS d`, [session.token_hash])),
    )) as Array<{ d: string }>;
    expect(found.d).toBe(b.districtId);
    // So does the one-statement session look-up (SessionService), on a connection holding A.
    const viewer = (await runInNewScope(() =>
      runDistrictAgnostic(() => api.query(`SELECT * FROM pdledger_session_viewer($1, 30, 60)`, [session.token_hash])),
    )) as Array<{ district_id: string; live: boolean }>;
    expect(viewer).toEqual([expect.objectContaining({ district_id: b.districtId, live: true })]);
    // Work in a scope with no district right after still sees nothing, and B's sees only B.
    const [none] = (await runInNewScope(() => api.query(`SELECT count(*)::int AS n FROM school`))) as Array<{ n: number }>;
    expect(none.n).toBe(0);
    const seen = (await runInDistrict(b.districtId, () =>
      api.query(`SELECT DISTINCT district_id::text AS d FROM school`),
    )) as Array<{
      d: string;
    }>;
    expect(seen.map((row) => row.d)).toEqual([b.districtId]);
  });

  it('keeps concurrent work of two districts apart, also when the pool is exhausted', async () => {
    // The app's pool has 4 connections; 120 tasks queue for them, alternating districts, some in
    // transactions. Each must see its own district and only it.
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) => {
        const d = i % 2 === 0 ? a : b;
        return runInDistrict(d.districtId, async () => {
          await new Promise((done) => setTimeout(done, i % 7));
          const sql = `SELECT current_setting('pdledger.district_id') AS setting, ARRAY(SELECT DISTINCT district_id::text FROM school) AS seen`;
          const [row] = (i % 3 === 0 ? await api.transaction((manager) => manager.query(sql)) : await api.query(sql)) as Array<{
            setting: string;
            seen: string[];
          }>;
          return { expected: d.districtId, ...row };
        });
      }),
    );
    for (const result of results)
      expect({ setting: result.setting, seen: result.seen }).toEqual({ setting: result.expected, seen: [result.expected] });

    // The same through HTTP: HR of each district, many requests at once.
    const [hrA, hrB] = [await signIn(a.accounts.hr.email), await signIn(b.accounts.hr.email)];
    const responses = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const [client, d] = i % 2 === 0 ? [hrA, a] : [hrB, b];
        const response = await client.request<{ schools: Array<{ id: string }> }>(`{ schools { id } }`);
        return { expected: [d.schoolA, d.schoolB].sort(), got: (response.data?.schools ?? []).map((s) => s.id).sort() };
      }),
    );
    for (const response of responses) expect(response.got).toEqual(response.expected);
  });

  it('does not let the API role change, delete or bypass the audit trail', async () => {
    const runner = api.createQueryRunner();
    await runInDistrict(a.districtId, () => runner.connect());
    try {
      await expect(runner.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
      await expect(runner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_chain`)).rejects.toThrow(/must be owner/);
      await expect(runner.query(`ALTER TABLE audit_event DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(
        runner.query(`UPDATE audit_event SET action = 'TAMPERED' WHERE district_id = $1`, [a.districtId]),
      ).rejects.toThrow(/permission denied/);
      await expect(runner.query(`DELETE FROM audit_event WHERE district_id = $1`, [a.districtId])).rejects.toThrow(
        /permission denied/,
      );
      await expect(runner.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
      await expect(runner.query(`UPDATE audit_chain_head SET seq = 0`)).rejects.toThrow(/permission denied/);
      await expect(runner.query(`DROP TRIGGER audit_event_chain ON audit_event`)).rejects.toThrow(/must be owner/);
      await expect(runner.query(`CREATE TABLE public.sneaky (id int)`)).rejects.toThrow(/permission denied/);
      // An event with invented chain values gets the database's own.
      const [inserted] = (await runner.query(
        `INSERT INTO audit_event (district_id, action, entity_type, chain_seq, prev_hash, hash) VALUES ($1, 'FORGED', 'test', 999, 'x', 'y')
         RETURNING chain_seq::int AS seq, hash`,
        [a.districtId],
      )) as Array<{ seq: number; hash: string }>;
      expect(inserted.seq).toBeLessThan(999);
      expect(inserted.hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await runner.release();
    }
    expect((await verifyAuditChain(owner, a.districtId)).problem).toBeNull();
  });

  describe('audit chain verification', () => {
    async function districtWithEvents(): Promise<{
      d: DistrictFixture;
      hr: GraphQLClient;
      events: Array<{ id: string; seq: number }>;
    }> {
      const d = await createDistrict(owner, { schoolYear });
      for (const account of [d.accounts.teacherA, d.accounts.teacherB, d.accounts.principalA]) await signIn(account.email);
      const hr = await signIn(d.accounts.hr.email);
      const events = (await owner.query(
        `SELECT id, chain_seq::int AS seq FROM audit_event WHERE district_id = $1 ORDER BY chain_seq`,
        [d.districtId],
      )) as Array<{
        id: string;
        seq: number;
      }>;
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      return { d, hr, events };
    }

    async function asOwnerBehindTheTriggers(sql: string, params: unknown[]): Promise<void> {
      await owner.transaction(async (manager) => {
        await manager.query(`ALTER TABLE audit_event DISABLE TRIGGER USER`);
        await manager.query(sql, params);
        await manager.query(`ALTER TABLE audit_event ENABLE TRIGGER USER`);
      });
    }

    const VERIFY = `{ auditChainVerification { intact eventsChecked headSeq headHash problem { kind seq eventId message } } }`;
    type Verification = {
      auditChainVerification: {
        intact: boolean;
        eventsChecked: number;
        headSeq: number;
        problem: { kind: string; seq: number; eventId: string | null } | null;
      };
    };

    it('reports an intact chain to HR (numbers compared as numbers: 9 < 10)', async () => {
      const { d, hr } = await districtWithEvents();
      for (let i = 0; i < 8; i++) await signIn(d.accounts.teacherA.email);
      const response = await hr.request<Verification>(VERIFY);
      expect(response.errors).toBeUndefined();
      expect(response.data?.auditChainVerification).toMatchObject({
        intact: true,
        eventsChecked: 12,
        headSeq: 12,
        problem: null,
      });
    });

    it('chains concurrent transactions and multi-row inserts without gaps', async () => {
      const { d } = await districtWithEvents();
      await Promise.all([
        ...Array.from({ length: 12 }, () => signIn(d.accounts.teacherA.email)),
        ...Array.from({ length: 6 }, (_, i) =>
          runInDistrict(d.districtId, () =>
            api.transaction((manager) =>
              manager.query(
                `INSERT INTO audit_event (district_id, action, entity_type, details)
                 SELECT $1, 'BULK', 'test', jsonb_build_object('batch', $2::int, 'n', n) FROM generate_series(1, 200) AS n`,
                [d.districtId, i],
              ),
            ),
          ),
        ),
      ]);
      const report = await verifyAuditChain(owner, d.districtId);
      expect(report).toMatchObject({ problem: null, eventsChecked: 4 + 12 + 1200, headSeq: 4 + 12 + 1200 });
    });

    it('catches an event the owner altered, on the HR screen and on the command line', async () => {
      const { d, hr, events } = await districtWithEvents();
      await asOwnerBehindTheTriggers(`UPDATE audit_event SET details = '{"tampered": true}' WHERE id = $1`, [events[1]?.id]);
      const response = await hr.request<Verification>(VERIFY);
      expect(response.data?.auditChainVerification).toMatchObject({
        intact: false,
        eventsChecked: 1,
        problem: { kind: 'ALTERED', seq: 2, eventId: events[1]?.id },
      });

      const cli = await execFileAsync(
        process.execPath,
        ['-r', './apps/api/tools/swc-register.cjs', 'apps/api/src/cli/audit-verify.ts', '--district', d.districtId],
        {
          cwd: resolve(__dirname, '../../../..'),
          env: { ...process.env, LOG_LEVEL: 'silent' },
        },
      ).then(
        () => ({ code: 0, stdout: '' }),
        (error: { code: number; stdout: string }) => error,
      );
      expect(cli.code).toBe(3);
      expect(cli.stdout).toContain(`ALTERED at #2`);
      expect(cli.stdout).toContain(events[1]?.id);
    }, 60_000);

    it('catches an event the owner rewrote with a fresh hash', async () => {
      const { d, events } = await districtWithEvents();
      await asOwnerBehindTheTriggers(
        `UPDATE audit_event SET action = 'REWRITTEN', hash = audit_event_hash(prev_hash, audit_event_canonical(district_id, chain_seq, id, occurred_at,
           actor_account_id, 'REWRITTEN', entity_type, entity_id, details, ip, request_id)) WHERE id = $1`,
        [events[1]?.id],
      );
      expect((await verifyAuditChain(owner, d.districtId)).problem).toMatchObject({
        kind: 'ALTERED',
        seq: 2,
        eventId: events[1]?.id,
      });
    });

    it('catches an event the owner deleted, in the middle or at the end', async () => {
      const middle = await districtWithEvents();
      await asOwnerBehindTheTriggers(`DELETE FROM audit_event WHERE id = $1`, [middle.events[2]?.id]);
      expect((await verifyAuditChain(owner, middle.d.districtId)).problem).toMatchObject({ kind: 'MISSING', seq: 3 });

      const end = await districtWithEvents();
      await asOwnerBehindTheTriggers(`DELETE FROM audit_event WHERE id = $1`, [end.events[3]?.id]);
      const response = await end.hr.request<Verification>(VERIFY);
      // HR's own check adds nothing to the chain, so the missing last event shows.
      expect(response.data?.auditChainVerification).toMatchObject({ intact: false, problem: { kind: 'MISSING', seq: 4 } });
    });

    it('catches an event the owner inserted', async () => {
      const { d, events } = await districtWithEvents();
      const last = (await owner.query(`SELECT hash FROM audit_event WHERE id = $1`, [events[3]?.id])) as Array<{ hash: string }>;
      await asOwnerBehindTheTriggers(
        `INSERT INTO audit_event (district_id, action, entity_type, chain_seq, prev_hash, hash)
         VALUES ($1, 'INVENTED', 'test', 5, $2, audit_event_hash($2, 'anything'))`,
        [d.districtId, last[0]?.hash],
      );
      expect((await verifyAuditChain(owner, d.districtId)).problem).toMatchObject({ kind: 'INSERTED', seq: 5 });
    });
  });

  const embedded = process.env['PD_LEDGER_EMBEDDED_TEST'] === '1';
  (embedded ? it : it.skip)('refuses connections to the embedded database without its secret', async () => {
    const url = new URL(process.env['DATABASE_URL'] as string);
    const attempt = async (user: string, password: string) => {
      const target = new URL(url);
      target.username = user;
      target.password = password;
      const client = new Client({ connectionString: target.toString() });
      try {
        await client.connect();
        const { rows } = await client.query(`SELECT current_user AS name`);
        return `connected as ${rows[0].name}`;
      } catch (error) {
        return (error as Error).message;
      } finally {
        await client.end().catch(() => undefined);
      }
    };
    expect(await attempt('postgres', '')).toMatch(/password authentication failed/);
    expect(await attempt('postgres', 'postgres')).toMatch(/password authentication failed/);
    expect(await attempt(API_ROLE, decodeURIComponent(url.password))).toMatch(/password authentication failed/);
    expect(await attempt('someone', decodeURIComponent(url.password))).toMatch(/password authentication failed/);
    expect(await attempt('postgres', decodeURIComponent(url.password))).toBe('connected as postgres');
    expect(await attempt(API_ROLE, process.env['DATABASE_API_PASSWORD'] as string)).toBe(`connected as ${API_ROLE}`);
    // What a stray local process did before: write a session row to act as someone. Even with the
    // API's secret, no district is set on a fresh connection, so the row is refused.
    const client = new Client({
      connectionString: Object.assign(new URL(url), {
        username: API_ROLE,
        password: process.env['DATABASE_API_PASSWORD'],
      }).toString(),
    });
    await client.connect();
    try {
      await expect(
        client.query(
          `INSERT INTO session (district_id, user_account_id, token_hash, expires_at) VALUES ($1, $2, 'forged', now() + interval '1 day')`,
          [a.districtId, a.accounts.hr.id],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await client.end();
    }
  });
});
