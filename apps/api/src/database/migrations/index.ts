import { InitialSchema1732300000000 } from './1732300000000-initial-schema';
import { RosterImport1763900000000 } from './1763900000000-roster-import';
import { ReviewBadgesEvidence1763950000000 } from './1763950000000-review-badges-evidence';
import { SalarySchedule1764000000000 } from './1764000000000-salary-schedule';
import { DistrictRules1796315949449 } from './1796315949449-district-rules';
import { Goals1796316149753 } from './1796316149753-goals';
import { RenewalStanding1796400000000 } from './1796400000000-renewal-standing';
import { TrustedIssuers1796500000000 } from './1796500000000-trusted-issuers';
import { VoidAndDuplicates1796600000000 } from './1796600000000-void-and-duplicates';
import { DatabaseEnforcedIsolation1796900000001 } from './1796900000001-database-enforced-isolation';
import { PasswordReset1797100000000 } from './1797100000000-password-reset';
import { InterruptedImportApplies1797200000000 } from './1797200000000-interrupted-import-applies';
import { PdRecordCourseDetails1797300000000 } from './1797300000000-pd-record-course-details';
import { GoalEarnedSinceStart1797300000001 } from './1797300000001-goal-earned-since-start';
import { DistrictIdentityProvider1797400000000 } from './1797400000000-district-identity-provider';
import { Notifications1797500000000 } from './1797500000000-notifications';
import { MicroCredentialCycle1797600000000 } from './1797600000000-micro-credential-cycle';
import { PdRecordConverterIndex1797700000000 } from './1797700000000-pd-record-converter-index';
import { GoalProgress1797800000000 } from './1797800000000-goal-progress';
import { StoredEvaluation1797810000000 } from './1797810000000-stored-evaluation';
import { FiguresSnapshot1797820000000 } from './1797820000000-figures-snapshot';
import { SessionViewerLookup1797830000000 } from './1797830000000-session-viewer-lookup';
import { StoredResponses1797840000000 } from './1797840000000-stored-responses';

/**
 * Every migration, oldest first. Imported explicitly (not by file glob) so that the same list
 * runs in the compiled build, in the CLIs and in jest. Add new migrations at the end.
 */
export const migrations = [
  InitialSchema1732300000000,
  RosterImport1763900000000,
  ReviewBadgesEvidence1763950000000,
  SalarySchedule1764000000000,
  DistrictRules1796315949449,
  Goals1796316149753,
  RenewalStanding1796400000000,
  TrustedIssuers1796500000000,
  VoidAndDuplicates1796600000000,
  DatabaseEnforcedIsolation1796900000001,
  PasswordReset1797100000000,
  InterruptedImportApplies1797200000000,
  PdRecordCourseDetails1797300000000,
  GoalEarnedSinceStart1797300000001,
  DistrictIdentityProvider1797400000000,
  Notifications1797500000000,
  MicroCredentialCycle1797600000000,
  PdRecordConverterIndex1797700000000,
  GoalProgress1797800000000,
  StoredEvaluation1797810000000,
  FiguresSnapshot1797820000000,
  SessionViewerLookup1797830000000,
  StoredResponses1797840000000,
];
