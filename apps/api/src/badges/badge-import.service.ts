import { ConfigService } from '@nestjs/config';
import { AppConfig, configValue } from '../config/app-config';
import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import Decimal from 'decimal.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Role } from '../access/role';
import type { ApiRequest, Viewer } from '../access/viewer';
import { todayIsoDate } from '../common/school-year';
import { isUuid } from '../common/validation';
import { cleanFileName } from '../evidence/evidence-content';
import { EvidenceService } from '../evidence/evidence.service';
import type { MemoryFile } from '../evidence/upload-request';
import { PdStatus, PdUnit } from '../domain/pd-enums';
import { DuplicatesService } from '../record-integrity/duplicates.service';
import { badgeRecordFields, checkBadgeLinks, statedHoursOf } from './badge-record-mapping';
import { BadgeFileResult, BadgeImportRecord, BadgeImportResponse } from './badge-import.model';
import { BadgeOriginsService } from './badge-origins.service';
import { LocalIssuersService } from './local-issuers.service';
import { assessIssuerTrust, decideBadgeStatus, type TrustContext, type TrustedIssuerKeys } from './issuer-trust';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { TrustedIssuersService } from './trusted-issuers.service';
import {
  isBadgeError,
  verifyOrReadBadgeFile,
  type BadgeVerificationResult,
  type KnownIdentities,
  type NormalizedBadge,
} from './verification';

const CONTAINER_TYPES = { json: 'application/json', png: 'image/png', svg: 'image/svg+xml' } as const;

interface TargetEducator {
  id: string;
  knownIdentities: KnownIdentities;
}

@Injectable()
export class BadgeImportService {
  private readonly logger = new Logger(BadgeImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly origins: BadgeOriginsService,
    private readonly duplicates: DuplicatesService,
    private readonly trustedIssuers: TrustedIssuersService,
    @Inject(ConfigService) private readonly config: AppConfig,
    private readonly localIssuers: LocalIssuersService,
  ) {}

  /**
   * Verifies and imports each file on its own: verification (which may fetch hosted assertions
   * from allow-listed issuers) happens outside any transaction, then each file's records, catalog
   * entry, evidence and audit events commit together or not at all. One bad file never affects
   * another; the answer says, per file, what happened and why.
   */
  async importFiles(
    viewer: Viewer,
    requestedEducatorId: string | undefined,
    files: MemoryFile[],
    request: ApiRequest,
  ): Promise<BadgeImportResponse> {
    const educator = await this.targetEducator(viewer, requestedEducatorId);
    const trust = await this.trustContext(viewer.districtId);
    const results: BadgeFileResult[] = [];
    for (const [index, file] of files.entries()) {
      const filename = cleanFileName(file.originalname, `file ${index + 1}`);
      results.push(await this.importFile(viewer, educator, trust, filename, file, request));
    }
    return {
      educatorId: educator.id,
      imported: results.filter((r) => r.status === 'IMPORTED').length,
      duplicates: results.filter((r) => r.status === 'DUPLICATE').length,
      rejected: results.filter((r) => r.status === 'REJECTED').length,
      results,
    };
  }

  /**
   * The district's trust: its trusted issuers and badge origins. PD Ledger may contact the badge
   * origins and the own domains of trusted did:web / https issuers (to fetch their DID documents
   * and keys); nothing else.
   */
  private async trustContext(districtId: string): Promise<TrustContext & { networkOrigins: string[] }> {
    const [allowedOrigins, issuers] = await Promise.all([
      this.origins.originsOfDistrict(districtId),
      this.trustedIssuers.trustKeysOfDistrict(districtId),
    ]);
    const trustedIssuers = new Map<string, TrustedIssuerKeys>(issuers.map((issuer) => [issuer.issuerId, issuer]));
    return {
      allowedOrigins,
      trustedIssuers,
      networkOrigins: [...new Set([...allowedOrigins, ...this.trustedIssuers.hostOrigins(issuers)])],
    };
  }

