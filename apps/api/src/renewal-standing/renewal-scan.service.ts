import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  evaluateLane,
  evaluateRenewal,
  type LaneEvaluation,
  type PdRecordInput,
  type RenewalEvaluation,
} from '@pd-ledger/credit-rules';
import { Query } from 'pg';
import { DataSource } from 'typeorm';
import { educatorAccessSql } from '../access/access-scope';
import type { Viewer } from '../access/viewer';
import { groupByKeys } from '../common/request-loader';
import { todayIsoDate } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { EDUCATOR_COLUMNS, EducatorModel, EducatorRow, toEducatorModel } from '../educators/educator.model';
import type { LicenseModel } from '../educators/license.model';
import { LICENSE_COLUMNS, LicenseRow, toLicenseModel } from '../educators/license-row';
import {
  CONVERTER_RECORD_COLUMNS,
  ConverterRecordRow,
  RENEWAL_RECORD_COLUMNS,
  toConverterRecord,
  toRenewalRecord,
} from '../domain/converter-records';
import type { RuleReferenceModel } from '../domain/evaluation.models';
import { RenewalsService, laneInput, planLicense, type ScheduleVersion } from '../renewals/renewals.service';
import type { DistrictRules } from '../district-rules/district-rule-sets';
import { DistrictRulesService } from '../district-rules/district-rules.service';

/** Which educators a scan visits. Callers pass school ids they have already authorized. */
export interface ScanScope {
  /** Only staff of these schools (null: every school the viewer may see). */
  schoolIds?: readonly string[] | null;
  /** Only these educators. */
  educatorIds?: readonly string[] | null;
  /** Also people a roster import deactivated (default: current staff only). */
  includeInactive?: boolean;
}

export interface ScanOptions {
  /** Evaluate renewals as of this date (YYYY-MM-DD). */
  asOf: string;
  /** Educators per batch (default 500): the memory a scan holds at once. */
  batchSize?: number;
  /** Build the converter's explanation lines (default false: reports need totals only). */
  explain?: boolean;
  /** Also evaluate each educator's salary lane against the district's schedule in force on `asOf`. */
  lane?: boolean;
  /**
   * For trends: count approved or verified records only if they were decided (reviewed, or
   * entered already verified) on or before this date (YYYY-MM-DD); later decisions are treated as
   * still pending, as they were on that date. Default: every record with its status now.
   */
  decidedBy?: string;
  /**
   * For trends: also evaluate every license at each of these dates (YYYY-MM-DD), each counting
   * only the records decided by that date, from the one load of the batch (`renewalsOn`).
   */
  trendDates?: readonly string[];
  /**
   * Batches fetched ahead of the one being consumed (default 0, at most 4). The educator lists are
   * read one after another (keyset), but their licenses and records are queried concurrently, so a
   * long export overlaps its database round trips; memory grows by this many batches.
   */
  readAhead?: number;
  /**
   * The order educators are visited in. 'name' (default: last, first, id) is what reports and
   * lists show. 'id' is for totals and counts that do not care: each batch is then one contiguous
   * range of educator ids, so its licenses and PD records are read as one range of their
   * (district, educator) indexes instead of being looked up id by id or by scanning the table.
   */
  order?: 'name' | 'id';
  /**
   * 'renewal': read only the record fields the renewal evaluation uses (`RENEWAL_RECORD_COLUMNS`),
   * for exports of renewal figures, and keep no records once evaluated (`ScannedEducator.records`
   * is then empty; `lastPdOn` and the renewals are computed as usual): a batch waiting to be
   * written then holds its results only. Applies only without explanations, lanes or decision
   * dates (which read more); otherwise, and by default ('converter'), every converter field is read.
   */
  records?: 'converter' | 'renewal';
}

/** One license's evaluation in a scan. */
export interface ScannedRenewal {
  license: LicenseModel;
  evaluation: RenewalEvaluation;
  notes: RuleReferenceModel[];
}

/** One educator as a scan yields it: everything a report row or a dashboard figure needs. */
export interface ScannedEducator {
  educator: EducatorModel;
  /** The educator's schools by name; the first is their primary school in reports. */
  schools: Array<{ id: string; name: string }>;
  records: PdRecordInput[];
  /** One evaluation per license that has a state rule set, newest cycle first. */
  renewals: ScannedRenewal[];
  /** Latest completion date of approved or verified PD, or null. */
  lastPdOn: string | null;
  /** Present when `lane` was asked for and the educator can be placed on the schedule. */
  lane: LaneEvaluation | null;
  /** Present when `trendDates` was asked for: the licenses' evaluations on each of those dates. */
  renewalsOn?: ReadonlyMap<string, ScannedRenewal[]>;
}

