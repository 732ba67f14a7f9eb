import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ApiRequest, Viewer } from '../access/viewer';
import { badUserInput, notFound } from '../common/errors';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { returningRows } from '../common/returning-rows';
import { parseUuid } from '../common/validation';
import { PdStatus } from '../domain/pd-enums';
import { PdRecordRow, toPdRecordModel } from '../pd-records/pd-record.model';
import { RECORD_COLUMNS, RECORD_FROM } from '../pd-records/pd-records.service';
import type { BadgeFinding } from './badge-verification.entity';
import { issuerHostOrigin, type TrustedIssuerKeys } from './issuer-trust';
import { CONTEXT_HOSTS } from './verification';
import { BadgeVerificationModel, TrustedIssuerInput, TrustedIssuerModel, WaitingIssuerModel } from './trusted-issuer.model';

const MAX_TRUSTED_ISSUERS = 500;
const MAX_PINNED_KEYS = 20;
const MAX_WAITING_BADGES = 20;

/** Checks an issuer id as badges carry it: did:web, did:key (z-base58) or an https IRI. */
export function parseIssuerId(value: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > 2048) throw badUserInput('issuerId', value, 'must be 1 to 2048 characters');
  if (/^did:key:z[1-9A-HJ-NP-Za-km-z]{40,120}$/.test(text)) return text;
  if (/^did:web:[A-Za-z0-9.%-]+(?::[A-Za-z0-9._%-]+)*$/.test(text)) {
    const host = issuerHostOrigin(text);
    if (host === null) throw badUserInput('issuerId', value, 'is not a valid did:web identifier');
    if (CONTEXT_HOSTS.has(new URL(host).hostname))
      throw badUserInput('issuerId', value, 'names a JSON-LD context host, not an issuer');
    return text;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput('issuerId', value, 'must be a did:web, a did:key or an https: issuer id, exactly as the badges carry it');
  }
  if (url.protocol !== 'https:')
    throw badUserInput('issuerId', value, `must use https: (not ${url.protocol}), or be a did:web or did:key`);
  if (url.username || url.password) throw badUserInput('issuerId', value, 'must not contain a user name or password');
  if (CONTEXT_HOSTS.has(url.hostname)) throw badUserInput('issuerId', value, 'is a JSON-LD context address, not an issuer');
  return text;
}

