import { attachmentDisposition, cleanFileName, sniffEvidenceType } from './evidence-content';

describe('sniffEvidenceType', () => {
  it.each<[string, Buffer, string, string | null]>([
    ['PDF', Buffer.from('%PDF-1.7\n...'), 'a.bin', 'application/pdf'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x', 'image/png'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'photo.jpg', 'image/jpeg'],
    [
      'DOCX',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]),
      'plan.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['zip that is not Office', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]), 'archive.zip', null],
    ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'd.svg', 'image/svg+xml'],
    ['text', Buffer.from('Attended all sessions.'), 'notes.txt', 'text/plain; charset=utf-8'],
    ['HTML named .txt', Buffer.from('<html><script>x</script></html>'), 'notes.html', null],
    ['binary named .pdf', Buffer.from([0x4d, 0x5a, 0x90, 0x00]), 'cert.pdf', null],
    ['invalid UTF-8 text', Buffer.from([0x66, 0xff, 0xfe]), 'notes.txt', null],
  ])('%s', (_label, bytes, name, expected) => {
    expect(sniffEvidenceType(bytes, name)).toBe(expected);
  });
});

describe('file names', () => {
  it('drops paths and control characters and keeps a fallback', () => {
    expect(cleanFileName('C:\\Users\\ada\\cert.pdf', 'x')).toBe('cert.pdf');
    expect(cleanFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(cleanFileName('a\r\nb".pdf', 'x')).toBe('ab.pdf');
    expect(cleanFileName('', 'evidence')).toBe('evidence');
  });

  it.each([
    ['right-to-left override', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['every embedding, override and isolate', 'a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069.pdf', 'abcdefgh.pdf'],
    ['directional marks', '\u200Ecert\u200F\u061C.pdf', 'cert.pdf'],
    ['C1 controls and DEL', 'a\u0085b\u009bc\u007f.pdf', 'abc.pdf'],
    ['zero-width and separators', 'a\u200Bb\u2028c\uFEFF.pdf', 'abc.pdf'],
    ['a lone surrogate', 'a\uD800b\uDC00.pdf', 'ab.pdf'],
    ['a name of only controls', '\u202E\u200F', 'evidence'],
  ])('strips %s from stored names', (_what, name, expected) => {
    expect(cleanFileName(name, 'evidence')).toBe(expected);
  });

  it('keeps real text, including letters outside the Basic Multilingual Plane', () => {
    expect(cleanFileName('Zertifikat für 𝒜da — عربى.pdf', 'x')).toBe('Zertifikat für 𝒜da — عربى.pdf');
  });

  it('writes an attachment header with an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('März.pdf')).toBe(`attachment; filename="M_rz.pdf"; filename*=UTF-8''M%C3%A4rz.pdf`);
  });
});
