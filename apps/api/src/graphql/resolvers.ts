import { AuditEventsResolver } from '../audit/audit-events.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { BadgeOriginsResolver } from '../badges/badge-origins.resolver';
import { PdRecordBadgeVerificationResolver, TrustedIssuersResolver } from '../badges/trusted-issuers.resolver';
import { CatalogItemResolver } from '../catalog/catalog.resolver';
import { RenewalsResolver } from '../renewals/renewals.resolver';
import { DistrictRulesResolver } from '../district-rules/district-rules.resolver';
import { SalarySchedulesResolver } from '../salary-schedules/salary-schedules.resolver';
import { EducatorRenewalsResolver } from '../renewals/educator-renewals.resolver';
import { DashboardsResolver, SchoolDashboardResolver } from '../dashboards/dashboards.resolver';
import { DraftsResolver } from '../drafts/drafts.resolver';
import { EducatorsResolver } from '../educators/educators.resolver';
import { PdRecordEvidenceResolver } from '../pd-records/pd-record-evidence.resolver';
import { GoalProgressResolver, GoalsResolver } from '../goals/goals.resolver';
import { ImportsResolver } from '../imports/imports.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { MicroCredentialsResolver } from '../micro-credentials/micro-credentials.resolver';
import { EducatorPdRecordsResolver } from '../pd-records/educator-pd-records.resolver';
import { PdRecordsResolver } from '../pd-records/pd-records.resolver';
import { RecordIntegrityResolver } from '../record-integrity/record-integrity.resolver';
import { ReportsResolver } from '../reports/reports.resolver';
import { PreApprovalsResolver, ReviewResolver, ViewerReviewResolver } from '../review/review.resolver';
import { SchoolsResolver } from '../schools/schools.resolver';
import { StaffResolver } from '../staff/staff.resolver';
import { IdentityProviderResolver } from '../sign-in-oidc/identity-provider.resolver';

/**
 * Every resolver class, for printing the schema without starting the app or a database. An
 * integration test checks the running app's schema equals the one printed from this list.
 */
export const graphqlResolvers = [
  AuthResolver,
  IdentityProviderResolver,
  EducatorsResolver,
  EducatorPdRecordsResolver,
  PdRecordsResolver,
  RecordIntegrityResolver,
  CatalogItemResolver,
  SchoolsResolver,
  StaffResolver,
  PdRecordEvidenceResolver,
  BadgeOriginsResolver,
  TrustedIssuersResolver,
  PdRecordBadgeVerificationResolver,
  DraftsResolver,
  ReviewResolver,
  PreApprovalsResolver,
  ViewerReviewResolver,
  AuditEventsResolver,
  ImportsResolver,
  RenewalsResolver,
  EducatorRenewalsResolver,
  DistrictRulesResolver,
  SalarySchedulesResolver,
  GoalsResolver,
  GoalProgressResolver,
  ReportsResolver,
  DashboardsResolver,
  SchoolDashboardResolver,
  NotificationsResolver,
  MicroCredentialsResolver,
];
