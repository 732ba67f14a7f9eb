import type { PdStatus } from '../domain/pd-enums';

/** The answer of `POST /api/badges`: one entry per uploaded file, in upload order. */
export type BadgeFileStatus = 'IMPORTED' | 'DUPLICATE' | 'REJECTED';

export interface BadgeImportRecord {
  /** The PD record created (IMPORTED) or the one that already holds this credential (DUPLICATE, when visible). */
  pdRecordId: string | null;
  credentialId: string;
  title: string;
  status: 'IMPORTED' | 'DUPLICATE';
  /** For IMPORTED: VERIFIED (counts now) or SUBMITTED (waits in the review queue for a person). */
  recordStatus: PdStatus.VERIFIED | PdStatus.SUBMITTED | null;
}

export interface BadgeFileResult {
  filename: string;
  status: BadgeFileStatus;
  /** For REJECTED: a stable code (BADGE_* from the verifier, or BADGE_STATUS_UNCHECKED). */
  code: string | null;
  message: string;
  /** Badge version found (OB2_HOSTED, OB3_DATA_INTEGRITY, CLR2_VC_JWT, ...), when detected. */
  kind: string | null;
  /** The original file kept as evidence (IMPORTED only). */
  evidenceFileId: string | null;
  records: BadgeImportRecord[];
}

export interface BadgeImportResponse {
  educatorId: string;
  imported: number;
  duplicates: number;
  rejected: number;
  results: BadgeFileResult[];
}
