import { AuditEventEntity } from './audit/audit-event.entity';
import { SessionEntity } from './auth/session.entity';
import { SignInAttemptEntity } from './auth/sign-in-attempt.entity';
import { UserAccountSchoolEntity } from './auth/user-account-school.entity';
import { UserAccountEntity } from './auth/user-account.entity';
import { BadgeVerificationEntity } from './badges/badge-verification.entity';
import { DistrictBadgeOriginEntity } from './badges/district-badge-origin.entity';
import { TrustedIssuerEntity } from './badges/trusted-issuer.entity';
import { CatalogItemEntity } from './catalog/catalog-item.entity';
import { DistrictRuleOverrideEntity, DistrictRuleStateEntity } from './district-rules/district-rules.entity';
import { SalaryScheduleEntity } from './salary-schedules/salary-schedule.entity';
import { IssuerEntity } from './catalog/issuer.entity';
import { DistrictEntity } from './districts/district.entity';
import { PdDraftEntity } from './drafts/pd-draft.entity';
import { GoalEntity } from './goals/goal.entity';
import { EducatorSchoolEntity } from './educators/educator-school.entity';
import { EducatorEntity } from './educators/educator.entity';
import { LicenseEntity } from './educators/license.entity';
import { ImportFileEntity, ImportRunEntity, TranscriptRecordEntity } from './imports/import-run.entity';
import { PasswordSetTokenEntity } from './imports/password-set-token.entity';
import { EvidenceFileEntity, PdRecordEvidenceEntity } from './evidence/evidence-file.entity';
import { PdRecordEntity } from './pd-records/pd-record.entity';
import { PreApprovalRequestEntity } from './review/pre-approval-request.entity';
import { SchoolEntity } from './schools/school.entity';

/**
 * Every TypeORM entity, listed explicitly so the build and jest see the same set. It sits beside
 * app.module.ts (the composition root) so database/ need not import every feature.
 */
export const entities = [
  DistrictEntity,
  SchoolEntity,
  EducatorEntity,
  EducatorSchoolEntity,
  LicenseEntity,
  UserAccountEntity,
  UserAccountSchoolEntity,
  SessionEntity,
  SignInAttemptEntity,
  IssuerEntity,
  CatalogItemEntity,
  PdRecordEntity,
  AuditEventEntity,
  ImportRunEntity,
  ImportFileEntity,
  TranscriptRecordEntity,
  PasswordSetTokenEntity,
  DistrictBadgeOriginEntity,
  EvidenceFileEntity,
  PdRecordEvidenceEntity,
  PdDraftEntity,
  PreApprovalRequestEntity,
  SalaryScheduleEntity,
  DistrictRuleStateEntity,
  DistrictRuleOverrideEntity,
  GoalEntity,
  TrustedIssuerEntity,
  BadgeVerificationEntity,
];
