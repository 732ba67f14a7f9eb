import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceFile', { description: 'A stored evidence file; download it from `url` (always as an attachment).' })
export class EvidenceFileModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  originalName!: string;

  @Field(() => String, { description: 'Decided by the server from the file content.' })
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { description: 'Hex SHA-256 of the content.' })
  sha256!: string;

  @Field(() => String, { description: 'UPLOAD (teacher evidence) or BADGE (the original badge file).' })
  kind!: string;

  @Field(() => String, { description: 'GET this path (same origin, session cookie) to download the file.' })
  url!: string;

  @Field(() => String, { description: 'ISO 8601 instant.' })
  createdAt!: string;
}

export interface EvidenceFileRow {
  id: string;
  original_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  kind: string;
  created_at: Date;
}

export const EVIDENCE_FILE_COLUMNS = `f.id, f.original_name, f.content_type, f.size_bytes, f.sha256, f.kind, f.created_at`;

export function toEvidenceFileModel(row: EvidenceFileRow): EvidenceFileModel {
  return {
    id: row.id,
    originalName: row.original_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    kind: row.kind,
    url: `/api/evidence/${row.id}`,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
