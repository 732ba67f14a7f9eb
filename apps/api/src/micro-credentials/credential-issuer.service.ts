import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ApiRequest, Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import { createDocumentLoader } from '../badges/verification/document-loader';
import { loadDataIntegrityDeps, type MultikeyKeyPair } from '../badges/verification/esm-deps';
import { DEFAULT_BADGE_LIMITS } from '../badges/verification/badge-limits';
import { badUserInput, notFound } from '../common/errors';
import { isUuid } from '../common/validation';
import { AppConfig, configValue } from '../config/app-config';
import { SecretKeyring } from '../secrets/secret-keyring';
import {
  districtBaseUrl,
  districtDid,
  districtDidDocument,
  encodeStatusList,
  STATUS_LIST_BITS,
  statusListUrl,
} from '../badges/verification/pd-ledger-issuer';
import type { MicroCredentialModel } from './micro-credentials.model';

const KEY_PURPOSE = 'district-signing-key';
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

interface KeyRow {
  key_id: string;
  public_key_multibase: string;
  sealed_secret: string;
  created_at: Date;
  retired_at: Date | null;
}

export interface IssueInput {
  districtId: string;
  submissionId: string;
  educatorId: string;
  pdRecordId: string;
  microCredential: MicroCredentialModel;
  completedOn: string;
}

export type CredentialStanding = 'VALID' | 'REVOKED' | 'EXPIRED';

/**
 * The district as an issuer: its Ed25519 keys (created on first use, secret sealed with the
 * SecretKeyring, rotated by retiring the active key and adding the next; retired keys stay in the
 * DID document so older credentials keep verifying), Open Badges 3.0 credentials signed with a
 * Data Integrity `eddsa-rdfc-2022` proof, and the Bitstring Status List that publishes revocations.
 */
