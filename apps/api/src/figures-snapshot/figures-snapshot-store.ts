import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { STANDING_ENGINE } from '../domain/standing-engine';
import { limitAnswerValidity } from './answer-validity';

/**
 * Bump when what a stored answer holds changes (a model's fields, or how one is computed), so
 * answers written by an older build are recomputed rather than trusted.
 */
const SNAPSHOT_FORMAT = 1;

/**
 * This process: answers are only served to the process that stored them, so a deploy (whose code
 * may compute an answer differently, with or without a SNAPSHOT_FORMAT bump) never serves what an
 * older build stored. Each API process computes each answer once per change.
 */
const PROCESS_KEY = randomUUID();

/** A computed answer, and the moment it stops holding if that comes before any write (else null). */
export interface ComputedFigures<T> {
  value: T;
  validUntil?: Date | null;
}

/**
 * The principal's and HR's home answers (`figures_snapshot`), stored per question so that a home
 * asked again before anything changed is one indexed read instead of the standings' staleness
 * check over the whole scope and every aggregate over the district's PD.
 *
 * An answer is trusted only while all of these still hold: the district's figures counter is the
 * one read before it was computed (database triggers bump it as any transaction that wrote a table
 * the homes read commits; see migration 1797820000000), it is the same day (renewal figures are as
 * of today), the same build and process (`SNAPSHOT_FORMAT`, `STANDING_ENGINE`, `PROCESS_KEY`), and its `validUntil`, if any,
 * has not passed. The key holds the question's arguments and the viewer's access (role, schools),
 * so an answer is only ever given to someone who would have been given exactly the same one.
 */
@Injectable()
export class FiguresSnapshotStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The stored answer to `question` for this viewer as of `asOf`, or else `compute()`'s, stored.
   * `question` must name everything the answer depends on besides the data, the viewer and the day.
   */
  async answer<T>(viewer: Viewer, question: unknown, asOf: string, compute: () => Promise<ComputedFigures<T>>): Promise<T> {
    const key = snapshotKey(viewer, question);
    // One round trip: the stored answer if still valid, and the counter to label a new one with.
    // The counter is read before anything the answer is computed from, so a change committed
    // meanwhile leaves the new answer labelled with the older counter: recomputed next time.
    const [row] = (await this.dataSource.query(
      `WITH current AS (SELECT COALESCE((SELECT version FROM district_figures_version WHERE district_id = $1), 0) AS version)
       SELECT current.version::text AS version,
              s.payload, s.valid_until
         FROM current
         LEFT JOIN figures_snapshot s
           ON s.district_id = $1 AND s.key = $2 AND s.as_of = $3::date AND s.version = current.version
          AND (s.valid_until IS NULL OR s.valid_until > now())`,
      [viewer.districtId, key, asOf],
    )) as Array<{ version: string; payload: T | null; valid_until: Date | null }>;
    if (row?.payload !== null && row?.payload !== undefined) {
      limitAnswerValidity(row.valid_until);
      return row.payload;
    }
    const computed = await compute();
    limitAnswerValidity(computed.validUntil);
    await this.store(viewer, key, asOf, row!.version, computed);
    return computed.value;
  }

  private async store<T>(
    viewer: Viewer,
    key: string,
    asOf: string,
    version: string,
    computed: ComputedFigures<T>,
  ): Promise<void> {
    // Answers of earlier days are never read again: each store clears the district's.
    await this.dataSource.query(
      `WITH old AS (DELETE FROM figures_snapshot WHERE district_id = $1 AND as_of < $3::date)
       INSERT INTO figures_snapshot AS s (district_id, key, as_of, version, valid_until, payload)
       VALUES ($1, $2, $3::date, $4::bigint, $5::timestamptz, $6::jsonb)
       ON CONFLICT (district_id, key) DO UPDATE SET as_of = EXCLUDED.as_of, version = EXCLUDED.version,
         valid_until = EXCLUDED.valid_until, payload = EXCLUDED.payload, computed_at = now()
       WHERE s.as_of < EXCLUDED.as_of OR (s.as_of = EXCLUDED.as_of AND s.version <= EXCLUDED.version)`,
      [viewer.districtId, key, asOf, version, computed.validUntil ?? null, JSON.stringify(computed.value)],
    );
  }
}

/** The stored answer's key: the question, the viewer's access, the build and this process. */
export function snapshotKey(viewer: Viewer, question: unknown): string {
  const access = { role: viewer.role, schoolIds: [...viewer.schoolIds].sort(), educatorId: viewer.educatorId ?? null };
  return createHash('sha256')
    .update(JSON.stringify({ format: SNAPSHOT_FORMAT, process: PROCESS_KEY, engine: STANDING_ENGINE, access, question }))
    .digest('hex');
}
