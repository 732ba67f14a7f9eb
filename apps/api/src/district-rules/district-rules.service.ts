import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  getRuleSetPreset,
  isLocalDate,
  isRuleSetPresetId,
  RULE_SET_PRESET_IDS,
  RuleDataValidationError,
} from '@pd-ledger/credit-rules';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ApiRequest, Viewer } from '../access/viewer';
import { normalizeDecimal } from '../common/decimal';
import { badUserInput, notFound } from '../common/errors';
import { requestLoader } from '../common/request-loader';
import { returningRows } from '../common/returning-rows';
import { parseUuid } from '../common/validation';
import { ActivityType } from '../domain/pd-enums';
import { toCategoryId } from '../domain/converter-records';
import { toCitation } from '../domain/evaluation-mappers';
import {
  buildDistrictRuleSet,
  describeOverride,
  DistrictRules,
  overrideCitation,
  type DistrictRuleOverride,
} from './district-rule-sets';
import { DistrictRuleOverrideInput } from './dto/district-rule-override.input';
import {
  DistrictRuleOverrideKind,
  DistrictRuleOverrideModel,
  DistrictRulesModel,
  DistrictRuleStateModel,
} from './district-rules.models';

interface OverrideRow {
  id: string;
  preset_id: string;
  kind: DistrictRuleOverrideKind;
  amount: string;
  category: string | null;
  activity_type: string | null;
  label: string;
  basis: string;
  policy_url: string | null;
  effective_from: string;
  ends_on: string | null;
  created_at: Date;
  created_by_name: string | null;
  ended_at: Date | null;
  ended_by_name: string | null;
}

const OVERRIDE_COLUMNS = `o.id, o.preset_id, o.kind, o.amount::text AS amount, o.category, o.activity_type, o.label, o.basis, o.policy_url,
  o.effective_from, o.ends_on, o.created_at, o.ended_at, c.display_name AS created_by_name, e.display_name AS ended_by_name`;
const OVERRIDE_FROM = `district_rule_override o
  LEFT JOIN user_account c ON c.id = o.created_by_account_id
  LEFT JOIN user_account e ON e.id = o.ended_by_account_id`;

const AMOUNT_PATTERN = /^\d{1,6}(\.\d{1,4})?$/;
const FIRST_DATE = '2000-01-01';
const LAST_DATE = '2100-12-31';

function toOverride(row: OverrideRow): DistrictRuleOverride {
  return {
    id: row.id,
    presetId: row.preset_id,
    kind: row.kind,
    amount: normalizeDecimal(row.amount),
    category: row.category,
    activityType: row.activity_type,
    label: row.label,
    basis: row.basis,
    policyUrl: row.policy_url,
    effectiveFrom: row.effective_from,
    endsOn: row.ends_on,
  };
}

function unitNameOf(presetId: string): string {
  const preset = getRuleSetPreset(presetId);
  return preset.versions[preset.versions.length - 1]!.unit.name;
}

function toOverrideModel(row: OverrideRow): DistrictRuleOverrideModel {
  const override = toOverride(row);
  const unitName = unitNameOf(override.presetId);
  return {
    ...override,
    kind: row.kind,
    activityType: row.activity_type as ActivityType | null,
    presetName: getRuleSetPreset(override.presetId).name,
    unitName,
    description: describeOverride(override, unitName),
    citation: toCitation(overrideCitation(override)),
    createdAt: new Date(row.created_at).toISOString(),
    createdByName: row.created_by_name,
    endedAt: row.ended_at ? new Date(row.ended_at).toISOString() : null,
    endedByName: row.ended_by_name,
  };
}

/** The audit snapshot of an override. */
function auditView(o: DistrictRuleOverride): Record<string, unknown> {
  return { ...o };
}

function parseDate(field: string, value: string | null | undefined): string {
  if (typeof value !== 'string' || !isLocalDate(value)) throw badUserInput(field, value, 'must be a calendar date YYYY-MM-DD');
  if (value < FIRST_DATE || value > LAST_DATE) throw badUserInput(field, value, `must be between ${FIRST_DATE} and ${LAST_DATE}`);
  return value;
}

function parseText(field: string, value: string | null | undefined, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw badUserInput(field, value, 'must not be blank');
  if (text.length > max) throw badUserInput(field, value, `must be at most ${max} characters`);
  return text;
}