const DEFAULT_BATCH = 500;
const MAX_BATCH = 5_000;
const MAX_READ_AHEAD = 4;

/**
 * Evaluates many educators at once, for reports, exports, goals and dashboard figures: the same
 * converter and rule resolution (state preset plus the district's overrides, `planLicense`) as an
 * educator's own "My renewal" (`RenewalsService`), so a report
 * and a teacher's view never disagree. Educators are visited in name order (last, first, id) by
 * keyset over `educator_district_name_idx`, a batch at a time with three queries per batch, so
 * memory stays flat however large the district.
 */
@Injectable()
export class RenewalScanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credit: RenewalsService,
    private readonly districtRules: DistrictRulesService,
  ) {}

  async *scan(request: object, viewer: Viewer, scope: ScanScope, options: ScanOptions): AsyncGenerator<ScannedEducator[]> {
    const batchSize = Math.min(Math.max(options.batchSize ?? DEFAULT_BATCH, 1), MAX_BATCH);
    const readAhead = Math.min(Math.max(options.readAhead ?? 0, 0), MAX_READ_AHEAD);
    const [schedule, rules] = await Promise.all([
      options.lane ? this.credit.schedule(request, viewer, options.asOf) : null,
      this.districtRules.forDistrict(request, viewer.districtId),
    ]);
    const inFlight: Array<Promise<ScannedEducator[]>> = [];
    const order = options.order ?? 'name';
    // Given educators in id order: each batch asks for the next batchSize of them, not for the
    // whole list again (a refresh of 10,000 standings sent all 10,000 ids with every batch).
    const idChunks = order === 'id' && scope.educatorIds ? chunks([...new Set(scope.educatorIds)].sort(), batchSize) : null;
    let chunkAt = 0;
    let after: { last: string; first: string; id: string } | null = null;
    let more = idChunks ? idChunks.length > 0 : true;
    try {
      while (more || inFlight.length > 0) {
        // Keep up to readAhead + 1 batches in flight; yield them in order.
        while (more && inFlight.length <= readAhead) {
          let educators: EducatorRow[];
          if (idChunks) {
            const educatorIds = idChunks[chunkAt++]!;
            more = chunkAt < idChunks.length;
            educators = await this.educatorBatch(viewer, { ...scope, educatorIds }, order, null, batchSize);
            // Every one of these ids gone (left the district, no longer visible): the next chunk.
            if (educators.length === 0) continue;
          } else {
            educators = await this.educatorBatch(viewer, scope, order, after, batchSize);
            if (educators.length < batchSize) more = false;
            if (educators.length === 0) break;
          }
          const evaluated = this.evaluateBatch(viewer, educators, options, schedule, rules);
          // A failure is reported when its batch's turn comes; until then it must not be "unhandled".
          evaluated.catch(() => undefined);
          inFlight.push(evaluated);
          const last = educators[educators.length - 1]!;
          after = { last: last.last_name.toLowerCase(), first: last.first_name.toLowerCase(), id: last.id };
        }
        const next = inFlight.shift();
        if (!next) return;
        yield await next;
      }
    } finally {
      // The consumer stopped early (client went away): let the queries already sent finish quietly.
      await Promise.allSettled(inFlight);
    }
  }

  /** Collects a whole scan; for bounded scopes (a school, a page of educators), never for exports. */
  async collect(request: object, viewer: Viewer, scope: ScanScope, options: ScanOptions): Promise<ScannedEducator[]> {
    const all: ScannedEducator[] = [];
    for await (const batch of this.scan(request, viewer, scope, options)) all.push(...batch);
    return all;
  }

  private async educatorBatch(
    viewer: Viewer,
    scope: ScanScope,
    order: 'name' | 'id',
    after: { last: string; first: string; id: string } | null,
    limit: number,
  ): Promise<EducatorRow[]> {
    const params = new SqlParams();
    const conditions = [`e.district_id = ${params.add(viewer.districtId)}`, educatorAccessSql(viewer, 'e.id', params)];
    if (!scope.includeInactive) conditions.push('e.active');
    if (scope.schoolIds) {
      conditions.push(`EXISTS (SELECT 1 FROM educator_school es WHERE es.district_id = e.district_id
        AND es.educator_id = e.id AND es.school_id = ANY(${params.add(scope.schoolIds)}::uuid[]))`);
    }
    if (scope.educatorIds) conditions.push(`e.id = ANY(${params.add(scope.educatorIds)}::uuid[])`);
    if (after && order === 'id') {
      conditions.push(`e.id > ${params.add(after.id)}::uuid`);
    } else if (after) {
      conditions.push(
        `(lower(e.last_name), lower(e.first_name), e.id) > (${params.add(after.last)}, ${params.add(after.first)}, ${params.add(after.id)}::uuid)`,
      );
    }
    return this.dataSource.query(
      `SELECT ${EDUCATOR_COLUMNS} FROM educator e
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${order === 'id' ? 'e.id' : 'lower(e.last_name), lower(e.first_name), e.id'}
        LIMIT ${params.add(limit)}`,
      params.values,
    );
  }

  private async evaluateBatch(
    viewer: Viewer,
    rows: EducatorRow[],
    options: ScanOptions,
    schedule: ScheduleVersion | null,
    rules: DistrictRules,
  ): Promise<ScannedEducator[]> {
    const ids = rows.map((row) => row.id);
    // The batch's ids; in id order they are also one range, which lets PostgreSQL read each
    // table's (district, educator) index from the first id to the last instead of probing it
    // once per id (or, for 2,000 ids, scanning the whole table).
    const inBatch = (column: string) => {
      const range = options.order === 'id' ? `${column} BETWEEN $3::uuid AND $4::uuid AND ` : '';
      return `${range}${column} = ANY($2::uuid[])`;
    };
    // When each decision was made matters only for trends; otherwise the column is not read.
    const datedDecisions = options.decidedBy !== undefined || (options.trendDates?.length ?? 0) > 0;
    const batchParams = options.order === 'id' ? [viewer.districtId, ids, ids[0], ids[ids.length - 1]] : [viewer.districtId, ids];
    const explain = options.explain ?? false;
    const renewalOnly = options.records === 'renewal' && !explain && !options.lane && !datedDecisions;
    const fullRecords = renewalOnly
      ? null
      : (
          this.dataSource.query(
            `SELECT ${CONVERTER_RECORD_COLUMNS}${datedDecisions ? ', COALESCE(r.reviewed_at, r.created_at) AS decided_at' : ''}
           FROM pd_record r
           LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
          WHERE r.district_id = $1 AND ${inBatch('r.educator_id')}
          ORDER BY r.educator_id, r.completed_on, r.id`,
            batchParams,
          ) as Promise<Array<ConverterRecordRow & { decided_at?: Date }>>
        ).then((recordRows) => groupByKeys(ids, recordRows, (row) => row.educator_id));
    const [schoolRows, licenseRows, records] = await Promise.all([
      this.dataSource.query(
        `SELECT es.educator_id, s.id, s.name FROM educator_school es
           JOIN school s ON s.district_id = es.district_id AND s.id = es.school_id
          WHERE es.district_id = $1 AND ${inBatch('es.educator_id')}
          ORDER BY es.educator_id, s.name, s.id`,
        batchParams,
      ) as Promise<Array<{ educator_id: string; id: string; name: string }>>,
      this.dataSource.query(
        `SELECT ${LICENSE_COLUMNS} FROM license l
          WHERE l.district_id = $1 AND ${inBatch('l.educator_id')}
          ORDER BY l.educator_id, l.cycle_end DESC, l.id`,
        batchParams,
      ) as Promise<LicenseRow[]>,
      fullRecords,
    ]);
    const schools = groupByKeys(ids, schoolRows, (row) => row.educator_id);
    const licenses = groupByKeys(ids, licenseRows, (row) => row.educator_id);
    const scanned = (
      index: number,
      own: PdRecordInput[] | Array<ConverterRecordRow & { decided_at?: Date }>,
    ): ScannedEducator => {
      const row = rows[index]!;
      const educator = toEducatorModel(row);
      // The renewal-only read yields converter records already; full rows are mapped here.
      const current = renewalOnly ? (own as PdRecordInput[]) : (own as ConverterRecordRow[]).map(toConverterRecord);
      const decidedOn = datedDecisions
        ? (own as Array<{ decided_at?: Date }>).map((recordRow) => todayIsoDate(new Date(recordRow.decided_at!)))
        : [];
      // Records decided (approved, verified) after `decidedBy` are still pending as of then.
      const recordsDecidedBy = (decidedBy: string | undefined) =>
        decidedBy === undefined
          ? current
          : current.map((record, i) =>
              (record.status === 'approved' || record.status === 'verified') && decidedOn[i]! > decidedBy
                ? { ...record, status: 'submitted' as const }
                : record,
            );
      const plans = licenses[index]!.flatMap((licenseRow) => {
        const plan = planLicense(toLicenseModel(licenseRow), rules);
        return plan ? [plan] : [];
      });
      const evaluateAt = (asOf: string, converterRecords: PdRecordInput[]): ScannedRenewal[] =>
        plans.map((plan) => ({
          license: plan.license,
          evaluation: evaluateRenewal(
            { ruleSet: plan.ruleSet, educatorId: educator.id, license: plan.input, records: converterRecords, asOf },
            { explain },
          ),
          notes: plan.notes,
        }));
      const converterRecords = recordsDecidedBy(options.decidedBy);
      const renewals = evaluateAt(options.asOf, converterRecords);
      const renewalsOn = options.trendDates
        ? new Map(options.trendDates.map((date) => [date, evaluateAt(date, recordsDecidedBy(date))] as const))
        : undefined;
      const input = options.lane ? laneInput(educator, schedule, converterRecords, options.asOf) : null;
      return {
        educator,
        schools: schools[index]!.map(({ id, name }) => ({ id, name })),
        records: renewalOnly ? [] : converterRecords,
        renewals,
        lastPdOn: lastCountedOn(converterRecords, options.asOf),
        lane: input ? evaluateLane(input) : null,
        ...(renewalsOn ? { renewalsOn } : {}),
      };
    };
    if (records !== null) return rows.map((_, index) => scanned(index, records[index]!));
    // Renewal only: each educator is evaluated as soon as their last record has arrived, so the
    // records die young (the garbage collector copies what survives, and its scavenges were the
    // largest cost in a CPU profile of the export).
    const out = new Array<ScannedEducator>(rows.length);
    await this.renewalRecords(viewer, ids, options.order === 'id', (index, own) => (out[index] = scanned(index, own)));
    return out;
  }

  /**
   * The batch's records with only what the renewal evaluation reads (`RENEWAL_RECORD_COLUMNS`),
   * handed to `each` educator by educator (by position in `ids`, every position once, in order,
   * with no records for an educator who has none) as the rows arrive. The batch's ids are joined
   * WITH ORDINALITY, so each row names its educator by that position (a small integer) instead of
   * a 36-character id, and rows come back as arrays (pg's array row mode) that are dropped once
   * read (a 'row' listener and no callback: pg keeps no row list). The connection is checked out
   * through TypeORM's query runner, which applies the district scope.
   */
  private async renewalRecords(
    viewer: Viewer,
    ids: readonly string[],
    idRange: boolean,
    each: (index: number, records: PdRecordInput[]) => void,
  ): Promise<void> {
    const params: unknown[] = [viewer.districtId, ids];
    if (idRange) params.push(ids[0], ids[ids.length - 1]);
    const sql = `SELECT b.position::int4, ${RENEWAL_RECORD_COLUMNS}
       FROM unnest($2::uuid[]) WITH ORDINALITY AS b(educator_id, position)
       JOIN pd_record r ON r.district_id = $1 AND r.educator_id = b.educator_id
       LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
      ${idRange ? 'WHERE r.educator_id BETWEEN $3::uuid AND $4::uuid' : ''}
      ORDER BY b.position, r.completed_on, r.id`;
    let at = 0;
    let current: PdRecordInput[] = [];
    const deliverUpTo = (index: number) => {
      for (; at < index; at++) {
        each(at, current);
        current = [];
      }
    };
    // A failure inside the row handler must not escape into pg's socket handling: it is kept and
    // thrown once the query has ended.
    let failure: { error: unknown } | null = null;
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as { query(query: Query): Query };
      const config = { text: sql, values: params, rowMode: 'array' as const };
      const query = new Query(config);
      query.on('row', (row: unknown[]) => {
        if (failure) return;
        try {
          const index = (row[0] as number) - 1;
          if (index < at) throw new Error(`Records out of educator order at position ${index + 1}`);
          deliverUpTo(index);
          current.push(toRenewalRecord(row, 1));
        } catch (error) {
          failure = { error };
        }
      });
      await new Promise<void>((resolve, reject) => {
        query.once('end', () => resolve());
        query.once('error', reject);
        client.query(query);
      });
    } finally {
      await runner.release();
    }
    if (failure) throw (failure as { error: unknown }).error;
    deliverUpTo(ids.length);
  }
}

/** `values` in consecutive runs of at most `size`. */
function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < values.length; at += size) out.push(values.slice(at, at + size));
  return out;
}

/** The latest completion date, on or before `asOf`, of PD that counts (approved or verified). */
export function lastCountedOn(records: readonly PdRecordInput[], asOf: string): string | null {
  let latest: string | null = null;
  for (const record of records) {
    if (
      (record.status === 'approved' || record.status === 'verified') &&
      record.completedOn <= asOf &&
      (latest === null || record.completedOn > latest)
    ) {
      latest = record.completedOn;
    }
  }
  return latest;
}
