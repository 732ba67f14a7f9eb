/**
 * Which evidence files PD Ledger accepts, decided from the bytes (and, for formats that are
 * containers or plain text, the file name), never from the Content-Type the client sent.
 */
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES_PER_UPLOAD = 10;

export const ALLOWED_EVIDENCE_DESCRIPTION =
  'PDF, PNG, JPEG, SVG, Word (.docx), Excel (.xlsx), PowerPoint (.pptx) or plain text (.txt)';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const OFFICE_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** The content type to store and serve, or null when the file is not an accepted kind. */
export function sniffEvidenceType(bytes: Buffer, originalName: string): string | null {
  const name = originalName.toLowerCase();
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return OFFICE_TYPES[extension] ?? null;
  const text = decodeUtf8Strict(bytes);
  if (text === null || text.includes('\u0000')) return null;
  // SVG can carry scripts: it is accepted, but only ever served as a download (attachment).
  if (/<svg[\s>]/i.test(text.slice(0, 4096))) return 'image/svg+xml';
  if (extension === '.txt') return 'text/plain; charset=utf-8';
  return null;
}

function decodeUtf8Strict(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Characters a stored file name must not keep: control characters (C0, DEL, C1) and double quotes
 * would break the Content-Disposition header a name is echoed in; bidirectional controls (U+200E,
 * U+200F, U+061C, U+202A-U+202E, U+2066-U+2069) make a name display as something else
 * ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"); line and paragraph separators, zero-width
 * characters, the byte-order mark and lone surrogates are invisible or invalid text.
 */
const UNSAFE_FILE_NAME_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f"\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A file name safe to store, show and echo in a header: no path, no control or bidi characters, bounded. */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(UNSAFE_FILE_NAME_CHARACTERS, '').trim().slice(0, 255);
  // Slicing may have cut a surrogate pair in two.
  const whole = cleaned.replace(/[\ud800-\udbff]$/, '');
  return whole === '' ? fallback : whole;
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
