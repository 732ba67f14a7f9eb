import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { educatorAccessSql } from '../access/access-scope';
import type { Viewer } from '../access/viewer';
import { SqlParams } from '../common/sql-params';
import {
  addStatusCount,
  districtScanOptions,
  emptyStatusCounts,
  renewalStanding,
  type RenewalStanding,
  type StatusCounts,
} from './renewal-standing';
import { EDUCATOR_COLUMNS, type EducatorModel, type EducatorRow, toEducatorModel } from '../educators/educator.model';
import type { RenewalStatus } from '../domain/evaluation.models';
import { STANDING_ENGINE } from '../domain/standing-engine';
import { RenewalScanService } from './renewal-scan.service';

/** How long a refresh waits for another process's refresh of the same district. */
const STANDING_LOCK_WAIT_MS = 30_000;

/** Which educators to bring up to date: the viewer's current staff, optionally only some schools. */
export interface StandingScope {
  schoolIds?: readonly string[] | null;
  /** Only these educators (still within the viewer's access). */
  educatorIds?: readonly string[] | null;
}

/** One batch of standings to store, a column per array, an educator per position. */
interface StandingColumns {
  educatorIds: string[];
  inputsVersions: string[];
  statuses: Array<string | null>;
  licenseIds: Array<string | null>;
  licenseTypeNames: Array<string | null>;
  unitNames: Array<string | null>;
  deadlines: Array<string | null>;
  required: Array<string | null>;
  earned: Array<string | null>;
  remaining: Array<string | null>;
}

/** A license short of what its cycle requires, deadline within the window. */
export interface ExpiringStanding {
  educator: EducatorModel;
  schoolNames: string[];
  renewal: RenewalStanding;
}

/**
 * Each educator's current renewal standing, stored (`renewal_standing`) so that district-wide
 * counts and filters are SQL over one row per educator instead of a converter run per educator on
 * every request.
 *
 * The converter stays the only source of a verdict: `refresh` finds the educators whose stored
 * row is missing or no longer valid (another day, other rule data, PD records or licenses changed
 * since, the district's rules or catalog changed since; the versions are kept by database
 * triggers, see the migration) and evaluates exactly those with `RenewalScanService`, the same
 * scan the reports use. After a refresh, the rows for `asOf` agree with what a scan would say now.
 *
 * Any API replica can refresh; concurrent refreshes of one district take turns (see `refresh`).
 */
