import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { districtBaseUrl } from '../badges/verification/pd-ledger-issuer';
import { todayIsoDate } from '../common/school-year';
import { AppConfig, configValue } from '../config/app-config';
import { RenewalScanService } from '../renewal-standing/renewal-scan.service';
import { CredentialIssuerService } from './credential-issuer.service';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const CLR_V2 = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
/**
 * The one extension term, defined inline (the contexts above define no `@vocab`, so an undefined
 * term would be dropped and signing refuses it): its entries' keys expand under PD Ledger's own
 * vocabulary, a URN because PD Ledger publishes no vocabulary document.
 */
export const STATE_CREDIT_CONTEXT = {
  creditUnderStateRules: {
    '@id': 'urn:pd-ledger:vocab:creditUnderStateRules',
    '@container': '@set',
    '@context': { '@vocab': 'urn:pd-ledger:vocab:' },
  },
} as const;

/** OB 3.0 `achievementType` for a PD activity (the badge import maps these back); others are completions. */
const ACHIEVEMENT_TYPE: Record<string, string> = {
  COURSE: 'Course',
  EXAM: 'Assessment',
  INDEPENDENT_STUDY: 'Assignment',
  ACTION_RESEARCH: 'Project',
  MICRO_CREDENTIAL: 'MicroCredential',
};

interface CountedRow {
  id: string;
  title: string;
  activity_type: string;
  amount: string;
  unit: string;
  completed_on: string;
  provider: string | null;
  credential: Record<string, unknown> | null;
}

/** One item's credit under the state's renewal rules, as the renewal evaluation figures it. */
export interface StateCreditEntry {
  type: 'StateRenewalCredit';
  /** The id of the credential in `verifiableCredential` this credit is for. */
  credential: string;
  state: string;
  licenseNumber: string;
  ruleSet: string;
  ruleSetVersion: string;
  cycleStart: string;
  cycleEnd: string;
  /** The credited amount (exact decimal string) in `unit`; "0" when the record does not count in the cycle. */
  amount: string;
  unit: string;
  unitName: string;
  counted: boolean;
  /** Why it does not count, when it does not. */
  reason?: string;
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The teacher's whole counted record (every approved or verified PD record, voided ones never) as
 * one 1EdTech CLR 2.0 `ClrCredential` signed by the district: each record is an Open Badges 3.0
 * credential in `credentialSubject.verifiableCredential` (the district's own micro-credential
 * credential as it was issued; any other record as a credential the district signs for it, id
 * `urn:uuid:<record id>`), and `creditUnderStateRules` gives each one's credit in every license
 * cycle the renewal evaluation figures, in the state's unit.
 */
@Injectable()
export class RecordClrService {
  private readonly publicUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: CredentialIssuerService,
    private readonly scans: RenewalScanService,
    @Inject(ConfigService) config: AppConfig,
  ) {
    this.publicUrl = configValue(config, 'PUBLIC_URL');
  }

  /** The signed CLR of the signed-in teacher, or null when she has no counted record. */
  async recordClr(request: object, viewer: Viewer): Promise<Record<string, unknown> | null> {
    const educatorId = viewer.educatorId;
    if (!educatorId) return null;
    const { districtId } = viewer;
    const rows: CountedRow[] = await this.dataSource.query(
      `SELECT r.id, r.title, r.activity_type, r.amount::text AS amount, r.unit, to_char(r.completed_on, 'YYYY-MM-DD') AS completed_on,
              r.provider, c.credential
         FROM pd_record r
         LEFT JOIN issued_credential c ON c.district_id = r.district_id AND c.pd_record_id = r.id AND c.revoked_at IS NULL
        WHERE r.district_id = $1 AND r.educator_id = $2 AND r.status IN ('APPROVED', 'VERIFIED')
        ORDER BY r.completed_on, r.id`,
      [districtId, educatorId],
    );
    if (rows.length === 0) return null;
    const [district] = (await this.dataSource.query(`SELECT name FROM district WHERE id = $1`, [districtId])) as Array<{
      name: string;
    }>;
    const [educator] = (await this.dataSource.query(`SELECT email FROM educator WHERE district_id = $1 AND id = $2`, [
      districtId,
      educatorId,
    ])) as Array<{ email: string }>;
    const did = this.issuer.did(districtId);
    const base = districtBaseUrl(this.publicUrl, districtId);
    const issuer = { id: did, type: ['Profile'], name: district!.name };
    const identifier = [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: educator!.email }];
    const now = iso(new Date());

