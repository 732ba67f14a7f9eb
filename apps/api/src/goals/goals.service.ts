import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { educatorAccessSql } from '../access/access-scope';
import { Role } from '../access/role';
import type { ApiRequest, Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { badUserInput, forbidden, ForbiddenError, notFound, NotFoundError } from '../common/errors';
import { groupByKeys } from '../common/request-loader';
import { todayIsoDate } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { parseUuid } from '../common/validation';
import { RenewalScanService, type ScannedRenewal } from '../renewal-standing/renewal-scan.service';
import { STANDING_ENGINE } from '../domain/standing-engine';
import { EDUCATOR_COLUMNS, EducatorRow, toEducatorModel } from '../educators/educator.model';
import { COUNTED_STATUSES } from '../domain/pd-enums';
import { SchoolModel } from '../schools/school.model';
import { CreateGoalInput, UpdateGoalInput } from './dto/goal.input';
import { GoalFields, validateGoalFields } from './dto/validate-goal';
import { GoalMeasure, unitOfMeasure } from './goal-measure';
import { GoalModel, GoalPersonModel, GoalProgressModel } from './goal.model';
import {
  evaluateRecordGoal,
  GoalDefinition,
  GoalRecord,
  GoalStanding,
  PersonStanding,
  summarize,
  trendDates,
} from './goal-progress';

interface GoalRow {
  id: string;
  district_id: string;
  school_id: string | null;
  school_name: string | null;
  title: string;
  measure: GoalMeasure;
  target: string;
  minimum_count: number | null;
  competency_area: string | null;
  earned_since_start: boolean;
  starts_on: string;
  deadline: string;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

const GOAL_SELECT = `SELECT g.id, g.district_id, g.school_id, s.name AS school_name, g.title, g.measure, g.target::text AS target,
    g.minimum_count, g.competency_area, g.earned_since_start, g.starts_on, g.deadline, g.created_at, g.updated_at, g.archived_at
  FROM goal g LEFT JOIN school s ON s.district_id = g.district_id AND s.id = g.school_id`;

/** Per request: the last progress computation queued (see GoalsService.progress). */
const progressQueues = new WeakMap<object, Promise<unknown>>();

const RENEWAL_COUNTED: ReadonlySet<string> = new Set(['complete', 'on_track']);

/**
 * Bump when what a stored progress means changes (its fields, or how `goal-progress.ts` turns
 * records and standings into figures), so rows written by an older build are recomputed.
 */
const GOAL_PROGRESS_FORMAT = 1;

/** The figures stored in `goal_progress.progress`: what depends on the records, not on who asks. */
type StoredFigures = Pick<GoalProgressModel, 'current' | 'met' | 'counted' | 'total' | 'trend' | 'notCountedPeople'>;

/** Whose staff a goal's progress covers: a school, the whole district, or a principal's schools. */
interface ProgressScope {
  /** Sorted; null: the whole district. */
  schoolIds: string[] | null;
  partial: boolean;
}

function progressScope(viewer: Viewer, goal: GoalModel): ProgressScope {
  if (goal.school) return { schoolIds: [goal.school.id], partial: false };
  if (viewer.role === Role.HR_ADMIN) return { schoolIds: null, partial: false };
  return { schoolIds: [...viewer.schoolIds].sort(), partial: true };
}

/** The stored row's scope: 'district', or the school ids. */
function scopeKey(scope: ProgressScope): string {
  return scope.schoolIds === null ? 'district' : scope.schoolIds.join(',');
}

function forbiddenField(field: string, value: unknown, reason: string): ForbiddenError {
  return new ForbiddenError(`Not allowed for ${field}: ${JSON.stringify(value)} ${reason}`, field);
}

function notFoundField(field: string, value: string, what: string): NotFoundError {
  return new NotFoundError(`${what} not found (${field} ${JSON.stringify(value)})`, field);
}

function goalAudit(fields: GoalFields & { schoolId: string | null }): Record<string, unknown> {
  return {
    title: fields.title,
    schoolId: fields.schoolId,
    measure: fields.measure,
    target: fields.target,
    minimumCount: fields.minimumCount,
    competencyArea: fields.competencyArea,
    earnedSinceStart: fields.earnedSinceStart,
    startsOn: fields.startsOn,
    deadline: fields.deadline,
  };
}

/**
 * School and district goals: principals set goals for their schools, HR for any school or the
 * whole district. Principals see their schools' goals and the district-wide ones (whose progress
 * they see over their own schools' staff); HR sees every goal of the district; teachers none.
 * Progress is stored per goal and scope with the fingerprint of everything it was computed from,
 * and recomputed whenever that fingerprint has changed (`progress`): never older than the last write.
 */
@Injectable()
export class GoalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly scans: RenewalScanService,
  ) {}

  async list(viewer: Viewer, schoolIdValue: string | null | undefined, includeArchived: boolean): Promise<GoalModel[]> {
    const params = new SqlParams();
    const conditions = [`g.district_id = ${params.add(viewer.districtId)}`, this.visibleSql(viewer, params)];
    if (!includeArchived) conditions.push('g.archived_at IS NULL');
    if (schoolIdValue !== null && schoolIdValue !== undefined) {
      const schoolId = parseUuid('schoolId', schoolIdValue);
      await this.requireSchool(this.dataSource.manager, viewer, schoolId, 'list');
      conditions.push(`g.school_id = ${params.add(schoolId)}`);
    }
    const rows: GoalRow[] = await this.dataSource.query(
      `${GOAL_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY g.archived_at NULLS FIRST, g.deadline, lower(g.title), g.id`,
      params.values,
    );
    return rows.map((row) => this.toModel(viewer, row));
  }

  /** The competency areas a micro-credential goal may name: those of the district's catalog, in order. */
  async competencyAreas(viewer: Viewer): Promise<string[]> {
    const rows: Array<{ competency_area: string }> = await this.dataSource.query(
      `SELECT DISTINCT competency_area FROM catalog_item WHERE district_id = $1 AND competency_area IS NOT NULL ORDER BY competency_area`,
      [viewer.districtId],
    );
    return rows.map((row) => row.competency_area);
  }

  async find(viewer: Viewer, idValue: string): Promise<GoalModel> {
    const row = await this.findRow(this.dataSource.manager, viewer, parseUuid('id', idValue));
    return this.toModel(viewer, row);
  }

  async create(viewer: Viewer, input: CreateGoalInput, request: ApiRequest): Promise<GoalModel> {
    const fields = validateGoalFields(input ?? {});
    const schoolId =
      input.schoolId === null || input.schoolId === undefined || input.schoolId === ''
        ? null
        : parseUuid('schoolId', input.schoolId);
    if (schoolId === null && viewer.role !== Role.HR_ADMIN) {
      throw forbiddenField('schoolId', null, 'principals set goals for one of their schools; district-wide goals are set by HR');
    }
    return this.dataSource.transaction(async (manager) => {
      if (schoolId) await this.requireSchool(manager, viewer, schoolId, 'create');
      fields.competencyArea = await this.checkCompetencyArea(manager, viewer, fields.competencyArea);
      const [{ id }]: Array<{ id: string }> = await manager.query(
        `INSERT INTO goal (district_id, school_id, title, measure, target, minimum_count, competency_area, starts_on, deadline,
           created_by_account_id, earned_since_start)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          viewer.districtId,
          schoolId,
          fields.title,
          fields.measure,
          fields.target,
          fields.minimumCount,
          fields.competencyArea,
          fields.startsOn,
          fields.deadline,
          viewer.accountId,
          fields.earnedSinceStart,
        ],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'GOAL_CREATED',
        entityType: 'goal',
        entityId: id,
        details: { before: null, after: goalAudit({ ...fields, schoolId }) },
      });
      return this.toModel(viewer, await this.findRow(manager, viewer, id));
    });
  }

  async update(viewer: Viewer, idValue: string, input: UpdateGoalInput, request: ApiRequest): Promise<GoalModel> {
    const id = parseUuid('id', idValue);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.findRow(manager, viewer, id, true);
      this.requireEditable(viewer, row);
      if (row.archived_at) throw badUserInput('id', id, 'is an archived goal; archived goals cannot be changed');
      const before = this.fieldsOf(row);
      const merged = {
        title: input.title ?? before.title,
        measure: before.measure,
        target: input.target ?? before.target,
        minimumCount: input.minimumCount !== undefined && input.minimumCount !== null ? input.minimumCount : before.minimumCount,
        competencyArea:
          input.competencyArea !== undefined && input.competencyArea !== null ? input.competencyArea : before.competencyArea,
        earnedSinceStart:
          input.earnedSinceStart !== undefined && input.earnedSinceStart !== null
            ? input.earnedSinceStart
            : before.earnedSinceStart,
        startsOn: input.startsOn ?? before.startsOn,
        deadline: input.deadline ?? before.deadline,
      };
      const fields = validateGoalFields(merged);
      fields.competencyArea = await this.checkCompetencyArea(manager, viewer, fields.competencyArea);
      const changed = (Object.keys(fields) as Array<keyof GoalFields>).filter((key) => fields[key] !== before[key]);
      if (changed.length === 0) return this.toModel(viewer, row);
      await manager.query(
        `UPDATE goal SET title = $3, target = $4, minimum_count = $5, competency_area = $6, starts_on = $7, deadline = $8,
           earned_since_start = $9, updated_at = now()
          WHERE district_id = $1 AND id = $2`,
        [
          viewer.districtId,
          id,
          fields.title,
          fields.target,
          fields.minimumCount,
          fields.competencyArea,
          fields.startsOn,
          fields.deadline,
          fields.earnedSinceStart,
        ],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'GOAL_UPDATED',
        entityType: 'goal',
        entityId: id,
        details: {
          before: Object.fromEntries(changed.map((key) => [key, before[key]])),
          after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
        },
      });
      return this.toModel(viewer, await this.findRow(manager, viewer, id));
    });
  }

  async archive(viewer: Viewer, idValue: string, request: ApiRequest): Promise<GoalModel> {
    const id = parseUuid('id', idValue);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.findRow(manager, viewer, id, true);
      this.requireEditable(viewer, row);
      if (row.archived_at) return this.toModel(viewer, row);
      await manager.query(`UPDATE goal SET archived_at = now(), updated_at = now() WHERE district_id = $1 AND id = $2`, [
        viewer.districtId,
        id,
      ]);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'GOAL_ARCHIVED',
        entityType: 'goal',
        entityId: id,
        details: { before: { archivedAt: null }, after: { title: row.title, archived: true } },
      });
      return this.toModel(viewer, await this.findRow(manager, viewer, id));
    });
  }

  /**
   * The goal's progress as of today (or its deadline once passed), its trend at month ends from
   * the start, and everyone not counted yet. RENEWAL_ON_TRACK uses RenewalScanService, the same
   * converter and rule resolution as each teacher's own renewal view.
   *
   * The figures are stored (`goal_progress`, one row per goal and scope) with the fingerprint of
   * everything they were computed from (`readStored`); a request whose fingerprint matches is
   * answered from the row, any other computes and replaces it. The fingerprint is read before the
   * data the computation reads, so a change committed meanwhile leaves the row labelled with the
   * older fingerprint: recomputed on the next request, never trusted.
   */
  async progress(
    request: object,
    viewer: Viewer,
    goal: GoalModel,
    today: string = todayIsoDate(),
    withPeople = true,
  ): Promise<GoalProgressModel> {
    const scope = progressScope(viewer, goal);
    const asOf = goal.deadline < today ? goal.deadline : today;
    const stored = await this.readStored(viewer, goal, scope, asOf, today, withPeople);
    const label =
      scope.schoolIds === null
        ? 'Whole district'
        : scope.partial
          ? `Your schools: ${stored.schoolNames.join(', ')}`
          : goal.school!.name;
    const figures =
      stored.figures ??
      (await this.queued(request, async () => {
        const computed = await this.computeFigures(viewer, goal, scope, asOf);
        await this.store(viewer, goal, scope, asOf, stored.fingerprint, computed);
        return computed;
      }));
    return { ...figures, asOf, target: goal.target, unit: goal.unit, scope: label, partial: scope.partial };
  }

  /**
   * A page of the people not counted, in name order, with their current names and schools (read
   * now, not stored with the figures).
   */
  async notCountedPage(viewer: Viewer, progress: GoalProgressModel, offset: number, limit: number): Promise<GoalPersonModel[]> {
    if (limit === 0 || offset >= progress.notCountedPeople.length) return [];
    const byId = new Map(progress.notCountedPeople.map((person) => [person.educatorId, person]));
    const params = new SqlParams();
    const rows: Array<EducatorRow & { school_names: string[] }> = await this.dataSource.query(
      `SELECT ${EDUCATOR_COLUMNS},
              ARRAY(SELECT s.name FROM educator_school es JOIN school s ON s.district_id = es.district_id AND s.id = es.school_id
                     WHERE es.district_id = e.district_id AND es.educator_id = e.id ORDER BY s.name) AS school_names
         FROM educator e
        WHERE e.district_id = ${params.add(viewer.districtId)} AND e.id = ANY(${params.add([...byId.keys()])}::uuid[])
          AND ${educatorAccessSql(viewer, 'e.id', params)}
        ORDER BY lower(e.last_name), lower(e.first_name), e.id
       OFFSET ${params.add(offset)} LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map((row) => {
      const person = byId.get(row.id)!;
      return { educator: toEducatorModel(row), schoolNames: row.school_names ?? [], value: person.value, detail: person.detail };
    });
  }

  /**
   * A list asks for every goal's progress at once; computing them one after another per request
   * keeps one request from flooding the pool (each computation is a scan of the scope's staff).
   */
  private queued<T>(request: object, work: () => Promise<T>): Promise<T> {
    const previous = progressQueues.get(request) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    progressQueues.set(request, next);
    return next;
  }

  /**
   * In one statement: the fingerprint of everything the goal's progress in this scope depends on,
   * the stored figures when their fingerprint is that one, and (principals' partial scope) the
   * names of the viewer's schools.
   *
   * The fingerprint covers: the goal's definition, asOf and today (a stored row is trusted only on
   * the day it was computed, like `renewal_standing`, so a converter fix is in force by the next
   * day even for a goal whose deadline has passed), the rule data (`STANDING_ENGINE`) and
   * GOAL_PROGRESS_FORMAT; the district's `renewal_rules_version` (rule states, overrides, catalog)
   * and `staff_scope_version` (who is current staff of which school); and each current staff
   * member of the scope with their `renewal_input_version` (PD records, licenses). All of these
   * versions only grow, so a fingerprint never comes back once its inputs have changed. Names and
   * school names are not figures: `notCountedPage` reads them when asked.
   */
  private async readStored(
    viewer: Viewer,
    goal: GoalModel,
    scope: ProgressScope,
    asOf: string,
    today: string,
    withPeople: boolean,
  ): Promise<{ fingerprint: string; figures: StoredFigures | null; schoolNames: string[] }> {
    const params = new SqlParams();
    const district = params.add(viewer.districtId);
    const staff = this.staffConditions(viewer, scope.schoolIds, params);
    const definition = createHash('sha256')
      .update(
        JSON.stringify({
          format: GOAL_PROGRESS_FORMAT,
          engine: STANDING_ENGINE,
          today,
          asOf,
          ...goalDefinition(goal),
        }),
      )
      .digest('hex');
    const schoolNames = scope.partial
      ? `ARRAY(SELECT name FROM school WHERE district_id = ${district} AND id = ANY(${params.add(scope.schoolIds)}::uuid[]) ORDER BY name)`
      : `'{}'::text[]`;
    // The people not counted can be thousands: read only when the request shows them.
    const people = withPeople ? 'CASE WHEN p.fingerprint = f.fingerprint THEN p.not_counted END' : `'[]'::jsonb`;
    const [row]: Array<{
      fingerprint: string;
      progress: Omit<StoredFigures, 'notCountedPeople'> | null;
      not_counted: StoredFigures['notCountedPeople'] | null;
      school_names: string[];
    }> = await this.dataSource.query(
      `WITH staff AS (
         SELECT e.id, COALESCE(v.version, 0) AS version
           FROM educator e
           LEFT JOIN renewal_input_version v ON v.district_id = e.district_id AND v.educator_id = e.id
          WHERE ${staff}
       ), f AS MATERIALIZED (
         SELECT md5(${params.add(definition)}
                    || '|' || COALESCE((SELECT version FROM renewal_rules_version WHERE district_id = ${district}), 0)
                    || '|' || COALESCE((SELECT version FROM staff_scope_version WHERE district_id = ${district}), 0)
                    || '|' || COALESCE((SELECT string_agg(id::text || ':' || version, ',' ORDER BY id) FROM staff), '')) AS fingerprint
       )
       SELECT f.fingerprint, CASE WHEN p.fingerprint = f.fingerprint THEN p.progress END AS progress,
              ${people} AS not_counted, ${schoolNames} AS school_names
         FROM f
         LEFT JOIN goal_progress p ON p.district_id = ${district} AND p.goal_id = ${params.add(goal.id)}
                                  AND p.scope_key = ${params.add(scopeKey(scope))}`,
      params.values,
    );
    const figures = row!.progress ? { ...row!.progress, notCountedPeople: row!.not_counted ?? [] } : null;
    return { fingerprint: row!.fingerprint, figures, schoolNames: row!.school_names };
  }

  /** Stores the figures under the fingerprint read before they were computed; the last writer wins. */
  private async store(
    viewer: Viewer,
    goal: GoalModel,
    scope: ProgressScope,
    asOf: string,
    fingerprint: string,
    figures: StoredFigures,
  ): Promise<void> {
    const { notCountedPeople: people, ...rest } = figures;
    await this.dataSource.query(
      `INSERT INTO goal_progress AS p (district_id, goal_id, scope_key, as_of, fingerprint, progress, not_counted, computed_at)
       SELECT $1, g.id, $3, $4, $5, $6, $7, now() FROM goal g WHERE g.district_id = $1 AND g.id = $2
       ON CONFLICT (district_id, goal_id, scope_key) DO UPDATE SET
         as_of = EXCLUDED.as_of, fingerprint = EXCLUDED.fingerprint, progress = EXCLUDED.progress,
         not_counted = EXCLUDED.not_counted, computed_at = EXCLUDED.computed_at`,
      [viewer.districtId, goal.id, scopeKey(scope), asOf, fingerprint, JSON.stringify(rest), JSON.stringify(people)],
    );
  }

  private async computeFigures(viewer: Viewer, goal: GoalModel, scope: ProgressScope, asOf: string): Promise<StoredFigures> {
    const dates = trendDates(goal.startsOn, asOf);
    const evaluationDates = dates.includes(asOf) ? dates : [...dates, asOf];
    const definition = goalDefinition(goal);
    const standings = new Map<string, GoalStanding>();
    let staff: string[];
    if (goal.measure === GoalMeasure.RENEWAL_ON_TRACK) {
      // One pass over the staff, each evaluated at every trend date by the scan itself. A fresh
      // request object: the district's rules must be loaded after the fingerprint was read, never
      // taken from a load made earlier in this request.
      const scanned = await this.scans.collect(
        {},
        viewer,
        { schoolIds: scope.schoolIds },
        { asOf, decidedBy: asOf, trendDates: evaluationDates },
      );
      for (const date of evaluationDates) {
        standings.set(
          date,
          summarize(
            definition,
            scanned.map((educator) => renewalStanding(educator.educator.id, educator.renewalsOn?.get(date) ?? [])),
          ),
        );
      }
      staff = scanned.map((educator) => educator.educator.id);
    } else {
      staff = await this.staff(viewer, scope.schoolIds);
      const records = await this.records(viewer, staff, asOf);
      for (const date of evaluationDates) standings.set(date, evaluateRecordGoal(definition, staff, records, date));
    }
    const current = standings.get(asOf)!;
    const inScope = new Set(staff);
    return {
      current: current.value,
      met: current.met,
      counted: current.counted,
      total: current.total,
      trend: dates.map((date) => {
        const standing = standings.get(date)!;
        return { date, value: standing.value, counted: standing.counted, total: standing.total, met: standing.met };
      }),
      notCountedPeople: current.people
        .filter((person) => !person.counted && inScope.has(person.educatorId))
        .map((person) => ({ educatorId: person.educatorId, value: person.value, detail: person.detail })),
    };
  }

  /** Current staff (educator.active) of the schools, or of the district, that the viewer may see. */
  private staffConditions(viewer: Viewer, schoolIds: readonly string[] | null, params: SqlParams): string {
    const conditions = [
      `e.district_id = ${params.add(viewer.districtId)}`,
      'e.active',
      educatorAccessSql(viewer, 'e.id', params),
    ];
    if (schoolIds) {
      conditions.push(`EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = e.district_id
        AND es.educator_id = e.id AND es.school_id = ANY(${params.add(schoolIds)}::uuid[]))`);
    }
    return conditions.join(' AND ');
  }

  /** The ids of the scope's current staff. */
  private async staff(viewer: Viewer, schoolIds: string[] | null): Promise<string[]> {
    const params = new SqlParams();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT e.id FROM educator e WHERE ${this.staffConditions(viewer, schoolIds, params)} ORDER BY e.id`,
      params.values,
    );
    return rows.map((row) => row.id);
  }

  /** Approved and verified records of the staff completed by `asOf`, with their decision dates. */
  private async records(viewer: Viewer, educatorIds: string[], asOf: string): Promise<Map<string, GoalRecord[]>> {
    if (educatorIds.length === 0) return new Map();
    const rows: Array<{
      educator_id: string;
      status: string;
      unit: string;
      amount: string;
      completed_on: string;
      micro_credential_key: string;
      competency_area: string | null;
      stated_hours: string | null;
      decided_at: Date;
    }> = await this.dataSource.query(
      `SELECT r.educator_id, r.status, r.unit, r.amount::text AS amount, r.completed_on,
              COALESCE(r.catalog_item_id::text, r.id::text) AS micro_credential_key, c.competency_area,
              c.stated_hours::text AS stated_hours, COALESCE(r.reviewed_at, r.created_at) AS decided_at
         FROM pd_record r
         LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
        WHERE r.district_id = $1 AND r.educator_id = ANY($2::uuid[]) AND r.status = ANY($3::text[]) AND r.completed_on <= $4`,
      [viewer.districtId, educatorIds, COUNTED_STATUSES, asOf],
    );
    const grouped = groupByKeys(educatorIds, rows, (row) => row.educator_id);
    return new Map(
      educatorIds.map((id, index) => [
        id,
        grouped[index]!.map((row): GoalRecord => ({
          educatorId: row.educator_id,
          status: row.status,
          unit: row.unit,
          amount: row.amount,
          completedOn: row.completed_on,
          microCredentialKey: row.micro_credential_key,
          competencyArea: row.competency_area,
          statedHours: row.stated_hours,
          decidedOn: todayIsoDate(new Date(row.decided_at)),
        })),
      ]),
    );
  }

  /** Principals: district-wide goals and their schools' goals. HR: every goal of the district. */
  private visibleSql(viewer: Viewer, params: SqlParams): string {
    if (viewer.role === Role.HR_ADMIN) return 'TRUE';
    if (viewer.role === Role.PRINCIPAL)
      return `(g.school_id IS NULL OR g.school_id = ANY(${params.add(viewer.schoolIds)}::uuid[]))`;
    return 'FALSE';
  }

  private async findRow(manager: EntityManager, viewer: Viewer, id: string, forUpdate = false): Promise<GoalRow> {
    const params = new SqlParams();
    const rows: GoalRow[] = await manager.query(
      `${GOAL_SELECT} WHERE g.district_id = ${params.add(viewer.districtId)} AND g.id = ${params.add(id)} AND ${this.visibleSql(viewer, params)}
       ${forUpdate ? 'FOR UPDATE OF g' : ''}`,
      params.values,
    );
    if (!rows[0]) throw notFound('Goal');
    return rows[0];
  }

  private requireEditable(viewer: Viewer, row: GoalRow): void {
    if (!this.canEdit(viewer, row))
      throw forbidden('District-wide goals are set by HR; principals edit their own schools’ goals');
  }

  private canEdit(viewer: Viewer, row: Pick<GoalRow, 'school_id'>): boolean {
    if (viewer.role === Role.HR_ADMIN) return true;
    return viewer.role === Role.PRINCIPAL && row.school_id !== null && viewer.schoolIds.includes(row.school_id);
  }

  /** The school must be the district's; a principal's must be one of theirs. */
  private async requireSchool(
    manager: EntityManager,
    viewer: Viewer,
    schoolId: string,
    purpose: 'list' | 'create',
  ): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM school WHERE district_id = $1 AND id = $2`, [
      viewer.districtId,
      schoolId,
    ]);
    // Another district's school answers exactly like one that does not exist.
    if (!rows[0]) throw notFoundField('schoolId', schoolId, 'School');
    if (viewer.role === Role.PRINCIPAL && !viewer.schoolIds.includes(schoolId)) {
      if (purpose === 'list') throw notFound('School');
      throw forbiddenField('schoolId', schoolId, 'is not one of your schools; principals set goals for their own schools');
    }
  }

  /** The catalog's own spelling of a competency area (matched without regard to case), or BAD_USER_INPUT. */
  private async checkCompetencyArea(manager: EntityManager, viewer: Viewer, area: string | null): Promise<string | null> {
    if (area === null) return null;
    const rows: Array<{ competency_area: string }> = await manager.query(
      `SELECT competency_area FROM catalog_item WHERE district_id = $1 AND lower(competency_area) = lower($2)
        ORDER BY competency_area LIMIT 1`,
      [viewer.districtId, area],
    );
    if (!rows[0])
      throw badUserInput('competencyArea', area, 'is not a competency area of any micro-credential in your district’s catalog');
    return rows[0].competency_area;
  }

  private fieldsOf(row: GoalRow): GoalFields {
    return {
      title: row.title,
      measure: row.measure,
      target: normalizeDecimal(row.target),
      minimumCount: row.minimum_count,
      competencyArea: row.competency_area,
      earnedSinceStart: row.earned_since_start,
      startsOn: row.starts_on,
      deadline: row.deadline,
    };
  }

  private toModel(viewer: Viewer, row: GoalRow): GoalModel {
    const school: SchoolModel | null = row.school_id
      ? { id: row.school_id, name: row.school_name ?? '', districtId: row.district_id }
      : null;
    return {
      id: row.id,
      title: row.title,
      measure: row.measure,
      unit: unitOfMeasure(row.measure),
      target: normalizeDecimal(row.target),
      minimumCount: row.minimum_count,
      competencyArea: row.competency_area,
      earnedSinceStart: row.earned_since_start,
      startsOn: row.starts_on,
      deadline: row.deadline,
      school,
      canEdit: this.canEdit(viewer, row),
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      archivedAt: row.archived_at ? new Date(row.archived_at).toISOString() : null,
      districtId: row.district_id,
    };
  }
}

/**
 * What a goal's progress is computed from, besides the data: the computation and the stored
 * progress's fingerprint both take it from here, so a field the computation reads is in the
 * fingerprint too.
 */
function goalDefinition(goal: GoalModel): GoalDefinition {
  return {
    measure: goal.measure,
    target: goal.target,
    minimumCount: goal.minimumCount,
    competencyArea: goal.competencyArea,
    earnedSinceStart: goal.earnedSinceStart,
    startsOn: goal.startsOn,
    deadline: goal.deadline,
  };
}

/** An educator counts toward RENEWAL_ON_TRACK when every license with a state rule set is complete or on track. */
function renewalStanding(educatorId: string, renewals: readonly ScannedRenewal[]): PersonStanding {
  if (renewals.length === 0) {
    return { educatorId, counted: false, value: null, detail: 'No license with a state renewal rule on file' };
  }
  const counted = renewals.every((renewal) => RENEWAL_COUNTED.has(renewal.evaluation.status));
  const worst = renewals.find((renewal) => !RENEWAL_COUNTED.has(renewal.evaluation.status)) ?? renewals[0]!;
  return {
    educatorId,
    counted,
    value: worst.evaluation.status,
    detail: renewals
      .map(
        ({ evaluation }) =>
          `${evaluation.licenseType.name}: ${evaluation.status.replace('_', ' ')}, ${evaluation.earned} of ${evaluation.required} ${evaluation.unit.name}`,
      )
      .join('; '),
  };
}
