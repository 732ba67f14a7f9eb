import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportKind {
  ROSTER = 'ROSTER',
  TRANSCRIPT = 'TRANSCRIPT',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What an upload imports: a staff roster or a vendor transcript of PD records.',
});

export enum ImportStatus {
  PREVIEW = 'PREVIEW',
  APPLIED = 'APPLIED',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description:
    'PREVIEW: checked, nothing changed yet; APPLIED: written in one transaction; FAILED: the apply was rolled back, nothing changed.',
});

@ObjectType('ImportChangeCounts', {
  description: 'How many rows of one kind the import creates, updates, deactivates or leaves as they are.',
})
export class ImportChangeCountsModel {
  @Field(() => Int) create!: number;
  @Field(() => Int) update!: number;
  @Field(() => Int) deactivate!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int, { description: 'Rows that needed nothing doing, e.g. a delta removal of someone never imported.' })
  skipped!: number;
}

@ObjectType('ImportCounts')
export class ImportCountsModel {
  @Field(() => ImportChangeCountsModel, { nullable: true }) schools!: ImportChangeCountsModel | null;
  @Field(() => ImportChangeCountsModel, { nullable: true }) educators!: ImportChangeCountsModel | null;
  @Field(() => ImportChangeCountsModel, { nullable: true, description: 'Sign-in accounts of imported educators.' })
  accounts!: ImportChangeCountsModel | null;
  @Field(() => ImportChangeCountsModel, { nullable: true, description: 'Transcript imports: PD records.' })
  pdRecords!: ImportChangeCountsModel | null;
}

@ObjectType('ImportProblem', { description: 'Something wrong with an uploaded file, located by file, line and column.' })
export class ImportProblemModel {
  @Field(() => String, { description: 'error (blocks the apply) or warning.' }) severity!: string;
  @Field(() => String, { description: 'Machine-readable kind, e.g. header-missing-columns, duplicate-id, unknown-user.' })
  code!: string;
  @Field(() => String) file!: string;
  @Field(() => Int, { nullable: true, description: '1-based; the header is line 1.' }) line!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType('ImportRun', { description: 'One uploaded roster or transcript: its preview, and whether it was applied.' })
export class ImportRunModel {
  @Field(() => ID) id!: string;
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => String, { nullable: true, description: 'oneroster-1.1, oneroster-1.2, plain-csv or transcript-csv.' }) format!:
    string | null;
  @Field(() => String, { nullable: true, description: 'bulk (a snapshot: people missing are deactivated), delta, or mixed.' })
  mode!: string | null;
  @Field(() => [String]) fileNames!: string[];
  @Field(() => String, { description: 'ISO timestamp of the upload.' }) createdAt!: string;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => String, { nullable: true }) appliedAt!: string | null;
  @Field(() => String, { nullable: true }) appliedByName!: string | null;
  @Field(() => ImportCountsModel) counts!: ImportCountsModel;
  @Field(() => Int) problemCount!: number;
  @Field(() => Int) errorCount!: number;
  @Field(() => Int) warningCount!: number;
  @Field(() => Boolean, { description: 'More problems were found than are listed (the first 1,000 are kept).' })
  problemsTruncated!: boolean;
  @Field(() => [ImportProblemModel]) problems!: ImportProblemModel[];
  @Field(() => String, { nullable: true, description: 'Why the apply failed (it was rolled back).' }) failureMessage!:
    string | null;
  @Field(() => Boolean, { description: 'A preview without errors, not applied yet.' }) canApply!: boolean;
}

@ObjectType('PasswordSetLink', { description: 'A one-time link HR copies to a person so they can set their password.' })
export class PasswordSetLinkModel {
  @Field(() => ID) accountId!: string;
  @Field(() => String, {
    description:
      'Path on the dashboard, e.g. /set-password#token=…; the token is in the fragment so it never reaches server logs.',
  })
  path!: string;
  @Field(() => String, { description: 'ISO timestamp after which the link no longer works.' }) expiresAt!: string;
}

@ObjectType('PasswordResetNotice', { description: 'Told to a person whose password HR reset, until they dismiss it.' })
export class PasswordResetNoticeModel {
  @Field(() => String, { description: 'ISO timestamp of the reset.' }) resetAt!: string;
  @Field(() => String, { description: 'Display name of the HR admin who reset it.' }) resetByName!: string;
}

@ObjectType('AccountWithoutPassword', { description: 'An imported account whose person has not set a password yet.' })
export class AccountWithoutPasswordModel {
  @Field(() => ID) accountId!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => ID, { nullable: true }) educatorId!: string | null;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Expiry of the newest unused link, if one is outstanding.' })
  linkExpiresAt!: string | null;
}
