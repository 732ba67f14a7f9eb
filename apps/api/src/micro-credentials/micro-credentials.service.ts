import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Decimal from 'decimal.js';
import { DataSource, EntityManager } from 'typeorm';
import { educatorAccessSql } from '../access/access-scope';
import { Role } from '../access/role';
import type { ApiRequest, Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import { normalizeDecimal } from '../common/decimal';
import { badUserInput, forbidden, notFound } from '../common/errors';
import { escapeLikePattern, SqlParams } from '../common/sql-params';
import { checkIntRange, isUuid, parseUuid } from '../common/validation';
import { ActivityType, PdStatus, PdUnit } from '../domain/pd-enums';
import { todayIsoDate } from '../domain/dates';
import { parseAchievementJson, type Alignment } from './achievement-import';
import { CredentialIssuerService } from './credential-issuer.service';
import {
  AssessorAccountModel,
  AssessorAssignmentModel,
  AssessorWorkloadModel,
  CriterionScoreInput,
  McReviewRowModel,
  McSubmissionModel,
  McSubmissionStatus,
  MicroCredentialImportInput,
  MicroCredentialInput,
  MicroCredentialModel,
  MicroCredentialSettingsModel,
  PortfolioEntryInput,
  PortfolioEntryModel,
  RubricInput,
} from './micro-credentials.model';
import { meetsPassingRule, panelOutcome, parseRubric, parseScores, type CriterionScore, type Rubric } from './rubric';

/** Hard caps on the lists this service returns (newest or most urgent first). */
export const MAX_ASSESSORS_LISTED = 200;
export const MAX_SUBMISSIONS_LISTED = 500;
/** One educator's portfolios, or one assessor's assignments, newest or most urgent first. */
export const MAX_PERSONAL_SUBMISSIONS_LISTED = 100;

interface MicroCredentialRow {
  id: string;
  catalog_item_id: string;
  name: string;
  competency: string;
  submission_guidance: string;
  research_basis: string;
  rubric: Rubric;
  credit_amount: string;
  credit_unit: PdUnit;
  achievement_id: string | null;
  alignments: Alignment[];
}

interface SubmissionRow {
  id: string;
  educator_id: string;
  micro_credential_id: string;
  growth_goal: string | null;
  status: McSubmissionStatus;
  attempt: number;
  pd_record_id: string | null;
  submitted_at: Date | null;
  decided_at: Date | null;
}

const MC_COLUMNS = `m.id, m.catalog_item_id, c.name, m.competency, m.submission_guidance, m.research_basis, m.rubric,
  m.credit_amount, m.credit_unit, m.achievement_id, m.alignments`;
const MC_FROM = `micro_credential m JOIN catalog_item c ON c.district_id = m.district_id AND c.id = m.catalog_item_id`;
const SUBMISSION_COLUMNS = `s.id, s.educator_id, s.micro_credential_id, s.growth_goal, s.status, s.attempt, s.pd_record_id,
  s.submitted_at, s.decided_at`;
const EDITABLE = [McSubmissionStatus.IN_PROGRESS, McSubmissionStatus.RETURNED];
const MAX_ASSESSORS_PER_ATTEMPT = 3;

function toMicroCredential(row: MicroCredentialRow): MicroCredentialModel {
  return {
    id: row.id,
    catalogItemId: row.catalog_item_id,
    name: row.name,
    competency: row.competency,
    submissionGuidance: row.submission_guidance,
    researchBasis: row.research_basis,
    rubric: {
      criteria: row.rubric.criteria,
      levels: row.rubric.levels,
      passingLevelId: row.rubric.passing.minimumLevelId,
      minimumTotalPoints: row.rubric.passing.minimumTotalPoints,
    },
    creditAmount: normalizeDecimal(row.credit_amount),
    creditUnit: row.credit_unit,
    achievementId: row.achievement_id,
    alignments: row.alignments,
  };
}

function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (text === '') throw badUserInput(field, value ?? '', 'is required');
  if (text.length > max) throw badUserInput(field, value, `must be at most ${max} characters`);
  return text;
}

function creditAmount(value: string): string {
  let amount: Decimal;
  try {
    amount = new Decimal(value);
  } catch {
    throw badUserInput('creditAmount', value, 'must be a decimal number');
  }
  if (!amount.isFinite() || amount.lte(0) || amount.gt(9999) || amount.decimalPlaces() > 2)
    throw badUserInput('creditAmount', value, 'must be more than 0 and at most 9999, with at most 2 decimals');
  return amount.toFixed();
}

function checkLink(field: string, value: string): string {
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput(field, value, 'must be an http(s) URL');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || text.length > 2048)
    throw badUserInput(field, value, 'must be an http(s) URL of at most 2048 characters');
  return text;
}

/**
 * The micro-credential cycle: HR's catalog of micro-credentials with rubrics, the teacher's
 * portfolio and submission, assessors' scores, the two-assessor decision, and what passing
 * produces (a counted PD record and, through CredentialIssuerService, a signed credential).
 */