@Injectable()
export class RenewalStandingStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scans: RenewalScanService,
  ) {}

  private readonly inFlight = new Map<string, Promise<number>>();

  /**
   * Recomputes the stale standings in scope; returns how many educators were evaluated.
   *
   * Each stale standing is computed once, however many requests and API processes ask at the
   * same moment: requests in one process share one refresh per district, scope and day, and
   * processes take turns per district through an advisory lock (`withDistrictLock`), each
   * re-reading what is still stale once it holds the lock, so the second finds nothing to do.
   */
  async refresh(viewer: Viewer, scope: StandingScope, asOf: string): Promise<number> {
    if ((await this.staleRows(viewer, scope, asOf)).length === 0) return 0;
    const key = JSON.stringify([
      viewer.districtId,
      viewer.role,
      viewer.schoolIds,
      viewer.educatorId,
      scope.schoolIds ?? null,
      asOf,
    ]);
    const running = this.inFlight.get(key);
    if (running) return running;
    const refreshing = this.withDistrictLock(viewer.districtId, async () =>
      this.evaluate(viewer, await this.staleRows(viewer, scope, asOf), asOf),
    ).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, refreshing);
    return refreshing;
  }

  /**
   * Runs `work` holding the district's standing lock (a session advisory lock on a connection of
   * its own, so the work's own queries may use the pool). Waits up to STANDING_LOCK_WAIT_MS for
   * another process's refresh, then works anyway: recomputing is idempotent, only wasteful. A
   * connection whose unlock failed is closed rather than returned to the pool holding the lock.
   */
  private async withDistrictLock(districtId: string, work: () => Promise<number>): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    const lockKey = `pd-ledger:renewal-standing:${districtId}`;
    let locked = false;
    let broken: Error | undefined;
    try {
      await runner.connect();
      for (const started = Date.now(); Date.now() - started < STANDING_LOCK_WAIT_MS;) {
        const [row] = (await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`, [lockKey])) as Array<{
          locked: boolean;
        }>;
        if ((locked = row?.locked === true)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return await work();
    } finally {
      if (locked)
        await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [lockKey]).catch((error: Error) => {
          broken = error;
        });
      // With an error, pg-pool closes the connection instead of pooling it.
      const postgres = runner as unknown as { releasePostgresConnection(error?: Error): Promise<void> };
      await (broken ? postgres.releasePostgresConnection(broken) : runner.release()).catch(() => undefined);
    }
  }

  /** The educators in scope whose stored standing for `asOf` is missing or stale. */
  private async staleRows(
    viewer: Viewer,
    scope: StandingScope,
    asOf: string,
  ): Promise<Array<{ id: string; inputs_version: string; rules_version: string }>> {
    // The versions are read before the data the standings are computed from, so a change that
    // commits in between leaves its row labelled with the older version: recomputed next time.
    const params = new SqlParams();
    const district = params.add(viewer.districtId);
    const day = params.add(asOf);
    const engine = params.add(STANDING_ENGINE);
    const conditions = [`e.district_id = ${district}`, 'e.active', educatorAccessSql(viewer, 'e.id', params)];
    if (scope.schoolIds) {
      conditions.push(`EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = e.district_id
        AND es.educator_id = e.id AND es.school_id = ANY(${params.add(scope.schoolIds)}::uuid[]))`);
    }
    if (scope.educatorIds) conditions.push(`e.id = ANY(${params.add(scope.educatorIds)}::uuid[])`);
    const stale: Array<{ id: string; inputs_version: string; rules_version: string }> = await this.dataSource.query(
      `WITH rules AS (SELECT COALESCE((SELECT version FROM renewal_rules_version WHERE district_id = ${district}), 0) AS version)
       SELECT e.id, COALESCE(v.version, 0)::text AS inputs_version, rules.version::text AS rules_version
         FROM educator e
         CROSS JOIN rules
         LEFT JOIN renewal_input_version v ON v.district_id = e.district_id AND v.educator_id = e.id
         LEFT JOIN renewal_standing s ON s.district_id = e.district_id AND s.educator_id = e.id
        WHERE ${conditions.join(' AND ')}
          AND (s.educator_id IS NULL OR s.as_of <> ${day}::date OR s.engine <> ${engine}
               OR s.inputs_version <> COALESCE(v.version, 0) OR s.rules_version <> rules.version)
        ORDER BY e.id`,
      params.values,
    );
    return stale;
  }

  private async evaluate(
    viewer: Viewer,
    stale: Array<{ id: string; inputs_version: string; rules_version: string }>,
    asOf: string,
  ): Promise<number> {
    if (stale.length === 0) return 0;
    const inputsVersion = new Map(stale.map((row) => [row.id, row.inputs_version]));
    const rulesVersion = stale[0]!.rules_version;
    // A fresh request object: the district's rules must be loaded after the versions were read,
    // never taken from a load made earlier in this request.
    const scan = this.scans.scan({}, viewer, { educatorIds: stale.map((row) => row.id) }, districtScanOptions(asOf));
    let evaluated = 0;
    // Each batch's rows are written while the next batch is read and evaluated (one write in
    // flight at a time): the writes, which wait for the commit, no longer stall the converter.
    // The write in flight settles to its failure (never rejects), so nothing is left unhandled
    // while the next batch is read; the failure is thrown once it is waited for.
    let writing: Promise<{ error: unknown } | null> | null = null;
    const written = async () => {
      const failed = await writing;
      if (failed) throw failed.error;
    };
    try {
      for await (const batch of scan) {
        const columns: StandingColumns = {
          educatorIds: [],
          inputsVersions: [],
          statuses: [],
          licenseIds: [],
          licenseTypeNames: [],
          unitNames: [],
          deadlines: [],
          required: [],
          earned: [],
          remaining: [],
        };
        for (const educator of batch) {
          const standing = renewalStanding(educator);
          columns.educatorIds.push(educator.educator.id);
          columns.inputsVersions.push(inputsVersion.get(educator.educator.id)!);
          columns.statuses.push(standing?.status ?? null);
          columns.licenseIds.push(standing?.licenseId ?? null);
          columns.licenseTypeNames.push(standing?.licenseTypeName ?? null);
          columns.unitNames.push(standing?.unitName ?? null);
          columns.deadlines.push(standing?.deadline ?? null);
          columns.required.push(standing?.required ?? null);
          columns.earned.push(standing?.earned ?? null);
          columns.remaining.push(standing?.remaining ?? null);
        }
        await written();
        writing = this.writeStandings(viewer.districtId, asOf, rulesVersion, columns).then(
          () => null,
          (error: unknown) => ({ error }),
        );
        evaluated += batch.length;
      }
      await written();
    } catch (error) {
      // The scan failed: let a write already sent finish before giving up.
      await writing;
      throw error;
    }
    return evaluated;
  }

  /** Stores one batch's standings (column arrays, one entry per educator). */
  private writeStandings(districtId: string, asOf: string, rulesVersion: string, columns: StandingColumns): Promise<unknown> {
    return this.dataSource.query(
      `INSERT INTO renewal_standing AS s (district_id, educator_id, as_of, engine, inputs_version, rules_version, status, license_id,
                                            license_type_name, unit_name, deadline, required, earned, remaining, computed_at)
         SELECT $1, t.educator_id, $2, $3, t.inputs_version, $4, t.status, t.license_id, t.license_type_name, t.unit_name, t.deadline,
                t.required, t.earned, t.remaining, now()
           FROM unnest($5::uuid[], $6::bigint[], $7::text[], $8::uuid[], $9::text[], $10::text[], $11::date[], $12::text[], $13::text[], $14::text[])
             AS t(educator_id, inputs_version, status, license_id, license_type_name, unit_name, deadline, required, earned, remaining)
         ON CONFLICT (district_id, educator_id) DO UPDATE SET
           as_of = EXCLUDED.as_of, engine = EXCLUDED.engine, inputs_version = EXCLUDED.inputs_version, rules_version = EXCLUDED.rules_version,
           status = EXCLUDED.status, license_id = EXCLUDED.license_id, license_type_name = EXCLUDED.license_type_name,
           unit_name = EXCLUDED.unit_name, deadline = EXCLUDED.deadline, required = EXCLUDED.required, earned = EXCLUDED.earned,
           remaining = EXCLUDED.remaining, computed_at = EXCLUDED.computed_at`,
      [
        districtId,
        asOf,
        STANDING_ENGINE,
        rulesVersion,
        columns.educatorIds,
        columns.inputsVersions,
        columns.statuses,
        columns.licenseIds,
        columns.licenseTypeNames,
        columns.unitNames,
        columns.deadlines,
        columns.required,
        columns.earned,
        columns.remaining,
      ],
    );
  }

  /**
   * The stored standings of `asOf` of these educators (null: no license under a state rule set),
   * keyed by educator id; an educator the viewer may not see, or without a row, is absent. Call
   * `refresh` for the same educators first: the rows then agree with what a scan would say now.
   */
  async read(viewer: Viewer, asOf: string, educatorIds: readonly string[]): Promise<Map<string, RenewalStanding | null>> {
    const out = new Map<string, RenewalStanding | null>();
    if (educatorIds.length === 0) return out;
    const params = new SqlParams();
    const day = params.add(asOf);
    const rows: Array<{
      educator_id: string;
      status: RenewalStatus | null;
      license_id: string;
      license_type_name: string;
      unit_name: string;
      deadline: string;
      days_left: number;
      required: string;
      earned: string;
      remaining: string;
    }> = await this.dataSource.query(
      `SELECT s.educator_id, s.status, s.license_id, s.license_type_name, s.unit_name, s.deadline,
              (s.deadline - ${day}::date) AS days_left, s.required, s.earned, s.remaining
         FROM renewal_standing s
        WHERE s.district_id = ${params.add(viewer.districtId)} AND s.as_of = ${day}::date
          AND s.educator_id = ANY(${params.add(educatorIds)}::uuid[])
          AND ${educatorAccessSql(viewer, 's.educator_id', params)}`,
      params.values,
    );
    for (const row of rows)
      out.set(
        row.educator_id,
        row.status === null
          ? null
          : {
              status: row.status,
              licenseId: row.license_id,
              licenseTypeName: row.license_type_name,
              unitName: row.unit_name,
              deadline: row.deadline,
              daysLeft: row.days_left,
              required: row.required,
              earned: row.earned,
              remaining: row.remaining,
            },
      );
    return out;
  }

  /**
   * SQL that holds when the educator (`educatorIdColumn`, in the viewer's district) has a stored
   * standing for `asOf` with this status. Call `refresh` for the same scope first.
   */
  statusSql(viewer: Viewer, educatorIdColumn: string, status: RenewalStatus, asOf: string, params: SqlParams): string {
    return `EXISTS (SELECT 1 FROM renewal_standing rs WHERE rs.district_id = ${params.add(viewer.districtId)}
      AND rs.educator_id = ${educatorIdColumn} AND rs.as_of = ${params.add(asOf)}::date AND rs.status = ${params.add(status)})`;
  }

  /**
   * People per status, for the district (each person once) and per school (people at two schools
   * in both), from the stored standings of `asOf`. Call `refresh` first.
   */
  async counts(
    viewer: Viewer,
    asOf: string,
    schoolIds: readonly string[],
  ): Promise<{ district: StatusCounts; bySchool: Map<string, StatusCounts> }> {
    const params = new SqlParams();
    const district = params.add(viewer.districtId);
    const day = params.add(asOf);
    const access = educatorAccessSql(viewer, 'e.id', params);
    const from = (schools: string) => `FROM renewal_standing s
      JOIN educator e ON e.district_id = s.district_id AND e.id = s.educator_id AND e.active${schools}
     WHERE s.district_id = ${district} AND s.as_of = ${day}::date AND ${access}`;
    const [districtRows, schoolRows] = await Promise.all([
      this.dataSource.query(`SELECT s.status, count(*)::int AS n ${from('')} GROUP BY s.status`, params.values) as Promise<
        Array<{ status: RenewalStatus | null; n: number }>
      >,
      this.dataSource.query(
        `SELECT es.school_id, s.status, count(*)::int AS n
           ${from(' JOIN educator_school es ON es.district_id = e.district_id AND es.educator_id = e.id')}
          GROUP BY es.school_id, s.status`,
        params.values,
      ) as Promise<Array<{ school_id: string; status: RenewalStatus | null; n: number }>>,
    ]);
    const totals = emptyStatusCounts();
    for (const row of districtRows) addStatusCount(totals, row.status, row.n);
    const bySchool = new Map<string, StatusCounts>(schoolIds.map((id) => [id, emptyStatusCounts()]));
    for (const row of schoolRows) {
      const counts = bySchool.get(row.school_id);
      if (counts) addStatusCount(counts, row.status, row.n);
    }
    return { district: totals, bySchool };
  }

  /**
   * Licenses not complete and not lapsed whose deadline is today or within `withinDays`: how many
   * within each of `windows` days, and the first `limit` (soonest deadline, then name). Call
   * `refresh` first.
   */
  async expiring(
    viewer: Viewer,
    asOf: string,
    windows: readonly number[],
    limit: number,
  ): Promise<{ within: number[]; licenses: ExpiringStanding[] }> {
    const params = new SqlParams();
    const day = params.add(asOf);
    const widest = Math.max(...windows);
    const windowCounts = windows.map(
      (days, i) => `count(*) FILTER (WHERE s.deadline - ${day}::date <= ${params.add(days)}) OVER () AS within_${i}`,
    );
    const rows: Array<
      EducatorRow & {
        status: RenewalStatus;
        license_id: string;
        license_type_name: string;
        unit_name: string;
        deadline: string;
        days_left: number;
        required: string;
        earned: string;
        remaining: string;
        school_names: string[];
      } & Record<string, unknown>
    > = await this.dataSource.query(
      `SELECT ${EDUCATOR_COLUMNS}, s.status, s.license_id, s.license_type_name, s.unit_name, s.deadline, (s.deadline - ${day}::date) AS days_left,
              s.required, s.earned, s.remaining,
              ARRAY(SELECT sc.name FROM educator_school es JOIN school sc ON sc.district_id = es.district_id AND sc.id = es.school_id
                     WHERE es.district_id = e.district_id AND es.educator_id = e.id ORDER BY sc.name, sc.id) AS school_names,
              ${windowCounts.join(', ')}
         FROM renewal_standing s
         JOIN educator e ON e.district_id = s.district_id AND e.id = s.educator_id AND e.active
        WHERE s.district_id = ${params.add(viewer.districtId)} AND s.as_of = ${day}::date
          AND ${educatorAccessSql(viewer, 'e.id', params)}
          AND s.status IN ('ON_TRACK', 'AT_RISK', 'BEHIND')
          AND s.deadline BETWEEN ${day}::date AND ${day}::date + ${params.add(widest)}::int
        ORDER BY days_left, lower(e.last_name) COLLATE "C", lower(e.first_name) COLLATE "C", e.id
        LIMIT ${params.add(limit)}`,
      params.values,
    );
    const within = windows.map((_, i) => Number(rows[0]?.[`within_${i}`] ?? 0));
    return {
      within,
      licenses: rows.map((row) => ({
        educator: toEducatorModel(row),
        schoolNames: row.school_names,
        renewal: {
          status: row.status,
          licenseId: row.license_id,
          licenseTypeName: row.license_type_name,
          unitName: row.unit_name,
          deadline: row.deadline,
          daysLeft: row.days_left,
          required: row.required,
          earned: row.earned,
          remaining: row.remaining,
        },
      })),
    };
  }
}
