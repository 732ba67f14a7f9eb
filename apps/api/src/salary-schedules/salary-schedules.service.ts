import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  describeCompensationRule,
  getSalarySchedulePreset,
  isLocalDate,
  isSalarySchedulePresetId,
  parseSalarySchedule,
  RuleDataValidationError,
  SALARY_SCHEDULE_PRESET_IDS,
  type CatalogRef,
  type Citation,
  type SalarySchedule,
} from '@pd-ledger/credit-rules';
import { DataSource } from 'typeorm';
import type { ApiRequest, Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import { badUserInput } from '../common/errors';
import { toCitation } from '../domain/evaluation-mappers';
import { SalaryScheduleModel, SetSalaryScheduleInput } from './salary-schedules.models';

const MAX_DEFINITION_CHARS = 500_000;

function rule(ruleId: string, description: string, r: { citation: Citation; uncertain?: string | undefined }) {
  return { ruleId, description, citation: toCitation(r.citation), uncertain: r.uncertain ?? null };
}

function member(ref: CatalogRef): string {
  if ('name' in ref) return `name: ${ref.name}`;
  if ('achievementId' in ref) return `achievement: ${ref.achievementId}`;
  return `catalog item: ${ref.catalogItemId}`;
}

/** A schedule as shown on the schedule screens: its lane rules and compensation rules with citations. */
export function toSalaryScheduleModel(
  s: SalarySchedule,
  stored: { id: string; presetId: string | null; name: string; effectiveFrom: string } | null,
): SalaryScheduleModel {
  const c = s.compensation;
  return {
    id: stored?.id ?? null,
    presetId: stored ? stored.presetId : s.id,
    name: stored?.name ?? s.name,
    effectiveFrom: stored?.effectiveFrom ?? null,
    citation: toCitation(s.citation),
    uncertain: s.uncertain ?? null,
    lanes: s.lanes.map((lane) => lane.id),
    laneRules: [
      ...s.conversions.map((r) => rule(r.id, r.description, r)),
      ...s.caps.map((r) => rule(r.id, `${r.label}: at most ${r.max} credits per ${r.per.replace('_', ' ')}`, r)),
      rule(s.earnedAfter.id, `Credits count when earned after ${s.earnedAfter.basis.replace(/_/g, ' ')}`, s.earnedAfter),
      ...s.applicationWindows.map((w) => rule(w.id, `Apply ${w.opens} to ${w.closes}; pays from ${w.effective}`, w)),
      rule(s.retroactivePay.id, s.retroactivePay.allowed ? 'Pay is retroactive' : 'Pay is not retroactive', s.retroactivePay),
    ],
    microCredentialDefinition: c ? rule(c.microCredentials.id, c.microCredentials.description, c.microCredentials) : null,
    sets: (c?.sets ?? []).map((set) => ({
      id: set.id,
      name: set.name,
      members: set.members.map(member),
      citation: toCitation(set.citation),
      uncertain: set.uncertain ?? null,
    })),
    compensationRules: (c?.rules ?? []).map((r) => ({
      ruleId: r.id,
      kind: r.kind,
      label: r.label,
      description: describeCompensationRule(r, c?.sets ?? []),
      citation: toCitation(r.citation),
      uncertain: r.uncertain ?? null,
    })),
    definitionJson: JSON.stringify(s, null, 2),
  };
}

interface StoredRow {
  id: string;
  name: string;
  preset_id: string | null;
  definition: unknown;
  effective_from: string;
}

/**
 * The district's salary schedule versions: the one in force on a date (the latest `effective_from`
 * on or before it), the shipped presets, and HR choosing or editing one: a new version from its
 * date (replacing one that starts the same day; earlier versions stay for earlier dates; the audit
 * trail keeps what was replaced).
 */
@Injectable()
export class SalarySchedulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async inForce(viewer: Viewer, asOf: string): Promise<SalaryScheduleModel | null> {
    const rows: StoredRow[] = await this.dataSource.query(
      `SELECT id, name, preset_id, definition, effective_from FROM salary_schedule
        WHERE district_id = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
      [viewer.districtId, asOf],
    );
    const row = rows[0];
    if (!row) return null;
    return toSalaryScheduleModel(parseSalarySchedule(row.definition), {
      id: row.id,
      presetId: row.preset_id,
      name: row.name,
      effectiveFrom: row.effective_from,
    });
  }

  presets(): SalaryScheduleModel[] {
    return SALARY_SCHEDULE_PRESET_IDS.map((id) => toSalaryScheduleModel(getSalarySchedulePreset(id), null));
  }

  async set(viewer: Viewer, input: SetSalaryScheduleInput, request: ApiRequest): Promise<SalaryScheduleModel> {
    const effectiveFrom = input.effectiveFrom;
    if (
      typeof effectiveFrom !== 'string' ||
      !isLocalDate(effectiveFrom) ||
      effectiveFrom < '2000-01-01' ||
      effectiveFrom > '2100-12-31'
    )
      throw badUserInput('effectiveFrom', effectiveFrom, 'must be a calendar date YYYY-MM-DD between 2000-01-01 and 2100-12-31');
    const hasPreset = input.presetId != null && input.presetId !== '';
    const hasDefinition = input.definitionJson != null && input.definitionJson !== '';
    if (hasPreset === hasDefinition)
      throw badUserInput('presetId', input.presetId ?? null, 'give exactly one of presetId and definitionJson');
    let schedule: SalarySchedule;
    let presetId: string | null = null;
    if (hasPreset) {
      if (!isSalarySchedulePresetId(input.presetId!))
        throw badUserInput(
          'presetId',
          input.presetId,
          `is not a salary schedule preset (known: ${SALARY_SCHEDULE_PRESET_IDS.join(', ')})`,
        );
      presetId = input.presetId!;
      schedule = getSalarySchedulePreset(presetId);
    } else {
      const text = input.definitionJson!;
      if (text.length > MAX_DEFINITION_CHARS)
        throw badUserInput('definitionJson', `${text.length} characters`, `must be at most ${MAX_DEFINITION_CHARS} characters`);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw badUserInput('definitionJson', text.slice(0, 40), `is not JSON: ${(error as Error).message}`);
      }
      try {
        schedule = parseSalarySchedule(data);
      } catch (error) {
        if (error instanceof RuleDataValidationError) {
          const first = error.issues[0]!;
          throw badUserInput(`definitionJson.${first.path || '(root)'}`, null, first.message);
        }
        throw error;
      }
      // Still "from" a preset when HR kept its id.
      presetId = isSalarySchedulePresetId(schedule.id) ? schedule.id : null;
    }
    return this.dataSource.transaction(async (manager) => {
      const before: Array<{ id: string; name: string; preset_id: string | null }> = await manager.query(
        `SELECT id, name, preset_id FROM salary_schedule
          WHERE district_id = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
        [viewer.districtId, effectiveFrom],
      );
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO salary_schedule (district_id, name, preset_id, definition, effective_from)
         VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (district_id, effective_from)
         DO UPDATE SET name = EXCLUDED.name, preset_id = EXCLUDED.preset_id, definition = EXCLUDED.definition
         RETURNING id`,
        [viewer.districtId, schedule.name, presetId, JSON.stringify(schedule), effectiveFrom],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'SALARY_SCHEDULE_SET',
        entityType: 'salary_schedule',
        entityId: row!.id,
        details: {
          before: before[0] ? { id: before[0].id, name: before[0].name, presetId: before[0].preset_id } : null,
          after: { name: schedule.name, presetId, effectiveFrom, edited: hasDefinition },
        },
      });
      return toSalaryScheduleModel(schedule, { id: row!.id, presetId, name: schedule.name, effectiveFrom });
    });
  }
}