  /** Teachers import for themselves; HR admins for any educator of their district (educatorId required). */
  private async targetEducator(viewer: Viewer, requested: string | undefined): Promise<TargetEducator> {
    let educatorId: string;
    if (viewer.role === Role.HR_ADMIN) {
      if (!requested)
        throw new BadUserInputError('educatorId is required: choose the educator the badges belong to', 'educatorId');
      if (!isUuid(requested))
        throw new BadUserInputError(`educatorId ${JSON.stringify(requested.slice(0, 60))} is not a valid id`, 'educatorId');
      educatorId = requested.toLowerCase();
    } else {
      if (!viewer.educatorId) throw new NotFoundError('Your account is not linked to an educator record');
      // A teacher naming someone else gets the same answer as for an unknown id.
      if (requested && requested.toLowerCase() !== viewer.educatorId) throw new NotFoundError('Educator not found', 'educatorId');
      educatorId = viewer.educatorId;
    }
    const rows: Array<{ email: string; state_educator_id: string | null; source_id: string | null; account_emails: string[] }> =
      await this.dataSource.query(
        `SELECT e.email, e.state_educator_id, to_jsonb(e) ->> 'source_id' AS source_id,
                ARRAY(SELECT a.email FROM user_account a WHERE a.district_id = e.district_id AND a.educator_id = e.id) AS account_emails
           FROM educator e WHERE e.district_id = $1 AND e.id = $2`,
        [viewer.districtId, educatorId],
      );
    const row = rows[0];
    if (!row) throw new NotFoundError('Educator not found', 'educatorId');
    return {
      id: educatorId,
      knownIdentities: {
        emails: [...new Set([row.email, ...row.account_emails])],
        ids: [row.state_educator_id, row.source_id].filter((id): id is string => typeof id === 'string' && id !== ''),
      },
    };
  }

  private async importFile(
    viewer: Viewer,
    educator: TargetEducator,
    trust: TrustContext & { networkOrigins: string[] },
    filename: string,
    file: MemoryFile,
    request: ApiRequest,
  ): Promise<BadgeFileResult> {
    const rejected = (code: string, message: string, kind: string | null = null): BadgeFileResult => ({
      filename,
      status: 'REJECTED',
      code,
      message,
      kind,
      evidenceFileId: null,
      records: [],
    });

    let verified: BadgeVerificationResult;
    try {
      verified = await verifyOrReadBadgeFile(
        { bytes: file.buffer, filename: file.originalname, contentType: file.mimetype },
        {
          allowedOrigins: trust.networkOrigins,
          knownIdentities: educator.knownIdentities,
          allowPrivateAddresses: configValue(this.config, 'BADGE_FETCH_ALLOW_PRIVATE'),
          // Credentials this PD Ledger's districts sign: keys and revocations read here, not fetched.
          localDocument: (did) => this.localIssuers.didDocument(did),
          statusCheck: (entry) => this.localIssuers.revoked(entry),
        },
      );
      for (const badge of verified.badges) checkBadgeLinks(badge);
    } catch (error) {
      if (isBadgeError(error)) return rejected(error.code, error.message);
      this.logger.error(`Badge verification failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}`);
      return rejected(
        'BADGE_UNVERIFIABLE',
        'The badge could not be verified because of an unexpected error; nothing was imported.',
      );
    }

    if (!verified.statusChecked) {
      return rejected(
        'BADGE_STATUS_UNCHECKED',
        'This credential has a revocation status list (credentialStatus) that PD Ledger cannot check yet, so it cannot be accepted as verified. Submit it as a PD record with the file as evidence for review instead.',
        verified.kind,
      );
    }
    const today = todayIsoDate();
    const future = verified.badges.find((badge) => badge.issuedOn > today);
    if (future)
      return rejected(
        'BADGE_NOT_YET_VALID',
        `The badge "${future.achievement.name.slice(0, 100)}" is dated ${future.issuedOn}, which is in the future.`,
        verified.kind,
      );

    try {
      return await this.dataSource.transaction((manager) =>
        this.writeBadges(manager, viewer, educator.id, filename, file, verified, trust, request),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        // Another upload of the same credential committed between our check and our insert.
        return {
          ...rejected('DUPLICATE', 'This badge is already recorded in the district.', verified.kind),
          status: 'DUPLICATE',
        };
      }
      throw error;
    }
  }

