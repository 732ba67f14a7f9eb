import { GraphQLClient } from '../../testing/graphql-client';
import { UPLOAD_CSRF_HEADER } from '../imports.controller';

export interface UploadResponse {
  status: number;
  body: Record<string, unknown> & {
    id: string;
    status: string;
    canApply: boolean;
    counts: Record<string, { create: number; update: number; deactivate: number; unchanged: number; skipped: number } | null>;
    problems: Array<{
      severity: string;
      code: string;
      file: string;
      line: number | null;
      column: string | null;
      value: string | null;
      message: string;
    }>;
    errorCount: number;
  };
}

/** Posts files to the upload endpoint the way the dashboard does (multipart, cookie, CSRF header). */
export async function uploadImport(
  baseUrl: string,
  cookie: string | null,
  kind: string,
  files: Array<{ name: string; content: string | Buffer }>,
  headers: Record<string, string> = { [UPLOAD_CSRF_HEADER]: '1' },
): Promise<UploadResponse> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([file.content]), file.name);
  const response = await fetch(`${baseUrl}/api/imports/${kind}`, {
    method: 'POST',
    headers: { ...(cookie ? { cookie } : {}), ...headers },
    body: form,
  });
  const text = await response.text();
  let body: UploadResponse['body'];
  try {
    body = JSON.parse(text) as UploadResponse['body'];
  } catch {
    body = { message: text } as unknown as UploadResponse['body'];
  }
  return { status: response.status, body };
}

export const RUN_FIELDS = `id kind status format mode fileNames canApply errorCount warningCount problemCount failureMessage
  counts { schools { create update deactivate unchanged skipped } educators { create update deactivate unchanged skipped }
           accounts { create update deactivate unchanged skipped } pdRecords { create update deactivate unchanged skipped } }
  problems { severity code file line column value message }`;

export async function applyImport(client: GraphQLClient, kind: 'Roster' | 'Transcript', importId: string) {
  return client.request<{ [key: string]: { status: string; counts: UploadResponse['body']['counts'] } }>(
    `mutation($id: ID!) { apply${kind}Import(importId: $id) { ${RUN_FIELDS} } }`,
    { id: importId },
  );
}

export interface PlainPerson {
  id: string;
  first: string;
  last: string;
  email: string;
  role?: string;
  school: string;
  schoolName: string;
  extra?: string;
  stateId?: string;
  status?: string;
}

export function plainRoster(people: PlainPerson[]): string {
  const header =
    'employee_id,first_name,last_name,email,role,school_code,school_name,additional_school_codes,state_educator_id,status';
  const lines = people.map((p) =>
    [
      p.id,
      p.first,
      p.last,
      p.email,
      p.role ?? 'teacher',
      p.school,
      p.schoolName,
      p.extra ?? '',
      p.stateId ?? '',
      p.status ?? '',
    ].join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}