@Injectable()
export class MicroCredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly issuer: CredentialIssuerService,
  ) {}

  // ---- catalog -------------------------------------------------------------------------------

  async search(viewer: Viewer, search: string | null | undefined, limit: number): Promise<MicroCredentialModel[]> {
    checkIntRange('limit', limit, 1, 100);
    const term = (search ?? '').trim().toLowerCase();
    if (term.length > 100) throw badUserInput('search', search, 'must be at most 100 characters');
    const rows: MicroCredentialRow[] = await this.dataSource.query(
      `SELECT ${MC_COLUMNS} FROM ${MC_FROM}
        WHERE m.district_id = $1 AND ($2 = '' OR lower(m.competency || ' ' || c.name) LIKE $3)
        ORDER BY lower(m.competency), lower(c.name), m.id LIMIT $4`,
      [viewer.districtId, term, `%${escapeLikePattern(term)}%`, limit],
    );
    return rows.map(toMicroCredential);
  }

  private async microCredential(db: Pick<EntityManager, 'query'>, districtId: string, id: string): Promise<MicroCredentialModel> {
    if (!isUuid(id)) throw notFound('Micro-credential');
    const rows: MicroCredentialRow[] = await db.query(
      `SELECT ${MC_COLUMNS} FROM ${MC_FROM} WHERE m.district_id = $1 AND m.id = $2`,
      [districtId, id.toLowerCase()],
    );
    if (!rows[0]) throw notFound('Micro-credential');
    return toMicroCredential(rows[0]);
  }

  async create(viewer: Viewer, input: MicroCredentialInput, request: ApiRequest): Promise<MicroCredentialModel> {
    return this.insertMicroCredential(
      viewer,
      {
        name: requiredText('name', input.name, 200),
        competency: requiredText('competency', input.competency, 200),
        guidance: requiredText('submissionGuidance', input.submissionGuidance, 4000),
        research: requiredText('researchBasis', input.researchBasis, 4000),
        rubric: input.rubric,
        credit: creditAmount(input.creditAmount),
        unit: input.creditUnit,
        achievementId: null,
        alignments: [],
      },
      request,
      'MICRO_CREDENTIAL_CREATED',
    );
  }

  async importAchievement(viewer: Viewer, input: MicroCredentialImportInput, request: ApiRequest): Promise<MicroCredentialModel> {
    const achievement = parseAchievementJson(input.achievementJson);
    return this.insertMicroCredential(
      viewer,
      {
        name: achievement.name,
        competency: requiredText('competency', input.competency ?? achievement.competency, 200),
        guidance: requiredText('submissionGuidance', input.submissionGuidance ?? achievement.criteriaNarrative, 4000),
        research: requiredText('researchBasis', input.researchBasis, 4000),
        rubric: input.rubric,
        credit: creditAmount(input.creditAmount),
        unit: input.creditUnit,
        achievementId: achievement.achievementId,
        alignments: achievement.alignments,
      },
      request,
      'MICRO_CREDENTIAL_IMPORTED',
    );
  }

  private async insertMicroCredential(
    viewer: Viewer,
    fields: {
      name: string;
      competency: string;
      guidance: string;
      research: string;
      rubric: RubricInput;
      credit: string;
      unit: PdUnit;
      achievementId: string | null;
      alignments: Alignment[];
    },
    request: ApiRequest,
    action: string,
  ): Promise<MicroCredentialModel> {
    const rubric = parseRubric(fields.rubric);
    const id = await this.dataSource.transaction(async (manager) => {
      // The district itself issues what it assesses: its catalog issuer is the district.
      const issuers: Array<{ id: string }> = await manager.query(
        `SELECT i.id FROM issuer i JOIN district d ON d.id = i.district_id AND d.name = i.name WHERE i.district_id = $1 ORDER BY i.id LIMIT 1`,
        [viewer.districtId],
      );
      const issuerId =
        issuers[0]?.id ??
        (
          (await manager.query(
            `INSERT INTO issuer (district_id, name) SELECT id, name FROM district WHERE id = $1 RETURNING id`,
            [viewer.districtId],
          )) as Array<{ id: string }>
        )[0]!.id;
      const [item] = (await manager.query(
        `INSERT INTO catalog_item (district_id, issuer_id, name, kind, competency_area, achievement_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [viewer.districtId, issuerId, fields.name, ActivityType.MICRO_CREDENTIAL, fields.competency, fields.achievementId],
      )) as Array<{ id: string }>;
      const [row] = (await manager.query(
        `INSERT INTO micro_credential (district_id, catalog_item_id, competency, submission_guidance, research_basis, rubric,
           credit_amount, credit_unit, achievement_id, alignments)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          viewer.districtId,
          item!.id,
          fields.competency,
          fields.guidance,
          fields.research,
          JSON.stringify(rubric),
          fields.credit,
          fields.unit,
          fields.achievementId,
          JSON.stringify(fields.alignments),
        ],
      )) as Array<{ id: string }>;
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action,
        entityType: 'micro_credential',
        entityId: row!.id,
        details: { name: fields.name, competency: fields.competency, credit: fields.credit, unit: fields.unit },
      });
      return row!.id;
    });
    return this.microCredential(this.dataSource, viewer.districtId, id);
  }

  // ---- settings and assessors ----------------------------------------------------------------

  async settings(viewer: Viewer): Promise<MicroCredentialSettingsModel> {
    const [row] = (await this.dataSource.query(`SELECT mc_blind_review, mc_resubmission_limit FROM district WHERE id = $1`, [
      viewer.districtId,
    ])) as Array<{ mc_blind_review: boolean; mc_resubmission_limit: number }>;
    if (!row) throw notFound('District');
    return { blindReview: row.mc_blind_review, resubmissionLimit: row.mc_resubmission_limit };
  }

  async updateSettings(
    viewer: Viewer,
    blindReview: boolean,
    resubmissionLimit: number,
    request: ApiRequest,
  ): Promise<MicroCredentialSettingsModel> {
    checkIntRange('resubmissionLimit', resubmissionLimit, 0, 10);
    const before = await this.settings(viewer);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE district SET mc_blind_review = $2, mc_resubmission_limit = $3 WHERE id = $1`, [
        viewer.districtId,
        blindReview,
        resubmissionLimit,
      ]);
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'MICRO_CREDENTIAL_SETTINGS_CHANGED',
        entityType: 'district',
        entityId: viewer.districtId,
        details: { before, after: { blindReview, resubmissionLimit } },
      });
    });
    return { blindReview, resubmissionLimit };
  }

  async assessors(viewer: Viewer): Promise<AssessorAccountModel[]> {
    const rows: Array<{ id: string; email: string; display_name: string }> = await this.dataSource.query(
      `SELECT id, email, display_name FROM user_account WHERE district_id = $1 AND role = 'ASSESSOR' AND NOT disabled
        ORDER BY lower(display_name), id LIMIT ${MAX_ASSESSORS_LISTED}`,
      [viewer.districtId],
    );
    return rows.map((row) => ({ id: row.id, email: row.email, displayName: row.display_name, passwordSetPath: null }));
  }

  /** An assessor account, without a password: HR then makes a one-time link (createPasswordSetLink). */
  async createAssessor(viewer: Viewer, email: string, displayName: string, request: ApiRequest): Promise<AssessorAccountModel> {
    const address = (email ?? '').trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) || address.length > 254)
      throw badUserInput('email', email, 'is not an e-mail address');
    const name = requiredText('displayName', displayName, 200);
    const taken: Array<{ email: string }> = await this.dataSource.query(
      `SELECT * FROM pdledger_sign_in_emails_elsewhere($1::text[])`,
      [[address]],
    );
    const own: unknown[] = await this.dataSource.query(`SELECT 1 FROM user_account WHERE email = $1`, [address]);
    if (taken.length > 0 || own.length > 0) throw badUserInput('email', email, 'already signs in to PD Ledger');
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO user_account (district_id, email, password_hash, role, display_name) VALUES ($1, $2, NULL, 'ASSESSOR', $3) RETURNING id`,
        [viewer.districtId, address, name],
      )) as Array<{ id: string }>;
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'ASSESSOR_CREATED',
        entityType: 'user_account',
        entityId: row!.id,
        details: { email: address, displayName: name },
      });
      return { id: row!.id, email: address, displayName: name, passwordSetPath: null };
    });
  }

  // ---- the teacher's side --------------------------------------------------------------------

  async start(
    viewer: Viewer,
    microCredentialId: string,
    growthGoal: string | null | undefined,
    request: ApiRequest,
  ): Promise<McSubmissionModel> {
    const educatorId = this.ownEducator(viewer);
    const mc = await this.microCredential(this.dataSource, viewer.districtId, microCredentialId);
    const goal = (growthGoal ?? '').trim();
    if (goal.length > 2000) throw badUserInput('growthGoal', growthGoal, 'must be at most 2000 characters');
    const id = await this.dataSource.transaction(async (manager) => {
      const existing: Array<{ status: string }> = await manager.query(
        `SELECT status FROM mc_submission WHERE district_id = $1 AND educator_id = $2 AND micro_credential_id = $3
           AND status IN ('IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'PASSED') FOR UPDATE`,
        [viewer.districtId, educatorId, mc.id],
      );
      if (existing.length > 0)
        throw badUserInput(
          'microCredentialId',
          mc.id,
          existing[0]!.status === 'PASSED' ? 'you have already earned it' : 'you are already working on it',
        );
      const [row] = (await manager.query(
        `INSERT INTO mc_submission (district_id, educator_id, micro_credential_id, growth_goal, status)
         VALUES ($1, $2, $3, $4, 'IN_PROGRESS') RETURNING id`,
        [viewer.districtId, educatorId, mc.id, goal === '' ? null : goal],
      )) as Array<{ id: string }>;
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'MICRO_CREDENTIAL_STARTED',
        entityType: 'mc_submission',
        entityId: row!.id,
        details: { microCredentialId: mc.id, growthGoal: goal === '' ? null : goal },
      });
      return row!.id;
    });
    return this.submissionFor(viewer, id);
  }

  /** Autosave of one criterion's portfolio entry; allowed while the portfolio is the teacher's to edit. */
  async savePortfolioEntry(viewer: Viewer, submissionId: string, input: PortfolioEntryInput): Promise<PortfolioEntryModel> {
    const educatorId = this.ownEducator(viewer);
    const submission = await this.ownSubmission(this.dataSource, viewer, educatorId, submissionId);
    if (!EDITABLE.includes(submission.status))
      throw badUserInput(
        'submissionId',
        submissionId,
        `cannot be edited while ${submission.status.toLowerCase().replace('_', ' ')}`,
      );
    const mc = await this.microCredential(this.dataSource, viewer.districtId, submission.micro_credential_id);
    if (!mc.rubric.criteria.some((c) => c.id === input.criterionId))
      throw badUserInput('criterionId', input.criterionId, 'is not a criterion of this rubric');
    const reflection = input.reflection ?? '';
    if (reflection.length > 8000)
      throw badUserInput('reflection', `${reflection.length} characters`, 'must be at most 8000 characters');
    if (input.links.length > 10) throw badUserInput('links', input.links.length, 'at most 10 links per criterion');
    const links = input.links.map((link, index) => checkLink(`links[${index}]`, link));
    if (input.evidenceFileIds.length > 10)
      throw badUserInput('evidenceFileIds', input.evidenceFileIds.length, 'at most 10 files per criterion');
    const fileIds = input.evidenceFileIds.map((id) => parseUuid('evidenceFileIds', id));
    if (fileIds.length > 0) {
      const owned: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM evidence_file WHERE district_id = $1 AND educator_id = $2 AND id = ANY($3::uuid[])`,
        [viewer.districtId, educatorId, fileIds],
      );
      const missing = fileIds.find((id) => !owned.some((row) => row.id === id));
      if (missing) throw badUserInput('evidenceFileIds', missing, 'is not one of your uploaded evidence files');
    }
    const [row] = (await this.dataSource.query(
      `INSERT INTO mc_portfolio_entry (district_id, submission_id, criterion_id, reflection, links, evidence_file_ids, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (submission_id, criterion_id) DO UPDATE
         SET reflection = EXCLUDED.reflection, links = EXCLUDED.links, evidence_file_ids = EXCLUDED.evidence_file_ids, updated_at = now()
       RETURNING updated_at`,
      [viewer.districtId, submission.id, input.criterionId, reflection, links, fileIds],
    )) as Array<{ updated_at: Date }>;
    return { criterionId: input.criterionId, reflection, links, evidenceFileIds: fileIds, updatedAt: row!.updated_at };
  }

  async submit(viewer: Viewer, submissionId: string, request: ApiRequest): Promise<McSubmissionModel> {
    const educatorId = this.ownEducator(viewer);
    await this.dataSource.transaction(async (manager) => {
      const submission = await this.ownSubmission(manager, viewer, educatorId, submissionId, true);
      if (!EDITABLE.includes(submission.status))
        throw badUserInput('submissionId', submissionId, `is already ${submission.status.toLowerCase()}`);
      const mc = await this.microCredential(manager, viewer.districtId, submission.micro_credential_id);
      const entries = await this.portfolio(manager, viewer.districtId, [submission.id]);
      const empty = mc.rubric.criteria.find((criterion) => {
        const entry = entries.get(submission.id)?.find((e) => e.criterionId === criterion.id);
        return !entry || (entry.reflection.trim() === '' && entry.links.length === 0 && entry.evidenceFileIds.length === 0);
      });
      if (empty) throw badUserInput('portfolio', empty.id, `has no evidence for "${empty.name}" yet`);
      const attempt = submission.status === McSubmissionStatus.RETURNED ? submission.attempt + 1 : submission.attempt;
      await manager.query(
        `UPDATE mc_submission SET status = 'SUBMITTED', attempt = $3, submitted_at = now(), decided_at = NULL, updated_at = now()
          WHERE district_id = $1 AND id = $2`,
        [viewer.districtId, submission.id, attempt],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: attempt > 1 ? 'MICRO_CREDENTIAL_RESUBMITTED' : 'MICRO_CREDENTIAL_SUBMITTED',
        entityType: 'mc_submission',
        entityId: submission.id,
        details: { attempt },
      });
    });
    return this.submissionFor(viewer, submissionId);
  }

  /** Submissions of one educator (default: the teacher herself), to whoever may see her records. */
  async submissionsOf(viewer: Viewer, educatorId: string | null | undefined): Promise<McSubmissionModel[]> {
    const target = educatorId ? parseUuid('educatorId', educatorId) : this.ownEducator(viewer);
    const params = new SqlParams();
    const rows: SubmissionRow[] = await this.dataSource.query(
      `SELECT ${SUBMISSION_COLUMNS} FROM mc_submission s
        WHERE s.district_id = ${params.add(viewer.districtId)} AND s.educator_id = ${params.add(target)}
          AND ${educatorAccessSql(viewer, 's.educator_id', params)}
        ORDER BY s.created_at DESC, s.id LIMIT ${MAX_PERSONAL_SUBMISSIONS_LISTED}`,
      params.values,
    );
    if (rows.length === 0 && educatorId) {
      const check = new SqlParams();
      const visible: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM educator e WHERE e.district_id = ${check.add(viewer.districtId)} AND e.id = ${check.add(target)}
           AND ${educatorAccessSql(viewer, 'e.id', check)}`,
        check.values,
      );
      if (visible.length === 0) throw notFound('Educator');
    }
    return this.toSubmissions(this.dataSource, viewer.districtId, rows);
  }

  private async submissionFor(viewer: Viewer, id: string): Promise<McSubmissionModel> {
    const rows: SubmissionRow[] = await this.dataSource.query(
      `SELECT ${SUBMISSION_COLUMNS} FROM mc_submission s WHERE s.district_id = $1 AND s.id = $2`,
      [viewer.districtId, id],
    );
    const [model] = await this.toSubmissions(this.dataSource, viewer.districtId, rows);
    if (!model) throw notFound('Submission');
    return model;
  }

  private async toSubmissions(
    db: Pick<EntityManager, 'query'>,
    districtId: string,
    rows: SubmissionRow[],
  ): Promise<McSubmissionModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [portfolio, settings, scored, credentials, mcs] = await Promise.all([
      this.portfolio(db, districtId, ids),
      db.query(`SELECT mc_resubmission_limit FROM district WHERE id = $1`, [districtId]) as Promise<
        Array<{ mc_resubmission_limit: number }>
      >,
      db.query(
        `SELECT a.submission_id, a.attempt, a.passed, a.scores FROM mc_assessment a
           JOIN mc_submission s ON s.district_id = a.district_id AND s.id = a.submission_id
          WHERE a.district_id = $1 AND a.submission_id = ANY($2::uuid[]) AND a.scored_at IS NOT NULL
            AND (a.attempt < s.attempt OR s.status IN ('PASSED', 'RETURNED', 'NOT_PASSED'))
          ORDER BY a.attempt, a.scored_at, a.id`,
        [districtId, ids],
      ) as Promise<Array<{ submission_id: string; attempt: number; passed: boolean; scores: CriterionScore[] }>>,
      db.query(`SELECT id, submission_id FROM issued_credential WHERE district_id = $1 AND submission_id = ANY($2::uuid[])`, [
        districtId,
        ids,
      ]) as Promise<Array<{ id: string; submission_id: string }>>,
      db.query(`SELECT ${MC_COLUMNS} FROM ${MC_FROM} WHERE m.district_id = $1 AND m.id = ANY($2::uuid[])`, [
        districtId,
        [...new Set(rows.map((row) => row.micro_credential_id))],
      ]) as Promise<MicroCredentialRow[]>,
    ]);
    const limit = settings[0]?.mc_resubmission_limit ?? 0;
    const mcById = new Map(mcs.map((row) => [row.id, toMicroCredential(row)]));
    return rows.map((row) => ({
      id: row.id,
      educatorId: row.educator_id,
      microCredential: mcById.get(row.micro_credential_id)!,
      growthGoal: row.growth_goal,
      status: row.status,
      attempt: row.attempt,
      resubmissionsLeft: Math.max(0, limit + 1 - row.attempt),
      portfolio: portfolio.get(row.id) ?? [],
      feedback: scored
        .filter((a) => a.submission_id === row.id)
        .map((a) => ({ attempt: a.attempt, passed: a.passed, scores: a.scores })),
      pdRecordId: row.pd_record_id,
      credentialId: credentials.find((c) => c.submission_id === row.id)?.id ?? null,
      submittedAt: row.submitted_at,
      decidedAt: row.decided_at,
    }));
  }

  private async portfolio(
    db: Pick<EntityManager, 'query'>,
    districtId: string,
    submissionIds: string[],
  ): Promise<Map<string, PortfolioEntryModel[]>> {
    const rows: Array<{
      submission_id: string;
      criterion_id: string;
      reflection: string;
      links: string[];
      evidence_file_ids: string[];
      updated_at: Date;
    }> = await db.query(
      `SELECT submission_id, criterion_id, reflection, links, evidence_file_ids, updated_at FROM mc_portfolio_entry
          WHERE district_id = $1 AND submission_id = ANY($2::uuid[]) ORDER BY criterion_id`,
      [districtId, submissionIds],
    );
    const bySubmission = new Map<string, PortfolioEntryModel[]>();
    for (const row of rows) {
      const list = bySubmission.get(row.submission_id) ?? [];
      list.push({
        criterionId: row.criterion_id,
        reflection: row.reflection,
        links: row.links,
        evidenceFileIds: row.evidence_file_ids,
        updatedAt: row.updated_at,
      });
      bySubmission.set(row.submission_id, list);
    }
    return bySubmission;
  }

  private ownEducator(viewer: Viewer): string {
    if (viewer.role !== Role.TEACHER || !viewer.educatorId) throw forbidden('Only teachers pursue micro-credentials');
    return viewer.educatorId;
  }

  private async ownSubmission(
    db: Pick<EntityManager, 'query'>,
    viewer: Viewer,
    educatorId: string,
    submissionId: string,
    lock = false,
  ): Promise<SubmissionRow> {
    if (!isUuid(submissionId)) throw notFound('Submission');
    const rows: SubmissionRow[] = await db.query(
      `SELECT ${SUBMISSION_COLUMNS} FROM mc_submission s WHERE s.district_id = $1 AND s.id = $2 AND s.educator_id = $3${lock ? ' FOR UPDATE' : ''}`,
      [viewer.districtId, submissionId.toLowerCase(), educatorId],
    );
    if (!rows[0]) throw notFound('Submission');
    return rows[0];
  }

  // ---- HR: assignment, review rows, workload -------------------------------------------------

  async reviewRows(viewer: Viewer, status: McSubmissionStatus | null | undefined): Promise<McReviewRowModel[]> {
    const rows: Array<SubmissionRow & { educator_name: string }> = await this.dataSource.query(
      `SELECT ${SUBMISSION_COLUMNS}, e.first_name || ' ' || e.last_name AS educator_name FROM mc_submission s
         JOIN educator e ON e.district_id = s.district_id AND e.id = s.educator_id
        WHERE s.district_id = $1 AND s.status <> 'IN_PROGRESS' AND ($2::text IS NULL OR s.status = $2)
        ORDER BY s.submitted_at DESC NULLS LAST, s.id LIMIT ${MAX_SUBMISSIONS_LISTED}`,
      [viewer.districtId, status ?? null],
    );
    const submissions = await this.toSubmissions(this.dataSource, viewer.districtId, rows);
    const assessments: Array<{
      id: string;
      submission_id: string;
      attempt: number;
      assessor_account_id: string;
      display_name: string;
      assigned_at: Date;
      scored_at: Date | null;
      passed: boolean | null;
    }> = await this.dataSource.query(
      `SELECT a.id, a.submission_id, a.attempt, a.assessor_account_id, u.display_name, a.assigned_at, a.scored_at, a.passed
         FROM mc_assessment a JOIN user_account u ON u.district_id = a.district_id AND u.id = a.assessor_account_id
        WHERE a.district_id = $1 AND a.submission_id = ANY($2::uuid[]) ORDER BY a.attempt, a.assigned_at, a.id`,
      [viewer.districtId, rows.map((row) => row.id)],
    );
    return submissions.map((submission, index) => {
      const own = assessments.filter((a) => a.submission_id === submission.id);
      const current = own.filter((a) => a.attempt === submission.attempt && a.passed !== null).map((a) => a.passed as boolean);
      return {
        submission,
        educatorName: rows[index]!.educator_name,
        needsThirdAssessor:
          submission.status === McSubmissionStatus.SUBMITTED && panelOutcome(current) === 'NEEDS_THIRD_ASSESSOR',
        assessments: own.map((a) => ({
          id: a.id,
          attempt: a.attempt,
          assessorAccountId: a.assessor_account_id,
          assessorName: a.display_name,
          assignedAt: a.assigned_at,
          scoredAt: a.scored_at,
          passed: a.passed,
        })),
      };
    });
  }

  async assign(viewer: Viewer, submissionId: string, assessorAccountId: string, request: ApiRequest): Promise<McReviewRowModel> {
    const submissionKey = parseUuid('submissionId', submissionId);
    const assessorKey = parseUuid('assessorAccountId', assessorAccountId);
    await this.dataSource.transaction(async (manager) => {
      const rows: SubmissionRow[] = await manager.query(
        `SELECT ${SUBMISSION_COLUMNS} FROM mc_submission s WHERE s.district_id = $1 AND s.id = $2 FOR UPDATE`,
        [viewer.districtId, submissionKey],
      );
      const submission = rows[0];
      if (!submission) throw notFound('Submission');
      if (submission.status !== McSubmissionStatus.SUBMITTED)
        throw badUserInput('submissionId', submissionId, `is ${submission.status.toLowerCase()}, not waiting for assessment`);
      const assessor: unknown[] = await manager.query(
        `SELECT 1 FROM user_account WHERE district_id = $1 AND id = $2 AND role = 'ASSESSOR' AND NOT disabled`,
        [viewer.districtId, assessorKey],
      );
      if (assessor.length === 0)
        throw badUserInput('assessorAccountId', assessorAccountId, 'is not an assessor of this district');
      const current: Array<{ assessor_account_id: string; passed: boolean | null }> = await manager.query(
        `SELECT assessor_account_id, passed FROM mc_assessment WHERE district_id = $1 AND submission_id = $2 AND attempt = $3`,
        [viewer.districtId, submission.id, submission.attempt],
      );
      if (current.some((a) => a.assessor_account_id === assessorKey))
        throw badUserInput('assessorAccountId', assessorAccountId, 'is already assigned to this attempt');
      const verdicts = current.filter((a) => a.passed !== null).map((a) => a.passed as boolean);
      // Two assessors, and a third only when the first two disagree.
      const allowed = current.length < 2 || (current.length === 2 && panelOutcome(verdicts) === 'NEEDS_THIRD_ASSESSOR');
      if (!allowed || current.length >= MAX_ASSESSORS_PER_ATTEMPT)
        throw badUserInput(
          'assessorAccountId',
          assessorAccountId,
          'this attempt already has its assessors (a third is assigned only when the first two disagree)',
        );
      const [row] = (await manager.query(
        `INSERT INTO mc_assessment (district_id, submission_id, attempt, assessor_account_id, assigned_by_account_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [viewer.districtId, submission.id, submission.attempt, assessorKey, viewer.accountId],
      )) as Array<{ id: string }>;
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'ASSESSOR_ASSIGNED',
        entityType: 'mc_assessment',
        entityId: row!.id,
        details: {
          submissionId: submission.id,
          attempt: submission.attempt,
          assessorAccountId: assessorKey,
          position: current.length + 1,
        },
      });
    });
    const [row] = (await this.reviewRows(viewer, null)).filter((r) => r.submission.id === submissionKey);
    return row!;
  }

  async workload(viewer: Viewer): Promise<AssessorWorkloadModel[]> {
    const rows: Array<{ id: string; display_name: string; email: string; open: number; scored: number; average: string | null }> =
      await this.dataSource.query(
        `SELECT u.id, u.display_name, u.email,
                count(a.id) FILTER (WHERE a.scored_at IS NULL)::int AS open,
                count(a.id) FILTER (WHERE a.scored_at IS NOT NULL)::int AS scored,
                round(avg(extract(epoch FROM (a.scored_at - a.assigned_at))) FILTER (WHERE a.scored_at IS NOT NULL) / 3600, 2)::text AS average
           FROM user_account u
           LEFT JOIN mc_assessment a ON a.district_id = u.district_id AND a.assessor_account_id = u.id
          WHERE u.district_id = $1 AND u.role = 'ASSESSOR'
          GROUP BY u.id ORDER BY lower(u.display_name), u.id LIMIT ${MAX_ASSESSORS_LISTED}`,
        [viewer.districtId],
      );
    return rows.map((row) => ({
      accountId: row.id,
      name: row.display_name,
      email: row.email,
      open: row.open,
      scored: row.scored,
      averageTurnaroundHours: row.average === null ? null : new Decimal(row.average).toFixed(2),
    }));
  }

  // ---- the assessor's side -------------------------------------------------------------------

  async assignments(viewer: Viewer): Promise<AssessorAssignmentModel[]> {
    return this.assignmentRows(viewer, null);
  }

  private async assignmentRows(viewer: Viewer, assessmentId: string | null): Promise<AssessorAssignmentModel[]> {
    const rows: Array<{
      id: string;
      submission_id: string;
      attempt: number;
      micro_credential_id: string;
      assigned_at: Date;
      scored_at: Date | null;
      passed: boolean | null;
      scores: CriterionScore[] | null;
      teacher_name: string;
      school_name: string | null;
      blind: boolean;
    }> = await this.dataSource.query(
      `SELECT a.id, a.submission_id, a.attempt, s.micro_credential_id, a.assigned_at, a.scored_at, a.passed, a.scores,
              e.first_name || ' ' || e.last_name AS teacher_name,
              (SELECT string_agg(sc.name, ', ' ORDER BY sc.name) FROM educator_school es
                 JOIN school sc ON sc.district_id = es.district_id AND sc.id = es.school_id
                WHERE es.district_id = e.district_id AND es.educator_id = e.id) AS school_name,
              d.mc_blind_review AS blind
         FROM mc_assessment a
         JOIN mc_submission s ON s.district_id = a.district_id AND s.id = a.submission_id
         JOIN educator e ON e.district_id = s.district_id AND e.id = s.educator_id
         JOIN district d ON d.id = a.district_id
        WHERE a.district_id = $1 AND a.assessor_account_id = $2 AND ($3::uuid IS NULL OR a.id = $3)
        ORDER BY a.scored_at IS NOT NULL, a.assigned_at, a.id LIMIT ${MAX_PERSONAL_SUBMISSIONS_LISTED}`,
      [viewer.districtId, viewer.accountId, assessmentId],
    );
    if (rows.length === 0) return [];
    const portfolio = await this.portfolio(
      this.dataSource,
      viewer.districtId,
      rows.map((row) => row.submission_id),
    );
    const mcs: MicroCredentialRow[] = await this.dataSource.query(
      `SELECT ${MC_COLUMNS} FROM ${MC_FROM} WHERE m.district_id = $1 AND m.id = ANY($2::uuid[])`,
      [viewer.districtId, [...new Set(rows.map((row) => row.micro_credential_id))]],
    );
    const mcById = new Map(mcs.map((row) => [row.id, toMicroCredential(row)]));
    return rows.map((row) => ({
      id: row.id,
      submissionId: row.submission_id,
      attempt: row.attempt,
      microCredential: mcById.get(row.micro_credential_id)!,
      portfolio: portfolio.get(row.submission_id) ?? [],
      teacherName: row.blind ? null : row.teacher_name,
      schoolName: row.blind ? null : row.school_name,
      assignedAt: row.assigned_at,
      scoredAt: row.scored_at,
      passed: row.passed,
      scores: row.scores,
    }));
  }

  /** An assessor scores their assignment; the attempt is decided once two assessors agree. */
  async score(
    viewer: Viewer,
    assessmentId: string,
    scoreInput: CriterionScoreInput[],
    request: ApiRequest,
  ): Promise<AssessorAssignmentModel> {
    if (!isUuid(assessmentId)) throw notFound('Assignment');
    const key = assessmentId.toLowerCase();
    await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; submission_id: string; attempt: number; scored_at: Date | null }> = await manager.query(
        `SELECT id, submission_id, attempt, scored_at FROM mc_assessment WHERE district_id = $1 AND id = $2 AND assessor_account_id = $3`,
        [viewer.districtId, key, viewer.accountId],
      );
      const assessment = rows[0];
      if (!assessment) throw notFound('Assignment');
      const submissions: SubmissionRow[] = await manager.query(
        `SELECT ${SUBMISSION_COLUMNS} FROM mc_submission s WHERE s.district_id = $1 AND s.id = $2 FOR UPDATE`,
        [viewer.districtId, assessment.submission_id],
      );
      const submission = submissions[0]!;
      if (assessment.scored_at !== null) throw badUserInput('assessmentId', assessmentId, 'is already scored');
      if (submission.status !== McSubmissionStatus.SUBMITTED || submission.attempt !== assessment.attempt)
        throw badUserInput('assessmentId', assessmentId, 'this attempt is already decided');
      const mc = await this.microCredential(manager, viewer.districtId, submission.micro_credential_id);
      const rubric: Rubric = {
        criteria: mc.rubric.criteria,
        levels: mc.rubric.levels,
        passing: { minimumLevelId: mc.rubric.passingLevelId, minimumTotalPoints: mc.rubric.minimumTotalPoints },
      };
      const scores = parseScores(rubric, scoreInput);
      const passed = meetsPassingRule(rubric, scores);
      await manager.query(
        `UPDATE mc_assessment SET scored_at = now(), scores = $3, passed = $4 WHERE district_id = $1 AND id = $2`,
        [viewer.districtId, key, JSON.stringify(scores), passed],
      );
      await this.audit.record(manager, request, {
        districtId: viewer.districtId,
        actorAccountId: viewer.accountId,
        action: 'MICRO_CREDENTIAL_SCORED',
        entityType: 'mc_assessment',
        entityId: key,
        details: {
          submissionId: submission.id,
          attempt: submission.attempt,
          passed,
          scores: scores.map((s) => [s.criterionId, s.levelId]),
        },
      });
      const verdicts: Array<{ passed: boolean }> = await manager.query(
        `SELECT passed FROM mc_assessment WHERE district_id = $1 AND submission_id = $2 AND attempt = $3 AND scored_at IS NOT NULL
          ORDER BY scored_at, id`,
        [viewer.districtId, submission.id, submission.attempt],
      );
      const outcome = panelOutcome(verdicts.map((v) => v.passed));
      if (outcome === 'PASSED') await this.pass(manager, viewer, submission, mc, request);
      else if (outcome === 'NOT_PASSED') await this.returnFeedback(manager, viewer, submission, request);
    });
    const [assignment] = await this.assignmentRows(viewer, key);
    return assignment!;
  }

  private async returnFeedback(
    manager: EntityManager,
    viewer: Viewer,
    submission: SubmissionRow,
    request: ApiRequest,
  ): Promise<void> {
    const [district] = (await manager.query(`SELECT mc_resubmission_limit FROM district WHERE id = $1`, [
      viewer.districtId,
    ])) as Array<{
      mc_resubmission_limit: number;
    }>;
    const canResubmit = submission.attempt <= district!.mc_resubmission_limit;
    const status = canResubmit ? McSubmissionStatus.RETURNED : McSubmissionStatus.NOT_PASSED;
    await manager.query(
      `UPDATE mc_submission SET status = $3, decided_at = now(), updated_at = now() WHERE district_id = $1 AND id = $2`,
      [viewer.districtId, submission.id, status],
    );
    await this.audit.record(manager, request, {
      districtId: viewer.districtId,
      actorAccountId: null,
      action: canResubmit ? 'MICRO_CREDENTIAL_RETURNED' : 'MICRO_CREDENTIAL_NOT_PASSED',
      entityType: 'mc_submission',
      entityId: submission.id,
      details: { attempt: submission.attempt, resubmissionLimit: district!.mc_resubmission_limit },
    });
  }

  /** Passing: a counted (APPROVED) PD record carrying the micro-credential's credit, and its credential. */
  private async pass(
    manager: EntityManager,
    viewer: Viewer,
    submission: SubmissionRow,
    mc: MicroCredentialModel,
    request: ApiRequest,
  ): Promise<void> {
    const completedOn = todayIsoDate();
    const [record] = (await manager.query(
      `INSERT INTO pd_record (district_id, educator_id, catalog_item_id, title, activity_type, amount, unit, completed_on, categories,
         status, source, reviewed_at, submitted_at)
       VALUES ($1, $2, $3, $4, 'MICRO_CREDENTIAL', $5, $6, $7, $8, $9, 'MICRO_CREDENTIAL_ASSESSMENT', now(), $10) RETURNING id`,
      [
        viewer.districtId,
        submission.educator_id,
        mc.catalogItemId,
        mc.name.slice(0, 200),
        mc.creditAmount,
        mc.creditUnit,
        completedOn,
        [],
        PdStatus.APPROVED,
        submission.submitted_at,
      ],
    )) as Array<{ id: string }>;
    await manager.query(
      `UPDATE mc_submission SET status = 'PASSED', pd_record_id = $3, decided_at = now(), updated_at = now() WHERE district_id = $1 AND id = $2`,
      [viewer.districtId, submission.id, record!.id],
    );
    await this.audit.record(manager, request, {
      districtId: viewer.districtId,
      actorAccountId: null,
      action: 'MICRO_CREDENTIAL_PASSED',
      entityType: 'mc_submission',
      entityId: submission.id,
      details: { attempt: submission.attempt, pdRecordId: record!.id, credit: mc.creditAmount, unit: mc.creditUnit },
    });
    await this.issuer.issue(manager, request, {
      districtId: viewer.districtId,
      submissionId: submission.id,
      educatorId: submission.educator_id,
      pdRecordId: record!.id,
      microCredential: mc,
      completedOn,
    });
  }
}