function parsePolicyUrl(value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput('policyUrl', value, 'is not a web address (expected e.g. https://district.example.org/policy/4120)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badUserInput('policyUrl', value, 'must be an http:// or https:// address');
  if (text.length > 2048) throw badUserInput('policyUrl', value, 'must be at most 2048 characters');
  return url.toString();
}

/** Validates an override as HR entered it; the result is ready to store. */
export function parseOverrideInput(input: DistrictRuleOverrideInput): Omit<DistrictRuleOverride, 'id'> {
  const kind = input.kind;
  if (!Object.values(DistrictRuleOverrideKind).includes(kind))
    throw badUserInput('kind', kind, `must be one of ${Object.values(DistrictRuleOverrideKind).join(', ')}`);
  const presetId = typeof input.presetId === 'string' ? input.presetId.trim().toLowerCase() : '';
  if (!isRuleSetPresetId(presetId))
    throw badUserInput(
      'presetId',
      input.presetId,
      'is not a state rule set (expected a lower-case postal code such as "pa" or "dc")',
    );
  const amountText = typeof input.amount === 'string' ? input.amount.trim() : '';
  if (!AMOUNT_PATTERN.test(amountText))
    throw badUserInput(
      'amount',
      input.amount,
      'must be a non-negative decimal number with at most 4 decimal places (e.g. "30" or "7.5")',
    );
  const amount = normalizeDecimal(amountText);
  if (kind !== DistrictRuleOverrideKind.ACTIVITY_CAP && amount === '0')
    throw badUserInput('amount', input.amount, 'must be greater than 0');
  let category: string | null = null;
  if (kind === DistrictRuleOverrideKind.CATEGORY_MINIMUM) {
    category = typeof input.category === 'string' ? toCategoryId(input.category) : '';
    if (!category)
      throw badUserInput(
        'category',
        input.category ?? null,
        'is required for a category minimum (a category name or id, e.g. "Literacy")',
      );
    if (category.length > 100 || !/^[a-z0-9][a-z0-9_]*$/.test(category))
      throw badUserInput('category', input.category, 'must be a category name or id of at most 100 letters, digits and spaces');
  } else if (input.category != null && input.category !== '') {
    throw badUserInput('category', input.category, `only applies to ${DistrictRuleOverrideKind.CATEGORY_MINIMUM}`);
  }
  let activityType: string | null = null;
  if (kind === DistrictRuleOverrideKind.ACTIVITY_CAP) {
    if (!input.activityType || !Object.values(ActivityType).includes(input.activityType))
      throw badUserInput('activityType', input.activityType ?? null, 'is required for an activity cap');
    activityType = input.activityType;
  } else if (input.activityType != null) {
    throw badUserInput('activityType', input.activityType, `only applies to ${DistrictRuleOverrideKind.ACTIVITY_CAP}`);
  }
  const effectiveFrom = parseDate('effectiveFrom', input.effectiveFrom);
  const endsOn = input.endsOn == null || input.endsOn === '' ? null : parseDate('endsOn', input.endsOn);
  if (endsOn !== null && endsOn <= effectiveFrom)
    throw badUserInput('endsOn', endsOn, `must be after effectiveFrom (${effectiveFrom})`);
  return {
    presetId,
    kind,
    amount,
    category,
    activityType,
    label: parseText('label', input.label, 200),
    basis: parseText('basis', input.basis, 1000),
    policyUrl: parsePolicyUrl(input.policyUrl),
    effectiveFrom,
    endsOn,
  };
}

/**
 * District rule choice and overrides: which state rule sets the district works with and
 * the district's own policies on top of them. `forDistrict` is what every evaluation uses.
 */
@Injectable()
export class DistrictRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The district's overrides, once per request (DataLoader), for `planLicense(license, rules)`.
   * Every evaluation of a stored license goes through this and `planLicense`.
   */
  forDistrict(request: object, districtId: string): Promise<DistrictRules> {
    return requestLoader<string, DistrictRules>(request, 'credit.districtRules', async (ids) => {
      const rows: Array<OverrideRow & { district_id: string }> = await this.dataSource.query(
        `SELECT o.district_id, ${OVERRIDE_COLUMNS} FROM ${OVERRIDE_FROM} WHERE o.district_id = ANY($1::uuid[]) ORDER BY o.effective_from, o.id`,
        [ids],
      );
      return ids.map((id) => new DistrictRules(rows.filter((row) => row.district_id === id).map(toOverride)));
    }).load(districtId);
  }

  /** The viewer's district's states (home first) and overrides. */
  async view(viewer: Viewer, manager: EntityManager = this.dataSource.manager): Promise<DistrictRulesModel> {
    const [states, overrides] = await Promise.all([
      this.states(manager, viewer.districtId),
      this.overrideRows(manager, viewer.districtId),
    ]);
    return { states, overrides: overrides.map(toOverrideModel) };
  }

  /** HR: the district's states, home state first. A state with overrides cannot be dropped. */
  async setStates(viewer: Viewer, presetIds: string[], request: ApiRequest): Promise<DistrictRulesModel> {
    if (!Array.isArray(presetIds) || presetIds.length === 0)
      throw badUserInput('presetIds', presetIds, 'must name at least one state (the home state first)');
    const wanted: string[] = [];
    for (const value of presetIds) {
      const id = typeof value === 'string' ? value.trim().toLowerCase() : '';
      if (!isRuleSetPresetId(id))
        throw badUserInput(
          'presetIds',
          value,
          `is not a state rule set (expected one of ${RULE_SET_PRESET_IDS.length} lower-case postal codes such as "pa" or "dc")`,
        );
      if (wanted.includes(id)) throw badUserInput('presetIds', value, 'is listed twice');
      wanted.push(id);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.lockDistrict(manager, viewer.districtId);
      const before = (await this.states(manager, viewer.districtId)).map((s) => s.presetId);
      const withOverrides: Array<{ preset_id: string }> = await manager.query(
        `SELECT DISTINCT preset_id FROM district_rule_override WHERE district_id = $1 ORDER BY preset_id`,
        [viewer.districtId],
      );
      const dropped = withOverrides.find((row) => !wanted.includes(row.preset_id));
      if (dropped)
        throw badUserInput(
          'presetIds',
          dropped.preset_id,
          'cannot be dropped: the district has overrides for this state (remove them first)',
        );
      const existing: Array<{ preset_id: string; added_by_account_id: string | null; added_at: Date }> = await manager
        .query(`DELETE FROM district_rule_state WHERE district_id = $1 RETURNING preset_id, added_by_account_id, added_at`, [
          viewer.districtId,
        ])
        .then((result) => returningRows(result));
      for (const [position, id] of wanted.entries()) {
        const kept = existing.find((row) => row.preset_id === id);
        await manager.query(
          `INSERT INTO district_rule_state (district_id, preset_id, position, added_by_account_id, added_at) VALUES ($1, $2, $3, $4, $5)`,
          [
            viewer.districtId,
            id,
            position,
            kept ? kept.added_by_account_id : viewer.accountId,
            kept ? kept.added_at : new Date(),
          ],
        );
      }
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'DISTRICT_RULE_STATES_SET',
        entityType: 'district',
        entityId: viewer.districtId,
        details: { before: { presetIds: before }, after: { presetIds: wanted } },
      });
      return this.view(viewer, manager);
    });
  }

  /** HR: adds an override for one of the district's states. Validated, and the resulting rule set checked, before it is stored. */
  async addOverride(viewer: Viewer, input: DistrictRuleOverrideInput, request: ApiRequest): Promise<DistrictRuleOverrideModel> {
    const override = parseOverrideInput(input);
    return this.dataSource.transaction(async (manager) => {
      await this.lockDistrict(manager, viewer.districtId);
      const states = await this.states(manager, viewer.districtId);
      if (!states.some((s) => s.presetId === override.presetId)) {
        throw badUserInput(
          'presetId',
          override.presetId,
          `is not one of the district's states (${states.map((s) => s.presetId).join(', ') || 'none'}); add the state first`,
        );
      }
      const [row] = returningRows<{ id: string }>(
        await manager.query(
          `INSERT INTO district_rule_override (district_id, preset_id, kind, amount, category, activity_type, label, basis, policy_url, effective_from, ends_on, created_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
          [
            viewer.districtId,
            override.presetId,
            override.kind,
            override.amount,
            override.category,
            override.activityType,
            override.label,
            override.basis,
            override.policyUrl,
            override.effectiveFrom,
            override.endsOn,
            viewer.accountId,
          ],
        ),
      );
      const stored = { ...override, id: row!.id };
      await this.checkRuleSet(manager, viewer.districtId, override.presetId);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'DISTRICT_RULE_OVERRIDE_ADDED',
        entityType: 'district_rule_override',
        entityId: stored.id,
        details: { before: null, after: auditView(stored) },
      });
      return this.overrideModel(manager, viewer.districtId, stored.id);
    });
  }

  /** HR: ends an override — from `endsOn` on it no longer applies (cycles governed before then keep it). */
  async endOverride(
    viewer: Viewer,
    idValue: string,
    endsOnValue: string,
    request: ApiRequest,
  ): Promise<DistrictRuleOverrideModel> {
    const id = parseUuid('id', idValue);
    const endsOn = parseDate('endsOn', endsOnValue);
    return this.dataSource.transaction(async (manager) => {
      await this.lockDistrict(manager, viewer.districtId);
      const [row] = await this.overrideRows(manager, viewer.districtId, id);
      if (!row) throw notFound('District rule override');
      if (endsOn <= row.effective_from)
        throw badUserInput(
          'endsOn',
          endsOn,
          `must be after the override's effective date (${row.effective_from}); remove the override instead`,
        );
      await manager.query(
        `UPDATE district_rule_override SET ends_on = $3, ended_by_account_id = $4, ended_at = now() WHERE district_id = $1 AND id = $2`,
        [viewer.districtId, id, endsOn, viewer.accountId],
      );
      await this.checkRuleSet(manager, viewer.districtId, row.preset_id);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'DISTRICT_RULE_OVERRIDE_ENDED',
        entityType: 'district_rule_override',
        entityId: id,
        details: { before: { endsOn: row.ends_on }, after: { endsOn } },
      });
      return this.overrideModel(manager, viewer.districtId, id);
    });
  }

  /** HR: removes an override entirely (as if it had never applied, also to past cycles). The audit keeps what it was. */
  async removeOverride(viewer: Viewer, idValue: string, request: ApiRequest): Promise<boolean> {
    const id = parseUuid('id', idValue);
    return this.dataSource.transaction(async (manager) => {
      await this.lockDistrict(manager, viewer.districtId);
      const [row] = await this.overrideRows(manager, viewer.districtId, id);
      if (!row) throw notFound('District rule override');
      await manager.query(`DELETE FROM district_rule_override WHERE district_id = $1 AND id = $2`, [viewer.districtId, id]);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'DISTRICT_RULE_OVERRIDE_REMOVED',
        entityType: 'district_rule_override',
        entityId: id,
        details: { before: auditView(toOverride(row)), after: null },
      });
      return true;
    });
  }

  private async lockDistrict(manager: EntityManager, districtId: string): Promise<void> {
    await manager.query(`SELECT id FROM district WHERE id = $1 FOR UPDATE`, [districtId]);
  }

  /** The district's overrides for one state must still make a valid rule set (e.g. at most 30 categories). */
  private async checkRuleSet(manager: EntityManager, districtId: string, presetId: string): Promise<void> {
    const rows = await this.overrideRows(manager, districtId);
    try {
      buildDistrictRuleSet(getRuleSetPreset(presetId), rows.filter((row) => row.preset_id === presetId).map(toOverride));
    } catch (error) {
      if (error instanceof RuleDataValidationError || error instanceof RangeError) {
        throw badUserInput('override', presetId, `would make the ${presetId.toUpperCase()} rule set invalid: ${error.message}`);
      }
      throw error;
    }
  }

  private async overrideModel(manager: EntityManager, districtId: string, id: string): Promise<DistrictRuleOverrideModel> {
    const [row] = await this.overrideRows(manager, districtId, id);
    return toOverrideModel(row!);
  }

  private overrideRows(manager: EntityManager, districtId: string, id?: string): Promise<OverrideRow[]> {
    return manager.query(
      `SELECT ${OVERRIDE_COLUMNS} FROM ${OVERRIDE_FROM} WHERE o.district_id = $1 ${id ? 'AND o.id = $2' : ''} ORDER BY o.preset_id, o.effective_from, o.created_at`,
      id ? [districtId, id] : [districtId],
    );
  }

  /** The chosen states, or the district's own state when HR has chosen none. */
  private async states(manager: EntityManager, districtId: string): Promise<DistrictRuleStateModel[]> {
    const rows: Array<{ preset_id: string; position: number; added_at: Date; added_by_name: string | null }> =
      await manager.query(
        `SELECT s.preset_id, s.position, s.added_at, a.display_name AS added_by_name
         FROM district_rule_state s LEFT JOIN user_account a ON a.id = s.added_by_account_id
        WHERE s.district_id = $1 ORDER BY s.position`,
        [districtId],
      );
    const toModel = (
      presetId: string,
      home: boolean,
      addedAt: Date | null,
      addedByName: string | null,
    ): DistrictRuleStateModel => {
      const preset = getRuleSetPreset(presetId);
      return {
        presetId,
        jurisdiction: preset.jurisdiction,
        name: preset.name,
        unitName: unitNameOf(presetId),
        home,
        addedAt: addedAt ? new Date(addedAt).toISOString() : null,
        addedByName,
      };
    };
    if (rows.length > 0) return rows.map((row, index) => toModel(row.preset_id, index === 0, row.added_at, row.added_by_name));
    const [district]: Array<{ state_code: string }> = await manager.query(`SELECT state_code FROM district WHERE id = $1`, [
      districtId,
    ]);
    const own = district?.state_code.toLowerCase() ?? '';
    return isRuleSetPresetId(own) ? [toModel(own, true, null, null)] : [];
  }
}
