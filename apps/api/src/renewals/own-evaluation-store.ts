import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { requestLoader } from '../common/request-loader';
import { todayIsoDate } from '../common/school-year';
import type { LaneEvaluationModel, RenewalEvaluationModel } from '../domain/evaluation.models';
import type { EducatorModel } from '../educators/educator.model';
import { STANDING_ENGINE } from '../domain/standing-engine';
import { RenewalsService } from './renewals.service';

/**
 * Bump when what a stored payload means changes (the GraphQL models of an evaluation, or how the
 * converter's result is mapped into them), so rows written by an older build are recomputed.
 */
const EVALUATION_FORMAT = 1;

/** The rule data and payload format stored evaluations were computed with. */
export const EVALUATION_ENGINE = `${STANDING_ENGINE}:${EVALUATION_FORMAT}`;

type Kind = 'RENEWALS' | 'LANE';

/** The versions an educator's evaluation depends on, read before any of its data, and the stored rows still valid under them. */
interface StoredState {
  inputsVersion: string;
  rulesVersion: string;
  stored: Map<Kind, { inputKey: string; payload: unknown }>;
  /** A request object of its own for computing, so every input is read after the versions (never reused from earlier in the request). */
  computeRequest: object;
}

/** The educator's own fields a kind reads (the rest of its inputs are covered by the versions). */
function inputKey(kind: Kind, educator: EducatorModel): string {
  if (kind === 'RENEWALS') return '';
  return JSON.stringify([educator.salaryLane, educator.salaryStep, educator.hireDate, educator.highestDegree]);
}

/**
 * The viewer's own evaluation (`Educator.renewals` and `Educator.lane` of her own educator),
 * stored per educator and kind (`educator_evaluation`) so her home does not run the converter on
 * every request. The converter stays the only source: a stored payload is served only while
 * everything it was computed from still holds, checked on every request in one statement:
 *
 * - the same `asOf`, computed today (a converter fix is in force by the next day), the same rule
 *   data and payload format (`EVALUATION_ENGINE`);
 * - the educator's PD records and licenses at the same `renewal_input_version`, the district's
 *   rule overrides, catalog and salary schedules at the same `renewal_rules_version` (both bumped
 *   by triggers in the writing transaction, migrations 1796400000000 and 1797810000000);
 * - for the lane, the same lane, step, hire date and degree on the educator (`inputKey`).
 *
 * Otherwise the evaluation is computed by `RenewalsService` exactly as for anyone else, from data
 * read after the versions, and stored labelled with those versions: a change committed meanwhile
 * leaves the row labelled older, so it is recomputed next time rather than trusted.
 */
@Injectable()
export class OwnEvaluationStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credit: RenewalsService,
  ) {}

  /** Whether `educator` is served from the store for this viewer: her own. */
  covers(viewer: Viewer, educator: EducatorModel): boolean {
    return viewer.educatorId !== null && viewer.educatorId === educator.id;
  }

  renewals(request: object, viewer: Viewer, educator: EducatorModel, asOf: string): Promise<RenewalEvaluationModel[]> {
    return this.served(request, viewer, educator, asOf, 'RENEWALS', (computeRequest) =>
      this.credit.renewals(computeRequest, viewer, educator, asOf),
    );
  }

  lane(request: object, viewer: Viewer, educator: EducatorModel, asOf: string): Promise<LaneEvaluationModel | null> {
    return this.served(request, viewer, educator, asOf, 'LANE', (computeRequest) =>
      this.credit.lane(computeRequest, viewer, educator, asOf),
    );
  }

  private async served<T>(
    request: object,
    viewer: Viewer,
    educator: EducatorModel,
    asOf: string,
    kind: Kind,
    compute: (computeRequest: object) => Promise<T>,
  ): Promise<T> {
    const state = await this.state(request, viewer, educator.id, asOf);
    const key = inputKey(kind, educator);
    const stored = state.stored.get(kind);
    if (stored && stored.inputKey === key) return stored.payload as T;
    const payload = await compute(state.computeRequest);
    await this.dataSource.query(
      `INSERT INTO educator_evaluation AS s (district_id, educator_id, kind, as_of, computed_on, engine, inputs_version,
                                             rules_version, input_key, payload, computed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, now())
       ON CONFLICT (district_id, educator_id, kind) DO UPDATE SET
         as_of = EXCLUDED.as_of, computed_on = EXCLUDED.computed_on, engine = EXCLUDED.engine,
         inputs_version = EXCLUDED.inputs_version, rules_version = EXCLUDED.rules_version, input_key = EXCLUDED.input_key,
         payload = EXCLUDED.payload, computed_at = EXCLUDED.computed_at`,
      [
        viewer.districtId,
        educator.id,
        kind,
        asOf,
        todayIsoDate(),
        EVALUATION_ENGINE,
        state.inputsVersion,
        state.rulesVersion,
        key,
        JSON.stringify(payload),
      ],
    );
    return payload;
  }

  /** Versions and valid stored rows of the educator, once per request for both kinds. */
  private state(request: object, viewer: Viewer, educatorId: string, asOf: string): Promise<StoredState> {
    return requestLoader<string, StoredState>(request, `ownEvaluation.${asOf}`, (ids) =>
      Promise.all(
        ids.map(async (id) => {
          const rows: Array<{
            inputs_version: string;
            rules_version: string;
            kind: Kind | null;
            input_key: string | null;
            payload: unknown;
          }> = await this.dataSource.query(
            `WITH current AS (
               SELECT COALESCE((SELECT version FROM renewal_input_version WHERE district_id = $1 AND educator_id = $2), 0) AS inputs_version,
                      COALESCE((SELECT version FROM renewal_rules_version WHERE district_id = $1), 0) AS rules_version)
             SELECT c.inputs_version::text AS inputs_version, c.rules_version::text AS rules_version, s.kind, s.input_key, s.payload
               FROM current c
               LEFT JOIN educator_evaluation s ON s.district_id = $1 AND s.educator_id = $2 AND s.as_of = $3::date
                AND s.computed_on = $4::date AND s.engine = $5
                AND s.inputs_version = c.inputs_version AND s.rules_version = c.rules_version`,
            [viewer.districtId, id, asOf, todayIsoDate(), EVALUATION_ENGINE],
          );
          const stored = new Map<Kind, { inputKey: string; payload: unknown }>();
          for (const row of rows) if (row.kind) stored.set(row.kind, { inputKey: row.input_key ?? '', payload: row.payload });
          return {
            inputsVersion: rows[0]!.inputs_version,
            rulesVersion: rows[0]!.rules_version,
            stored,
            computeRequest: {},
          };
        }),
      ),
    ).load(educatorId);
  }
}