/** Checks a key to pin: a did:key, a JWK thumbprint URN, an https key URL or a did:web verification method. */
export function parsePinnedKey(value: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (/^did:key:z[1-9A-HJ-NP-Za-km-z]{40,120}$/.test(text)) return text;
  if (/^urn:ietf:params:oauth:jwk-thumbprint:sha-256:[A-Za-z0-9_-]{43}$/.test(text)) return text;
  if (/^did:web:[A-Za-z0-9.%:_-]+#[A-Za-z0-9._~-]{1,200}$/.test(text) && text.length <= 2048) return text;
  if (text.length <= 2048) {
    try {
      const url = new URL(text);
      if (url.protocol === 'https:' && !url.username && !url.password && !CONTEXT_HOSTS.has(url.hostname)) return text;
    } catch {
      // reported below
    }
  }
  throw badUserInput(
    'key',
    value,
    'must be a did:key, a JWK thumbprint URN (urn:ietf:params:oauth:jwk-thumbprint:sha-256:…), an https: key URL or a did:web key id',
  );
}

function checkText(field: string, value: string | null | undefined, min: number, max: number): string | null {
  if (value === null || value === undefined) {
    if (min > 0) throw badUserInput(field, value, `must be ${min} to ${max} characters`);
    return null;
  }
  const text = value.trim();
  if (text.length < min || text.length > max) throw badUserInput(field, value, `must be ${min} to ${max} characters`);
  return text === '' ? null : text;
}

interface TrustedIssuerRow {
  id: string;
  issuer_id: string;
  name: string;
  note: string | null;
  pinned_keys: string[];
  catalog_issuer_name: string | null;
  created_at: Date;
}

const TRUSTED_COLUMNS = `t.id, t.issuer_id, t.name, t.note, t.pinned_keys, t.created_at,
  (SELECT i.name FROM issuer i WHERE i.district_id = t.district_id AND i.badge_issuer_id = t.issuer_id) AS catalog_issuer_name`;

function toModel(row: TrustedIssuerRow): TrustedIssuerModel {
  return {
    id: row.id,
    issuerId: row.issuer_id,
    name: row.name,
    note: row.note,
    pinnedKeys: row.pinned_keys,
    catalogIssuerName: row.catalog_issuer_name,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function decimalOrNull(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toFixed();
}

/**
 * HR's list of trusted badge issuers, and the issuers badges in review name that nobody decided
 * on yet. Trusting an issuer changes no existing record: badges already waiting stay in the review
 * queue for a person (their findings say what was not trusted at import), and only badges imported
 * afterwards are verified by the new trust.
 */
@Injectable()
export class TrustedIssuersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async trustKeysOfDistrict(districtId: string): Promise<TrustedIssuerKeys[]> {
    const rows: Array<{ issuer_id: string; name: string; pinned_keys: string[] }> = await this.dataSource.query(
      `SELECT issuer_id, name, pinned_keys FROM trusted_issuer WHERE district_id = $1`,
      [districtId],
    );
    return rows.map((row) => ({ issuerId: row.issuer_id, name: row.name, pinnedKeys: row.pinned_keys }));
  }

  /** The own domains of trusted did:web / https issuers: where their DID documents and keys may be fetched. */
  hostOrigins(issuers: TrustedIssuerKeys[]): string[] {
    return issuers.map((issuer) => issuerHostOrigin(issuer.issuerId)).filter((origin): origin is string => origin !== null);
  }

  async list(viewer: Viewer): Promise<TrustedIssuerModel[]> {
    const rows: TrustedIssuerRow[] = await this.dataSource.query(
      `SELECT ${TRUSTED_COLUMNS} FROM trusted_issuer t WHERE t.district_id = $1 ORDER BY lower(t.name), t.issuer_id`,
      [viewer.districtId],
    );
    return rows.map(toModel);
  }

  async add(viewer: Viewer, input: TrustedIssuerInput, request: ApiRequest): Promise<TrustedIssuerModel> {
    const issuerId = parseIssuerId(input.issuerId);
    const name = checkText('name', input.name, 1, 200) as string;
    const note = checkText('note', input.note, 0, 1000);
    const keys = input.pinnedKeys ?? [];
    if (keys.length > MAX_PINNED_KEYS)
      throw badUserInput('pinnedKeys', `${keys.length} keys`, `must list at most ${MAX_PINNED_KEYS} keys`);
    const pinnedKeys = [...new Set(keys.map(parsePinnedKey))];
    if (issuerId.startsWith('did:key:') && !pinnedKeys.includes(issuerId)) {
      // A did:key issuer is its key: trusting it without pinning that key would trust nothing.
      pinnedKeys.unshift(issuerId);
    }
    const catalogIssuerId = input.catalogIssuerId ? parseUuid('catalogIssuerId', input.catalogIssuerId) : null;
    return this.dataSource.transaction(async (manager) => {
      const existing: Array<{ id: string }> = await manager.query(
        `SELECT id FROM trusted_issuer WHERE district_id = $1 AND issuer_id = $2`,
        [viewer.districtId, issuerId],
      );
      if (existing[0]) throw badUserInput('issuerId', issuerId, 'is already trusted by the district');
      const [{ count }]: Array<{ count: number }> = await manager.query(
        `SELECT count(*)::int AS count FROM trusted_issuer WHERE district_id = $1`,
        [viewer.districtId],
      );
      if (count >= MAX_TRUSTED_ISSUERS)
        throw badUserInput('issuerId', issuerId, `cannot be added: the district already trusts ${MAX_TRUSTED_ISSUERS} issuers`);
      if (catalogIssuerId) await this.linkCatalogIssuer(manager, viewer, catalogIssuerId, issuerId);
      const [{ id }]: Array<{ id: string }> = await manager.query(
        `INSERT INTO trusted_issuer (district_id, issuer_id, name, note, pinned_keys, created_by_account_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [viewer.districtId, issuerId, name, note, pinnedKeys, viewer.accountId],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'TRUSTED_ISSUER_ADDED',
        entityType: 'trusted_issuer',
        entityId: id,
        details: { before: null, after: { issuerId, name, note, pinnedKeys, catalogIssuerId } },
      });
      return this.byId(manager, viewer, id);
    });
  }

  /** Files the issuer id's badges under an existing catalog issuer, chosen by its id (never by its name). */
  private async linkCatalogIssuer(
    manager: EntityManager,
    viewer: Viewer,
    catalogIssuerId: string,
    issuerId: string,
  ): Promise<void> {
    const rows: Array<{ id: string; badge_issuer_id: string | null }> = await manager.query(
      `SELECT id, badge_issuer_id FROM issuer WHERE district_id = $1 AND (id = $2 OR badge_issuer_id = $3) FOR UPDATE`,
      [viewer.districtId, catalogIssuerId, issuerId],
    );
    const target = rows.find((row) => row.id === catalogIssuerId);
    if (!target) throw notFound(`Catalog issuer ${catalogIssuerId}`);
    const other = rows.find((row) => row.id !== catalogIssuerId);
    if (other)
      throw badUserInput(
        'catalogIssuerId',
        catalogIssuerId,
        `cannot be linked: another catalog issuer already stands for ${issuerId}`,
      );
    if (target.badge_issuer_id !== null && target.badge_issuer_id !== issuerId) {
      throw badUserInput('catalogIssuerId', catalogIssuerId, `already stands for the issuer id ${target.badge_issuer_id}`);
    }
    await manager.query(`UPDATE issuer SET badge_issuer_id = $3 WHERE district_id = $1 AND id = $2`, [
      viewer.districtId,
      catalogIssuerId,
      issuerId,
    ]);
  }

  async pinKey(viewer: Viewer, idValue: string, keyValue: string, request: ApiRequest): Promise<TrustedIssuerModel> {
    const id = parseUuid('id', idValue);
    const key = parsePinnedKey(keyValue);
    return this.changeKeys(viewer, id, request, 'TRUSTED_ISSUER_KEY_PINNED', (keys) => {
      if (keys.includes(key)) return keys;
      if (keys.length >= MAX_PINNED_KEYS)
        throw badUserInput('key', key, `cannot be pinned: the issuer already has ${MAX_PINNED_KEYS} pinned keys`);
      return [...keys, key];
    });
  }

  async unpinKey(viewer: Viewer, idValue: string, keyValue: string, request: ApiRequest): Promise<TrustedIssuerModel> {
    const id = parseUuid('id', idValue);
    return this.changeKeys(viewer, id, request, 'TRUSTED_ISSUER_KEY_UNPINNED', (keys) => {
      if (!keys.includes(keyValue)) throw badUserInput('key', keyValue, 'is not pinned for this issuer');
      return keys.filter((key) => key !== keyValue);
    });
  }

  private changeKeys(
    viewer: Viewer,
    id: string,
    request: ApiRequest,
    action: string,
    change: (keys: string[]) => string[],
  ): Promise<TrustedIssuerModel> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ pinned_keys: string[]; issuer_id: string }> = await manager.query(
        `SELECT pinned_keys, issuer_id FROM trusted_issuer WHERE district_id = $1 AND id = $2 FOR UPDATE`,
        [viewer.districtId, id],
      );
      if (!rows[0]) throw notFound('Trusted issuer');
      const before = rows[0].pinned_keys;
      const after = change(before);
      if (after !== before) {
        await manager.query(`UPDATE trusted_issuer SET pinned_keys = $3, updated_at = now() WHERE district_id = $1 AND id = $2`, [
          viewer.districtId,
          id,
          after,
        ]);
        await this.audit.record(manager, request, {
          districtId: viewer.districtId,
          actorAccountId: viewer.accountId,
          action,
          entityType: 'trusted_issuer',
          entityId: id,
          details: { issuerId: rows[0].issuer_id, before: { pinnedKeys: before }, after: { pinnedKeys: after } },
        });
      }
      return this.byId(manager, viewer, id);
    });
  }

  /** Stops trusting an issuer for new imports; records already verified stay as they are (voiding is a separate, explicit act). */
  async remove(viewer: Viewer, idValue: string, request: ApiRequest): Promise<boolean> {
    const id = parseUuid('id', idValue);
    return this.dataSource.transaction(async (manager) => {
      const rows = returningRows<{ issuer_id: string; name: string; note: string | null; pinned_keys: string[] }>(
        await manager.query(
          `DELETE FROM trusted_issuer WHERE district_id = $1 AND id = $2 RETURNING issuer_id, name, note, pinned_keys`,
          [viewer.districtId, id],
        ),
      );
      if (rows.length === 0) throw notFound('Trusted issuer');
      const [row] = rows;
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'TRUSTED_ISSUER_REMOVED',
        entityType: 'trusted_issuer',
        entityId: id,
        details: {
          before: { issuerId: row.issuer_id, name: row.name, note: row.note, pinnedKeys: row.pinned_keys },
          after: null,
        },
      });
      return true;
    });
  }

  private async byId(manager: EntityManager, viewer: Viewer, id: string): Promise<TrustedIssuerModel> {
    const rows: TrustedIssuerRow[] = await manager.query(
      `SELECT ${TRUSTED_COLUMNS} FROM trusted_issuer t WHERE t.district_id = $1 AND t.id = $2`,
      [viewer.districtId, id],
    );
    if (!rows[0]) throw notFound('Trusted issuer');
    return toModel(rows[0]);
  }

  /** Issuer ids named by badges waiting in review whose issuer the district does not trust, most badges first. */
  async waiting(viewer: Viewer): Promise<WaitingIssuerModel[]> {
    const groups: Array<{ issuer_id: string; claimed_names: string[]; key_ids: string[]; badge_count: number }> =
      await this.dataSource.query(
        `SELECT v.issuer_id, array_agg(DISTINCT v.issuer_name) FILTER (WHERE v.issuer_name IS NOT NULL) AS claimed_names,
              array_agg(DISTINCT v.key_id) FILTER (WHERE v.key_id IS NOT NULL) AS key_ids, count(*)::int AS badge_count
         FROM badge_verification v
         JOIN pd_record r ON r.district_id = v.district_id AND r.id = v.pd_record_id
        WHERE v.district_id = $1 AND NOT v.trusted AND r.status = $2
          AND NOT EXISTS (SELECT 1 FROM trusted_issuer t WHERE t.district_id = v.district_id AND t.issuer_id = v.issuer_id)
        GROUP BY v.issuer_id
        ORDER BY count(*) DESC, v.issuer_id
        LIMIT 100`,
        [viewer.districtId, PdStatus.SUBMITTED],
      );
    if (groups.length === 0) return [];
    const records: Array<PdRecordRow & { badge_issuer_id: string }> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${RECORD_COLUMNS}, v.issuer_id AS badge_issuer_id,
                row_number() OVER (PARTITION BY v.issuer_id ORDER BY COALESCE(r.submitted_at, r.created_at), r.id) AS n
           FROM ${RECORD_FROM}
           JOIN badge_verification v ON v.district_id = r.district_id AND v.pd_record_id = r.id
          WHERE r.district_id = $1 AND r.status = $2 AND NOT v.trusted AND v.issuer_id = ANY($3::text[])
       ) ranked WHERE n <= ${MAX_WAITING_BADGES}`,
      [viewer.districtId, PdStatus.SUBMITTED, groups.map((group) => group.issuer_id)],
    );
    const byIssuer = groupByKeys(
      groups.map((group) => group.issuer_id),
      records,
      (row) => row.badge_issuer_id,
    );
    return groups.map((group, index) => ({
      issuerId: group.issuer_id,
      claimedNames: group.claimed_names ?? [],
      keyIds: group.key_ids ?? [],
      badgeCount: group.badge_count,
      badges: byIssuer[index].map(toPdRecordModel),
    }));
  }

  /** The badge check of a record the caller can already see (the record's own resolver scoped it). */
  verificationOf(request: object, viewer: Viewer, pdRecordId: string): Promise<BadgeVerificationModel | null> {
    return requestLoader<string, BadgeVerificationModel | null>(request, 'badges.verification', async (ids) => {
      const rows: Array<{
        pd_record_id: string;
        issuer_id: string;
        issuer_name: string | null;
        key_id: string | null;
        trusted: boolean;
        claimed_hours: string | null;
        catalog_hours: string | null;
        claim_exceeds_catalog: boolean;
        findings: BadgeFinding[];
      }> = await this.dataSource.query(
        `SELECT pd_record_id, issuer_id, issuer_name, key_id, trusted, claimed_hours::text AS claimed_hours, catalog_hours::text AS catalog_hours,
                claim_exceeds_catalog, findings
           FROM badge_verification WHERE district_id = $1 AND pd_record_id = ANY($2::uuid[])`,
        [viewer.districtId, ids],
      );
      const byId = new Map(
        rows.map((row) => [
          row.pd_record_id,
          {
            issuerId: row.issuer_id,
            issuerName: row.issuer_name,
            keyId: row.key_id,
            trusted: row.trusted,
            claimedHours: decimalOrNull(row.claimed_hours),
            catalogHours: decimalOrNull(row.catalog_hours),
            claimExceedsCatalog: row.claim_exceeds_catalog,
            findings: row.findings,
          },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }).load(pdRecordId);
  }
}
