/**
 * Multipart uploads to the API's REST endpoints (/api/imports/*, /api/badges, /api/evidence).
 * Same origin, so the browser sends the session cookie; the custom header is the API's CSRF
 * check (a cross-site form cannot add it).
 */
export const UPLOAD_HEADER = 'x-pd-ledger-upload';

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

function messageFor(status: number, body: unknown): string {
  if (body && typeof body === 'object' && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
    if (Array.isArray(message)) return message.join('; ');
  }
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'Your account cannot upload here. Ask your district administrator if you need to.';
  if (status === 413) return 'A file is too large. Split it or upload a smaller file.';
  return `The upload failed (${status}). Please try again in a moment.`;
}

/** POSTs the files as multipart/form-data and returns the JSON answer, or throws an UploadError with the API's message. */
export async function uploadFiles<T>(
  url: string,
  files: readonly File[],
  { field = 'files', extraFields = {} }: { field?: string; extraFields?: Record<string, string> } = {},
): Promise<T> {
  const form = new FormData();
  for (const file of files) form.append(field, file, file.name);
  for (const [name, value] of Object.entries(extraFields)) form.append(name, value);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin', headers: { [UPLOAD_HEADER]: '1' } });
  } catch {
    throw new UploadError('Could not reach PD Ledger. Check your connection and try again.', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const code = body && typeof body === 'object' && 'code' in body ? String((body as { code: unknown }).code) : undefined;
    throw new UploadError(messageFor(response.status, body), response.status, code);
  }
  return body as T;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// Created on first use: a page that imports this module but shows no time need not load Intl's data.
let dateTimeFormatter: Intl.DateTimeFormat | undefined;

/** An ISO instant in the person's local time, e.g. "Nov 23, 2026, 1:15 AM". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  dateTimeFormatter ??= new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimeFormatter.format(date);
}
