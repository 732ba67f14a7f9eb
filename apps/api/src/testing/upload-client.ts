// Test-only helpers shared by the review, badge and evidence integration specs.
import { GraphQLClient } from './graphql-client';

export const UPLOAD_HEADERS = { 'x-pd-ledger-upload': '1' };

export interface UploadFile {
  name: string;
  bytes: Buffer | string;
  type?: string;
}

/** multipart/form-data POST with the client's session cookie, as the dashboard's fetch would send it. */
export async function upload(
  client: GraphQLClient | null,
  baseUrl: string,
  path: string,
  files: UploadFile[],
  options: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  for (const file of files) {
    const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes) : file.bytes;
    form.append('files', new Blob([new Uint8Array(bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  }
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...(options.headers ?? UPLOAD_HEADERS) },
    body: form,
  });
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: response.status, body };
}

/**
 * GETs a download as the dashboard's links do in a browser: with the session cookie and the Fetch
 * Metadata a browser sends for a same-origin link (`Sec-Fetch-Site: same-origin`); `headers`
 * replaces or adds to those.
 */
export async function download(
  client: GraphQLClient | null,
  baseUrl: string,
  url: string,
  headers: Record<string, string> = {
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'navigate',
    'sec-fetch-dest': 'document',
  },
): Promise<Response> {
  return fetch(`${baseUrl}${url}`, { headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers } });
}

export const SUBMIT = `mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id status } }`;

export async function submitRecord(client: GraphQLClient, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await client.request<{ submitPdRecord: { id: string } }>(SUBMIT, {
    input: { title, activityType: 'WORKSHOP', amount: '2', unit: 'CLOCK_HOUR', completedOn: '2024-01-10', ...extra },
  });
  if (!response.data) throw new Error(`submit failed: ${JSON.stringify(response.errors)}`);
  return response.data.submitPdRecord.id;
}