  private async writeBadges(
    manager: EntityManager,
    viewer: Viewer,
    educatorId: string,
    filename: string,
    file: MemoryFile,
    verified: BadgeVerificationResult,
    trust: TrustContext,
    request: ApiRequest,
  ): Promise<BadgeFileResult> {
    const credentialIds = [...new Set(verified.badges.map((badge) => badge.credentialId))];
    // A district's CLR names each of its records that has no credential of its own as
    // `urn:uuid:<record id>`: importing it back into that district finds the record itself.
    const recordIds = credentialIds.flatMap((id) => {
      const match = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(id);
      return match ? [match[1]!.toLowerCase()] : [];
    });
    const existing: Array<{ id: string; credential_id: string; educator_id: string }> = await manager.query(
      `SELECT id, credential_id, educator_id FROM pd_record WHERE district_id = $1 AND credential_id = ANY($2::text[])
       UNION ALL
       SELECT id, 'urn:uuid:' || id::text, educator_id FROM pd_record WHERE district_id = $1 AND id = ANY($3::uuid[])`,
      [viewer.districtId, credentialIds, recordIds],
    );
    const existingByCredential = new Map(existing.map((row) => [row.credential_id, row]));
    const seen = new Set<string>();
    const records: BadgeImportRecord[] = [];
    let evidenceFileId: string | null = null;

    for (const badge of verified.badges) {
      const fields = badgeRecordFields(badge);
      const already = existingByCredential.get(badge.credentialId);
      if (already || seen.has(badge.credentialId)) {
        // Another educator's record id is not revealed, only that the badge is already recorded.
        records.push({
          pdRecordId: already && already.educator_id === educatorId ? already.id : null,
          credentialId: badge.credentialId,
          title: fields.title,
          status: 'DUPLICATE',
          recordStatus: null,
        });
        continue;
      }
      seen.add(badge.credentialId);
      evidenceFileId ??= await this.evidence.store(manager, {
        districtId: viewer.districtId,
        educatorId,
        uploadedByAccountId: viewer.accountId,
        kind: 'BADGE',
        originalName: filename,
        contentType: CONTAINER_TYPES[verified.container],
        content: file.buffer,
      });
      // Only an issuer the district trusts may add to the catalog; anyone else's badge is filed
      // under the catalog item its issuer id already has, if any, and waits for a person.
      const issuerTrust = assessIssuerTrust(badge, verified.unverifiedReason, trust);
      const claimedHours = statedHoursOf(badge);
      const catalog = await this.catalogItemFor(
        manager,
        viewer.districtId,
        fields,
        badge,
        issuerTrust.trusted ? issuerTrust.trustedIssuer : null,
        issuerTrust.trusted,
      );
      // A copy of an achievement that already counts for this educator waits in review (flagged
      // there as a duplicate) instead of counting twice.
      const countedCopy =
        catalog !== null && (await this.duplicates.badgeDuplicatesCounted(manager, viewer.districtId, educatorId, catalog.id));
      const decision = decideBadgeStatus({ trust: issuerTrust, claimedHours, catalog, countedCopy });
      const [{ id }]: Array<{ id: string }> = await manager.query(
        `INSERT INTO pd_record (district_id, educator_id, catalog_item_id, title, activity_type, amount, unit, completed_on, categories,
           evidence_url, status, feedback, source, submitted_by_account_id, credential_id, submitted_at)
         VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, NULL, 'OPEN_BADGES', $11, $12, CASE WHEN $10 = 'SUBMITTED' THEN now() END) RETURNING id`,
        [
          viewer.districtId,
          educatorId,
          catalog?.id ?? null,
          fields.title,
          fields.activityType,
          PdUnit.MICRO_CREDENTIAL,
          fields.completedOn,
          fields.categories,
          fields.evidenceUrl,
          decision.status,
          viewer.accountId,
          badge.credentialId,
        ],
      );
      await manager.query(
        `INSERT INTO badge_verification (pd_record_id, district_id, issuer_id, issuer_name, key_id, trusted, claimed_hours, catalog_hours,
           claim_exceeds_catalog, findings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)`,
        [
          id,
          viewer.districtId,
          badge.issuer.id.slice(0, 2048),
          badge.issuer.name.slice(0, 200),
          (badge.signer?.keyFingerprint ?? badge.signer?.keyId ?? null)?.slice(0, 2048) ?? null,
          issuerTrust.trusted,
          claimedHours,
          catalog?.statedHours ?? null,
          decision.claimExceedsCatalog,
          JSON.stringify(decision.findings),
        ],
      );
      await manager.query(`INSERT INTO pd_record_evidence (district_id, pd_record_id, evidence_file_id) VALUES ($1, $2, $3)`, [
        viewer.districtId,
        id,
        evidenceFileId,
      ]);
      // A PNG or SVG upload is its own picture; a JSON credential's embedded picture is kept
      // beside it, so the badge shows with its image.
      const imageFileId =
        verified.container === 'json' && badge.image
          ? await this.evidence.store(manager, {
              districtId: viewer.districtId,
              educatorId,
              uploadedByAccountId: viewer.accountId,
              kind: 'BADGE',
              originalName: badgeImageName(fields.title, badge.image.contentType),
              contentType: badge.image.contentType,
              content: badge.image.bytes,
            })
          : null;
      if (imageFileId) {
        await manager.query(`INSERT INTO pd_record_evidence (district_id, pd_record_id, evidence_file_id) VALUES ($1, $2, $3)`, [
          viewer.districtId,
          id,
          imageFileId,
        ]);
      }
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'PD_RECORD_BADGE_IMPORTED',
        entityType: 'pd_record',
        entityId: id,
        details: {
          after: {
            status: decision.status,
            educatorId,
            title: fields.title,
            completedOn: fields.completedOn,
            catalogItemId: catalog?.id ?? null,
            credentialId: badge.credentialId,
            badgeKind: badge.kind,
            issuer: badge.issuer.id,
            evidenceFileId,
            imageFileId,
            recipientMatchedBy: badge.recipient?.matchedBy ?? null,
            issuerTrusted: issuerTrust.trusted,
            claimedHours,
            findings: decision.findings,
          },
        },
      });
      records.push({
        pdRecordId: id,
        credentialId: badge.credentialId,
        title: fields.title,
        status: 'IMPORTED',
        recordStatus: decision.status,
      });
    }

    const imported = records.filter((r) => r.status === 'IMPORTED').length;
    if (imported === 0) {
      return {
        filename,
        status: 'DUPLICATE',
        code: 'DUPLICATE',
        message: 'This badge is already recorded in the district; nothing was imported.',
        kind: verified.kind,
        evidenceFileId: null,
        records,
      };
    }
    const skipped = records.length - imported;
    const waiting = records.filter((r) => r.recordStatus === PdStatus.SUBMITTED).length;
    const parts = [
      imported - waiting > 0 ? `Imported ${imported - waiting} verified badge${imported - waiting === 1 ? '' : 's'}.` : null,
      waiting > 0
        ? `${waiting} badge${waiting === 1 ? ' waits' : 's wait'} for review: ${verified.unverifiedReason ? 'it could not be verified' : 'its issuer is not one the district trusts, or it claims more than the catalog'}; it counts once a reviewer approves it.`
        : null,
      skipped > 0 ? `${skipped} already recorded.` : null,
    ];
    return {
      filename,
      status: 'IMPORTED',
      code: null,
      message: parts.filter((part) => part !== null).join(' '),
      kind: verified.kind,
      evidenceFileId,
      records,
    };
  }

  /**
   * The catalog item a badge is filed under, found by the badge's issuer id (the catalog issuer
   * that stands for it) and achievement id, never by names across issuers. With `create` (the
   * district trusts the issuer) a missing issuer or item is added: the issuer under HR's name for
   * it (made unique, never merged into a same-named catalog issuer), the item with the hours the
   * trusted issuer states. An existing catalog issuer's name and links are never changed.
   */
  private async catalogItemFor(
    manager: EntityManager,
    districtId: string,
    fields: ReturnType<typeof badgeRecordFields>,
    badge: NormalizedBadge,
    trustedIssuer: TrustedIssuerKeys | null,
    create: boolean,
  ): Promise<{ id: string; statedHours: string | null } | null> {
    const { catalog } = fields;
    const badgeIssuerId = badge.issuer.id.slice(0, 2048);
    let issuerId: string | null =
      (
        (await manager.query(`SELECT id FROM issuer WHERE district_id = $1 AND badge_issuer_id = $2`, [
          districtId,
          badgeIssuerId,
        ])) as Array<{ id: string }>
      )[0]?.id ?? null;
    if (issuerId === null) {
      if (!create) return null;
      issuerId = await this.createCatalogIssuer(
        manager,
        districtId,
        trustedIssuer?.name ?? catalog.issuerName,
        catalog.issuerUrl,
        badgeIssuerId,
      );
    }
    const columns = `id, stated_hours::text AS stated_hours`;
    const matched: Array<{ id: string; stated_hours: string | null }> = catalog.achievementId
      ? await manager.query(
          `SELECT ${columns} FROM catalog_item WHERE district_id = $1 AND issuer_id = $2 AND achievement_id = $3`,
          [districtId, issuerId, catalog.achievementId],
        )
      : await manager.query(
          `SELECT ${columns} FROM catalog_item WHERE district_id = $1 AND issuer_id = $2 AND lower(name) = lower($3) ORDER BY id LIMIT 1`,
          [districtId, issuerId, catalog.name],
        );
    if (matched[0])
      return {
        id: matched[0].id,
        statedHours: matched[0].stated_hours === null ? null : new Decimal(matched[0].stated_hours).toFixed(),
      };
    if (!create) return null;
    const [{ id }]: Array<{ id: string }> = await manager.query(
      `INSERT INTO catalog_item (district_id, issuer_id, name, kind, competency_area, stack, stated_hours, achievement_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        districtId,
        issuerId,
        catalog.name,
        fields.activityType,
        catalog.competencyArea,
        catalog.stack,
        catalog.statedHours,
        catalog.achievementId,
      ],
    );
    return { id, statedHours: catalog.statedHours };
  }

  /** A new catalog issuer for a badge issuer id; a name already in the catalog gets the id appended rather than merging. */
  private async createCatalogIssuer(
    manager: EntityManager,
    districtId: string,
    name: string,
    url: string | null,
    badgeIssuerId: string,
  ): Promise<string> {
    const taken = async (candidate: string) =>
      ((await manager.query(`SELECT 1 FROM issuer WHERE district_id = $1 AND name = $2`, [districtId, candidate])) as unknown[])
        .length > 0;
    let unique = name.slice(0, 200);
    if (await taken(unique)) unique = `${name.slice(0, 100)} (${badgeIssuerId.slice(0, 96)})`;
    if (await taken(unique))
      unique = `${name.slice(0, 100)} (${createHash('sha256').update(badgeIssuerId).digest('hex').slice(0, 12)})`;
    const [{ id }]: Array<{ id: string }> = await manager.query(
      `INSERT INTO issuer (district_id, name, url, badge_issuer_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [districtId, unique, url, badgeIssuerId],
    );
    return id;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}

/** "Trauma-Informed Classrooms" -> "trauma-informed-classrooms.png": the stored picture's file name. */
function badgeImageName(title: string, contentType: 'image/png' | 'image/svg+xml'): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'badge';
  return `${base}.${contentType === 'image/png' ? 'png' : 'svg'}`;
}
