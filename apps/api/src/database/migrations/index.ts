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
import { MicroCredentialCycle1797600000000 } from './1797600000000-micro-credential-cycle';

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
  MicroCredentialCycle1797600000000,
];