@Injectable()
export class CredentialIssuerService {
  private readonly publicUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keyring: SecretKeyring,
    private readonly audit: AuditService,
    @Inject(ConfigService) config: AppConfig,
  ) {
    this.publicUrl = configValue(config, 'PUBLIC_URL');
  }

  did(districtId: string): string {
    return districtDid(this.publicUrl, districtId);
  }

  /** The active key, created (key-1) the first time the district signs anything. */
  private async activeKey(manager: EntityManager, districtId: string): Promise<MultikeyKeyPair> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('district-signing-key:' || $1::text))`, [districtId]);
    let rows: KeyRow[] = await manager.query(
      `SELECT key_id, public_key_multibase, sealed_secret, created_at, retired_at FROM district_signing_key
        WHERE district_id = $1 AND retired_at IS NULL`,
      [districtId],
    );
    if (!rows[0]) {
      await this.createKey(manager, districtId, 'key-1');
      rows = await manager.query(
        `SELECT key_id, public_key_multibase, sealed_secret, created_at, retired_at FROM district_signing_key
          WHERE district_id = $1 AND retired_at IS NULL`,
        [districtId],
      );
    }
    const row = rows[0]!;
    const deps = await loadDataIntegrityDeps();
    const did = this.did(districtId);
    return deps.Ed25519Multikey.from({
      id: `${did}#${row.key_id}`,
      controller: did,
      publicKeyMultibase: row.public_key_multibase,
      secretKeyMultibase: this.keyring.open(KEY_PURPOSE, row.sealed_secret),
    });
  }

  private async createKey(manager: EntityManager, districtId: string, keyId: string): Promise<void> {
    const deps = await loadDataIntegrityDeps();
    const keyPair = await deps.Ed25519Multikey.generate();
    const exported = (await keyPair.export({ publicKey: true, secretKey: true, includeContext: false })) as {
      publicKeyMultibase: string;
      secretKeyMultibase: string;
    };
    await manager.query(
      `INSERT INTO district_signing_key (district_id, key_id, public_key_multibase, sealed_secret) VALUES ($1, $2, $3, $4)`,
      [districtId, keyId, exported.publicKeyMultibase, this.keyring.seal(KEY_PURPOSE, exported.secretKeyMultibase)],
    );
  }

  /** Retires the active key and makes the next one; the retired key stays published for verification. */
  async rotateKey(viewer: Viewer, request: ApiRequest): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.activeKey(manager, viewer.districtId);
      const [{ next }] = (await manager.query(
        `SELECT count(*)::int + 1 AS next FROM district_signing_key WHERE district_id = $1`,
        [viewer.districtId],
      )) as Array<{ next: number }>;
      await manager.query(`UPDATE district_signing_key SET retired_at = now() WHERE district_id = $1 AND retired_at IS NULL`, [
        viewer.districtId,
      ]);
      const keyId = `key-${next}`;
      await this.createKey(manager, viewer.districtId, keyId);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'DISTRICT_SIGNING_KEY_ROTATED',
        entityType: 'district',
        entityId: viewer.districtId,
        details: { keyId },
      });
      return `${this.did(viewer.districtId)}#${keyId}`;
    });
  }

  /** The DID document: every key the district has had, so credentials signed before a rotation still verify. */
  async didDocument(districtId: string): Promise<Record<string, unknown> | null> {
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM district WHERE id = $1`, [districtId]);
    if (exists.length === 0) return null;
    await this.dataSource.transaction((manager) => this.activeKey(manager, districtId));
    const keys: KeyRow[] = await this.dataSource.query(
      `SELECT key_id, public_key_multibase, sealed_secret, created_at, retired_at FROM district_signing_key
        WHERE district_id = $1 ORDER BY created_at, key_id`,
      [districtId],
    );
    return districtDidDocument(
      this.did(districtId),
      keys.map((key) => ({ keyId: key.key_id, publicKeyMultibase: key.public_key_multibase })),
    );
  }

  private async sign(
    manager: EntityManager,
    districtId: string,
    credential: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    return (await this.signEach(manager, districtId, [credential]))[0]!;
  }

  /** Signs each credential with the district's active key (one key look-up for all). */
  private async signEach(
    manager: EntityManager,
    districtId: string,
    credentials: ReadonlyArray<Record<string, unknown>>,
  ): Promise<Array<Record<string, unknown>>> {
    const keyPair = await this.activeKey(manager, districtId);
    const deps = await loadDataIntegrityDeps();
    const documentLoader = createDocumentLoader({ allowedOrigins: [], limits: { ...DEFAULT_BADGE_LIMITS } }, deps);
    const signed: Array<Record<string, unknown>> = [];
    for (const credential of credentials) {
      const suite = new deps.DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: deps.cryptosuite });
      signed.push(await deps.vc.issue({ credential, suite, documentLoader }));
    }
    return signed;
  }

  /**
   * Signs documents the district states about its own records (the CLR and the record
   * credentials inside it) with the same key and suite as its badges; nothing is stored.
   */
  async signForDistrict(
    districtId: string,
    credentials: ReadonlyArray<Record<string, unknown>>,
  ): Promise<Array<Record<string, unknown>>> {
    return this.dataSource.transaction((manager) => this.signEach(manager, districtId, credentials));
  }

  /** Signs and stores the Open Badges 3.0 credential of a passed submission (in the passing transaction). */
  async issue(manager: EntityManager, request: ApiRequest | null, input: IssueInput): Promise<string> {
    const { districtId, microCredential: mc } = input;
    const [district] = (await manager.query(`SELECT name FROM district WHERE id = $1`, [districtId])) as Array<{ name: string }>;
    const [educator] = (await manager.query(
      `SELECT email, first_name, last_name FROM educator WHERE district_id = $1 AND id = $2`,
      [districtId, input.educatorId],
    )) as Array<{ email: string; first_name: string; last_name: string }>;
    const [{ next }] = (await manager.query(
      `SELECT coalesce(max(status_index) + 1, 0)::int AS next FROM issued_credential WHERE district_id = $1`,
      [districtId],
    )) as Array<{ next: number }>;
    if (next >= STATUS_LIST_BITS) throw new Error('The district status list is full');
    const links: Array<{ criterion_id: string; links: string[] }> = await manager.query(
      `SELECT criterion_id, links FROM mc_portfolio_entry WHERE district_id = $1 AND submission_id = $2 ORDER BY criterion_id`,
      [districtId, input.submissionId],
    );
    const [row] = (await manager.query(`SELECT gen_random_uuid() AS id`)) as Array<{ id: string }>;
    const id = row!.id;
    const did = this.did(districtId);
    const base = districtBaseUrl(this.publicUrl, districtId);
    const listUrl = statusListUrl(this.publicUrl, districtId);
    const criterionName = new Map(mc.rubric.criteria.map((c) => [c.id, c.name]));
    const unsigned: Record<string, unknown> = {
      '@context': [VC_V2, OB_V3],
      id: `urn:uuid:${id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: did, type: ['Profile'], name: district!.name },
      validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      name: mc.name,
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: educator!.email }],
        achievement: {
          id: mc.achievementId ?? `${base}/achievements/${mc.id}`,
          type: ['Achievement'],
          achievementType: 'MicroCredential',
          name: mc.name,
          description: `${mc.competency}. ${mc.researchBasis}`.slice(0, 4000),
          criteria: { narrative: mc.submissionGuidance },
          creditsAvailable: Number(mc.creditAmount),
          ...(mc.alignments.length > 0
            ? { alignment: mc.alignments.map((a) => ({ type: ['Alignment'], targetName: a.targetName, targetUrl: a.targetUrl })) }
            : {}),
        },
        creditsEarned: Number(mc.creditAmount),
        activityEndDate: `${input.completedOn}T00:00:00Z`,
      },
      evidence: links.flatMap((entry) =>
        entry.links.map((link) => ({
          id: link,
          type: ['Evidence'],
          name: criterionName.get(entry.criterion_id) ?? entry.criterion_id,
        })),
      ),
      credentialStatus: {
        id: `${listUrl}#${next}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(next),
        statusListCredential: listUrl,
      },
    };
    if ((unsigned['evidence'] as unknown[]).length === 0) delete unsigned['evidence'];
    const signed = await this.sign(manager, districtId, unsigned);
    await manager.query(
      `INSERT INTO issued_credential (id, district_id, submission_id, educator_id, pd_record_id, credential, status_index)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, districtId, input.submissionId, input.educatorId, input.pdRecordId, JSON.stringify(signed), next],
    );
    // The record carries the credential's id, so importing the same credential again is a duplicate.
    await manager.query(`UPDATE pd_record SET credential_id = $3 WHERE district_id = $1 AND id = $2`, [
      districtId,
      input.pdRecordId,
      `urn:uuid:${id}`,
    ]);
    await this.audit.record(manager, request, {
      districtId,
      actorAccountId: null,
      action: 'CREDENTIAL_ISSUED',
      entityType: 'issued_credential',
      entityId: id,
      details: { submissionId: input.submissionId, pdRecordId: input.pdRecordId, statusIndex: next },
    });
    return id;
  }

  /** The signed credential for its holder (teacher), or HR; null (404) for anyone else. */
  async credentialFor(viewer: Viewer, id: string): Promise<Record<string, unknown> | null> {
    if (!isUuid(id)) return null;
    const rows: Array<{ credential: Record<string, unknown> }> = await this.dataSource.query(
      `SELECT credential FROM issued_credential WHERE district_id = $1 AND id = $2
          AND ($3::text = 'HR_ADMIN' OR educator_id = $4::uuid)`,
      [viewer.districtId, id.toLowerCase(), viewer.role, viewer.educatorId],
    );
    return rows[0]?.credential ?? null;
  }

  /** Revokes: sets the status bit and voids the PD record, so it stops counting; audited. */
  async revoke(viewer: Viewer, id: string, reason: string, request: ApiRequest): Promise<boolean> {
    if (!isUuid(id)) throw notFound('Credential');
    const text = (reason ?? '').trim();
    if (text === '' || text.length > 1000) throw badUserInput('reason', reason, 'is required, at most 1000 characters');
    await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; pd_record_id: string | null; revoked_at: Date | null }> = await manager.query(
        `SELECT id, pd_record_id, revoked_at FROM issued_credential WHERE district_id = $1 AND id = $2 FOR UPDATE`,
        [viewer.districtId, id.toLowerCase()],
      );
      const credential = rows[0];
      if (!credential) throw notFound('Credential');
      if (credential.revoked_at) throw badUserInput('id', id, 'is already revoked');
      await manager.query(
        `UPDATE issued_credential SET revoked_at = now(), revoked_reason = $3, revoked_by_account_id = $4 WHERE district_id = $1 AND id = $2`,
        [viewer.districtId, credential.id, text, viewer.accountId],
      );
      if (credential.pd_record_id) {
        await manager.query(
          `UPDATE pd_record SET status_before_void = status, status = 'VOIDED', void_reason = $3, voided_by_account_id = $4,
                  voided_at = now(), updated_at = now()
            WHERE district_id = $1 AND id = $2 AND status IN ('APPROVED', 'VERIFIED')`,
          [viewer.districtId, credential.pd_record_id, `Credential revoked: ${text}`.slice(0, 1000), viewer.accountId],
        );
      }
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'CREDENTIAL_REVOKED',
        entityType: 'issued_credential',
        entityId: credential.id,
        details: { reason: text, pdRecordId: credential.pd_record_id },
      });
    });
    return true;
  }

  /** The district's revocation list as a signed BitstringStatusListCredential (served publicly). */
  async statusListCredential(districtId: string): Promise<Record<string, unknown> | null> {
    const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM district WHERE id = $1`, [districtId]);
    if (exists.length === 0) return null;
    const revoked: Array<{ status_index: number }> = await this.dataSource.query(
      `SELECT status_index FROM issued_credential WHERE district_id = $1 AND revoked_at IS NOT NULL`,
      [districtId],
    );
    const url = statusListUrl(this.publicUrl, districtId);
    return this.dataSource.transaction((manager) =>
      this.sign(manager, districtId, {
        '@context': [VC_V2],
        id: url,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: this.did(districtId),
        validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        credentialSubject: {
          id: `${url}#list`,
          type: 'BitstringStatusList',
          statusPurpose: 'revocation',
          encodedList: encodeStatusList(revoked.map((r) => r.status_index)),
        },
      }),
    );
  }

  /** What the public verification page shows: only what the credential says, and its standing. */
  async publicView(
    districtId: string,
    id: string,
  ): Promise<{ credential: Record<string, unknown>; standing: CredentialStanding; revokedAt: Date | null } | null> {
    if (!isUuid(id)) return null;
    const rows: Array<{ credential: Record<string, unknown>; revoked_at: Date | null }> = await this.dataSource.query(
      `SELECT credential, revoked_at FROM issued_credential WHERE district_id = $1 AND id = $2`,
      [districtId, id.toLowerCase()],
    );
    const row = rows[0];
    if (!row) return null;
    const validUntil = row.credential['validUntil'];
    const standing: CredentialStanding = row.revoked_at
      ? 'REVOKED'
      : typeof validUntil === 'string' && new Date(validUntil).getTime() <= Date.now()
        ? 'EXPIRED'
        : 'VALID';
    return { credential: row.credential, standing, revokedAt: row.revoked_at };
  }
}
