import { randomUUID } from 'node:crypto';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { schoolYearOf, schoolYearRange, todayIsoDate } from '../common/school-year';
import { SchoolsService } from '../schools/schools.service';
import { runInDistrict, runInNewScope } from '../database/database-scope';
import { DashboardsService } from '../dashboards/dashboards.service';
import { answerValidUntil } from './answer-validity';
import { FiguresSnapshotStore } from './figures-snapshot-store';
import { ImportApplySweeper } from '../imports/import-apply-sweeper';
import { StaffService } from '../staff/staff.service';
import { createDistrict, DistrictFixture } from '../testing/district-factory';
import { inDistrict } from '../testing/in-district';
import { startTestApp, TestApp } from '../testing/test-app';

const YEAR = schoolYearOf(todayIsoDate());
const MARKER = { marker: 'stored answer served' };

describe('FiguresSnapshotStore: stored home answers, valid until the next write', () => {
  let testApp: TestApp;
  let district: DistrictFixture;
  let other: DistrictFixture;
  let dashboards: DashboardsService;
  let staff: StaffService;

  const viewerOf = (fixture: DistrictFixture, role: Role, schoolIds: string[] = []): Viewer => ({
    accountId: randomUUID(),
    sessionId: randomUUID(),
    email: 'figures@test.example.org',
    role,
    displayName: 'Figures',
    districtId: fixture.districtId,
    educatorId: null,
    schoolIds,
  });
  const principal = () => viewerOf(district, Role.PRINCIPAL, [district.schoolA]);
  const hr = () => viewerOf(district, Role.HR_ADMIN);

  const rowCount = async (fixture: DistrictFixture): Promise<number> =>
    Number(
      (
        (await testApp.dataSource.query(`SELECT count(*) AS n FROM figures_snapshot WHERE district_id = $1`, [
          fixture.districtId,
        ])) as Array<{ n: string }>
      )[0]!.n,
    );

  /** Replaces every stored answer of the district with MARKER: served only while trusted. */
  async function markStored(fixture: DistrictFixture = district): Promise<void> {
    await testApp.dataSource.query(`UPDATE figures_snapshot SET payload = $2::jsonb WHERE district_id = $1`, [
      fixture.districtId,
      JSON.stringify(MARKER),
    ]);
  }

  const schoolHome = () => dashboards.schoolDashboard(principal(), district.schoolA, YEAR);
  const districtHome = () => dashboards.districtDashboard(hr(), YEAR);
  const staffPage = () => staff.staffPage(principal(), { schoolId: district.schoolA, schoolYear: YEAR });

  /**
   * Asks `homes` until their answers are stored and trusted (a computation that refreshed stale
   * standings wrote them, so its answer is recomputed once more), then marks them: from here on
   * each serves MARKER until something makes it stale.
   */
  async function storedAndMarked(...homes: Array<() => Promise<unknown>>): Promise<void> {
    for (let round = 0; round < 3; round++) {
      for (const home of homes) await home();
      await markStored();
      const served = [];
      for (const home of homes) served.push(await home());
      if (served.every((answer) => JSON.stringify(answer) === JSON.stringify(MARKER))) return;
    }
    throw new Error('The answers were never served from the store');
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    district = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    other = await createDistrict(testApp.dataSource, { schoolYear: YEAR });
    dashboards = inDistrict(testApp.app.get(DashboardsService));
    staff = inDistrict(testApp.app.get(StaffService));
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('serves the stored answer while nothing changed, and it is the computed one', async () => {
    const computed = [await schoolHome(), await districtHome(), await staffPage()];
    expect(await rowCount(district)).toBe(3);
    // Asked again: the same answers, read back from the store.
    expect([await schoolHome(), await districtHome(), await staffPage()]).toEqual(computed);
    await markStored();
    expect(await schoolHome()).toEqual(MARKER);
    expect(await districtHome()).toEqual(MARKER);
    expect(await staffPage()).toEqual(MARKER);
  });

  it('a change made through the API role shows on the very next request', async () => {
    await storedAndMarked(schoolHome, staffPage);
    const first = `Renamed${randomUUID().slice(0, 6)}`;
    await runInDistrict(district.districtId, () =>
      testApp.apiDataSource.query(`UPDATE educator SET first_name = $2 WHERE district_id = $1 AND id = $3`, [
        district.districtId,
        first,
        district.educators.teacherA,
      ]),
    );
    const page = await staffPage();
    expect(page.rows.map((row) => row.educator.firstName)).toContain(first);
    const home = await schoolHome();
    expect(home).not.toEqual(MARKER);
    expect(home.school.id).toBe(district.schoolA);
  });

  it.each([
    'pd_record',
    'educator',
    'educator_school',
    'school',
    'catalog_item',
    'license',
    'renewal_standing',
    'renewal_input_version',
  ])('a write to %s makes every stored answer of the district stale', async (table) => {
    await storedAndMarked(schoolHome, districtHome, staffPage);
    // A no-op update still writes the rows: the triggers see it as a change.
    const touched = (await testApp.dataSource.query(`UPDATE ${table} SET district_id = district_id WHERE district_id = $1`, [
      district.districtId,
    ])) as [unknown[], number];
    expect(touched[1]).toBeGreaterThan(0);
    expect(await schoolHome()).not.toEqual(MARKER);
    expect(await districtHome()).not.toEqual(MARKER);
    expect(await staffPage()).not.toEqual(MARKER);
  });

  it('pre-approval requests, import runs and rule changes make the stored answers stale too', async () => {
    const writes = [
      `INSERT INTO import_run (district_id, kind, status) VALUES ($1, 'ROSTER', 'APPLIED')`,
      `INSERT INTO pre_approval_request (district_id, educator_id, title, activity_type, planned_start_on, expected_amount, unit)
         SELECT $1, id, 'Summer institute', 'COURSE', current_date, 3, 'SEMESTER_CREDIT' FROM educator WHERE district_id = $1 LIMIT 1`,
      `INSERT INTO renewal_rules_version AS v (district_id, version) VALUES ($1, 1)
         ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1`,
    ];
    for (const write of writes) {
      await storedAndMarked(districtHome);
      await testApp.dataSource.query(write, [district.districtId]);
      expect(await districtHome()).not.toEqual(MARKER);
    }
    // A statement that changes no row is no change: the stored answer still holds.
    await storedAndMarked(districtHome);
    await testApp.dataSource.query(`DELETE FROM pre_approval_request WHERE district_id = $1 AND false`, [district.districtId]);
    expect(await districtHome()).toEqual(MARKER);
  });

  it('the counter moves when the writing transaction commits, once, not at each write', async () => {
    const version = async (): Promise<number> =>
      Number(
        (
          (await testApp.dataSource.query(
            `SELECT COALESCE((SELECT version FROM district_figures_version WHERE district_id = $1), 0) AS v`,
            [district.districtId],
          )) as Array<{ v: string }>
        )[0]!.v,
      );
    const before = await version();
    const runner = testApp.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      for (const table of ['educator', 'pd_record', 'school'])
        await runner.query(`UPDATE ${table} SET district_id = district_id WHERE district_id = $1`, [district.districtId]);
      const inside = (await runner.query(
        `SELECT COALESCE((SELECT version FROM district_figures_version WHERE district_id = $1), 0) AS v`,
        [district.districtId],
      )) as Array<{ v: string }>;
      expect(Number(inside[0]!.v)).toBe(before);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await version()).toBe(before + 1);
    const pending = (await testApp.dataSource.query(`SELECT count(*) AS n FROM figures_change_pending WHERE district_id = $1`, [
      district.districtId,
    ])) as Array<{ n: string }>;
    expect(Number(pending[0]!.n)).toBe(0);
  });

  it('an answer whose data changed while it was computed is labelled with the counter read before: recomputed next time', async () => {
    const store = inDistrict(testApp.app.get(FiguresSnapshotStore));
    const question = ['test question', randomUUID()];
    const asOf = todayIsoDate();
    let computed = 0;
    const compute = async () => {
      computed++;
      // A write that commits after the counter was read, before the answer is stored.
      await testApp.dataSource.query(`UPDATE educator SET district_id = district_id WHERE district_id = $1`, [
        district.districtId,
      ]);
      return { value: { computed } };
    };
    expect(await store.answer(hr(), question, asOf, compute)).toEqual({ computed: 1 });
    expect(await store.answer(hr(), question, asOf, compute)).toEqual({ computed: 2 });
    expect(await store.answer(hr(), question, asOf, async () => ({ value: { computed: -1 } }))).toEqual({ computed: -1 });
    // Nothing written since: stored.
    expect(await store.answer(hr(), question, asOf, compute)).toEqual({ computed: -1 });
  });

  it('a run the import sweeper records as FAILED (an owner function for every district, committed by the API role) makes the answers stale', async () => {
    const status = async (id: string) =>
      ((await testApp.dataSource.query(`SELECT status FROM import_run WHERE id = $1`, [id])) as Array<{ status: string }>)[0]!
        .status;
    // Other specs sweep every district too (in their own processes, also as the API role): if one
    // records the run before the answer is stored, start over with a new run.
    for (let attempt = 1; ; attempt++) {
      const runId = randomUUID();
      await testApp.dataSource.query(
        `INSERT INTO import_run (id, district_id, kind, status, file_names, apply_started_at)
         VALUES ($1, $2, 'ROSTER', 'PREVIEW', '{staff.csv}', now() - interval '2 minutes')`,
        [runId, district.districtId],
      );
      await storedAndMarked(districtHome);
      if ((await status(runId)) !== 'PREVIEW' && attempt < 5) continue;
      // The commit runs the deferred counter bump as the API role, with no district setting.
      await testApp.app.get(ImportApplySweeper).sweep(0);
      expect(await status(runId)).toBe('FAILED');
      expect(await districtHome()).not.toEqual(MARKER);
      break;
    }
  });

  it("another district's writes leave this district's answers alone", async () => {
    await storedAndMarked(staffPage);
    await testApp.dataSource.query(`UPDATE educator SET district_id = district_id WHERE district_id = $1`, [other.districtId]);
    expect(await staffPage()).toEqual(MARKER);
  });

  it("is never served for another day, nor after its valid-until, nor to another viewer's access", async () => {
    await storedAndMarked(staffPage);
    await testApp.dataSource.query(`UPDATE figures_snapshot SET as_of = as_of - 1 WHERE district_id = $1`, [district.districtId]);
    expect(await staffPage()).not.toEqual(MARKER);

    await storedAndMarked(staffPage);
    await testApp.dataSource.query(
      `UPDATE figures_snapshot SET valid_until = now() - interval '1 second' WHERE district_id = $1`,
      [district.districtId],
    );
    expect(await staffPage()).not.toEqual(MARKER);

    // A principal of schools A and B asks the same question about school A: a different answer key.
    await storedAndMarked(staffPage);
    const wider = await staff.staffPage(viewerOf(district, Role.PRINCIPAL, [district.schoolA, district.schoolB]), {
      schoolId: district.schoolA,
      schoolYear: YEAR,
    });
    expect(wider).not.toEqual(MARKER);
  });

  it('the district home holds only until the oldest import problem it counts is 30 days old', async () => {
    await testApp.dataSource.query(
      `INSERT INTO import_run (district_id, kind, status, created_at) VALUES ($1, 'ROSTER', 'FAILED', now() - interval '29 days')`,
      [district.districtId],
    );
    const home = await districtHome();
    expect(home.actionQueue.importRunsWithProblems).toBeGreaterThan(0);
    const [row] = (await testApp.dataSource.query(
      `SELECT s.valid_until, (SELECT min(created_at) + interval '30 days' FROM import_run i
                               WHERE i.district_id = s.district_id AND i.status = 'FAILED') AS expected
         FROM figures_snapshot s WHERE s.district_id = $1 AND s.valid_until IS NOT NULL`,
      [district.districtId],
    )) as Array<{ valid_until: Date; expected: Date }>;
    expect(row?.valid_until).toEqual(row?.expected);
  });

  it("reports the district home's valid-until to the request (`limitAnswerValidity`), computed or stored", async () => {
    await testApp.dataSource.query(
      `INSERT INTO import_run (district_id, kind, status, created_at) VALUES ($1, 'ROSTER', 'FAILED', now() - interval '29 days')`,
      [district.districtId],
    );
    const [{ expected }] = (await testApp.dataSource.query(
      `SELECT min(created_at) + interval '30 days' AS expected FROM import_run
        WHERE district_id = $1 AND status = 'FAILED' AND created_at >= now() - interval '30 days'`,
      [district.districtId],
    )) as Array<{ expected: Date }>;
    /** The district home asked as one request would ask it, and the moment that request's answer stops holding. */
    const asRequest = () =>
      new Promise<{ answer: unknown; until: number | null }>((resolve, reject) =>
        runInNewScope(() => {
          districtHome().then((answer) => resolve({ answer, until: answerValidUntil() }), reject);
        }),
      );
    // Computed (the write above made any stored answer stale) ...
    const computed = await asRequest();
    expect(computed.answer).not.toEqual(MARKER);
    expect(computed.until).toBe(expected.getTime());
    // ... and given from the store.
    await storedAndMarked(districtHome);
    expect(await asRequest()).toEqual({ answer: MARKER, until: expected.getTime() });
  });

  it("a TRUNCATE (the owner's; no district to name) moves every district's counter, even one that had no counted write yet", async () => {
    const runner = testApp.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // A district whose data all predates the counter has no counter row: it reads as 0.
      await runner.query(`DELETE FROM district_figures_version WHERE district_id = $1`, [other.districtId]);
      await runner.query(`TRUNCATE pd_record_distinct`);
      const rows = (await runner.query(`SELECT version::text AS version FROM district_figures_version WHERE district_id = $1`, [
        other.districtId,
      ])) as Array<{ version: string }>;
      expect(rows[0]?.version ?? '0').not.toBe('0');
    } finally {
      // Nothing of this stays: other suites share the database.
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("HR's per-school staff counts and PD summaries are stored, and a change shows on the next request", async () => {
    const schools = inDistrict(testApp.app.get(SchoolsService));
    const range = schoolYearRange(YEAR);
    const ask = async () => ({
      staff: await schools.staffCount({}, hr(), district.schoolA),
      pd: await schools.pdSummary({}, hr(), district.schoolA, range),
    });
    const computed = await ask();
    expect(await ask()).toEqual(computed);
    // Served from the store: a stored figure changed by hand is what comes back.
    await testApp.dataSource.query(
      `UPDATE figures_snapshot SET payload = jsonb_set(payload, ARRAY[$2], to_jsonb(9999)) WHERE district_id = $1 AND payload ? $2
          AND jsonb_typeof(payload -> $2) = 'number'`,
      [district.districtId, district.schoolA],
    );
    expect((await ask()).staff).toBe(9999);
    // One person leaves: the next request counts again.
    await testApp.dataSource.query(`UPDATE educator SET active = false WHERE district_id = $1 AND id = $2`, [
      district.districtId,
      district.educators.colleagueA,
    ]);
    const after = await ask();
    expect(after.staff).toBe(computed.staff - 1);
    await testApp.dataSource.query(`UPDATE educator SET active = true WHERE district_id = $1 AND id = $2`, [
      district.districtId,
      district.educators.colleagueA,
    ]);
    expect((await ask()).staff).toBe(computed.staff);
  });

  it('a school the viewer may not report on is not found, stored answers or not', async () => {
    await expect(dashboards.schoolDashboard(principal(), district.schoolB, YEAR)).rejects.toThrow(/not found/i);
    await expect(staff.staffPage(principal(), { schoolId: district.schoolB })).rejects.toThrow(/not found/i);
    await expect(dashboards.schoolDashboard(hr(), randomUUID(), YEAR)).rejects.toThrow(/not found/i);
  });
});
