/** The answer of POST /api/badges (apps/api/src/badges/badge-import.model.ts). */
export type BadgeFileStatus = 'IMPORTED' | 'DUPLICATE' | 'REJECTED';

export interface BadgeFileResult {
  filename: string;
  status: BadgeFileStatus;
  code: string | null;
  message: string;
  kind: string | null;
  evidenceFileId: string | null;
  records: {
    pdRecordId: string | null;
    credentialId: string;
    title: string;
    status: 'IMPORTED' | 'DUPLICATE';
    /** VERIFIED counts now; SUBMITTED waits for a reviewer (issuer not trusted, or it claims more than the catalog). */
    recordStatus: 'VERIFIED' | 'SUBMITTED' | null;
  }[];
}

export interface BadgeImportResponse {
  educatorId: string;
  imported: number;
  duplicates: number;
  rejected: number;
  results: BadgeFileResult[];
}