    const toSign = rows
      .filter((row) => row.credential === null)
      .map((row): Record<string, unknown> => ({
        '@context': [VC_V2, OB_V3],
        id: `urn:uuid:${row.id}`,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer,
        validFrom: now,
        name: row.title,
        credentialSubject: {
          type: ['AchievementSubject'],
          identifier,
          achievement: {
            id: `${base}/records/${row.id}`,
            type: ['Achievement'],
            achievementType: ACHIEVEMENT_TYPE[row.activity_type] ?? 'CertificateOfCompletion',
            name: row.title,
            description: `${row.title}${row.provider ? `, ${row.provider}` : ''}`.slice(0, 4000),
            criteria: { narrative: `Professional development recorded and approved in ${district!.name}'s PD Ledger.` },
            // OB 3.0 credit hours: only clock hours are hours; other units stay in the state credit below.
            ...(row.unit === 'CLOCK_HOUR' ? { creditsAvailable: Number(row.amount) } : {}),
          },
          ...(row.unit === 'CLOCK_HOUR' ? { creditsEarned: Number(row.amount) } : {}),
          activityEndDate: `${row.completed_on}T00:00:00Z`,
        },
      }));
    const signed = await this.issuer.signForDistrict(districtId, toSign);
    const signedById = new Map(signed.map((credential) => [String(credential['id']), credential]));
    const nested = rows.map((row) => row.credential ?? signedById.get(`urn:uuid:${row.id}`)!);
    const credentialIdOf = new Map(rows.map((row, index) => [row.id, String(nested[index]!['id'])]));

    const [scanned] = await this.scans.collect(
      request,
      viewer,
      { educatorIds: [educatorId], includeInactive: true },
      { asOf: todayIsoDate(), explain: true },
    );
    const credit: StateCreditEntry[] = [];
    for (const renewal of scanned?.renewals ?? []) {
      const evaluation = renewal.evaluation;
      const lines = new Map(evaluation.explanation.filter((line) => line.recordId).map((line) => [line.recordId!, line]));
      for (const row of rows) {
        const line = lines.get(row.id);
        credit.push({
          type: 'StateRenewalCredit',
          credential: credentialIdOf.get(row.id)!,
          state: renewal.license.stateCode,
          licenseNumber: renewal.license.number,
          ruleSet: evaluation.ruleSetId,
          ruleSetVersion: evaluation.ruleSetVersion,
          cycleStart: evaluation.cycle.start,
          cycleEnd: evaluation.cycle.end,
          amount: line?.credited ?? '0',
          unit: evaluation.unit.id,
          unitName: evaluation.unit.name,
          counted: line?.counted ?? false,
          ...(line?.counted
            ? {}
            : { reason: line ? (line.reasonText ?? line.reason ?? 'Not counted') : 'Not in this license cycle' }),
        });
      }
    }

    const [clr] = await this.issuer.signForDistrict(districtId, [
      {
        '@context': [VC_V2, CLR_V2, OB_V3, STATE_CREDIT_CONTEXT],
        id: `urn:uuid:${randomUUID()}`,
        type: ['VerifiableCredential', 'ClrCredential'],
        issuer,
        validFrom: now,
        name: `Professional development record, ${district!.name}`,
        credentialSubject: {
          type: ['ClrSubject'],
          identifier,
          verifiableCredential: nested,
          creditUnderStateRules: credit,
        },
      },
    ]);
    return clr!;
  }
}
