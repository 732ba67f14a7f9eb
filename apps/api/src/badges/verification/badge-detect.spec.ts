import { detectBadge } from './badge-detect';
import { BadgeError } from './badge-error';
import { toDecimalString } from './badge-normalize';
import { crc32, encodeBadgeITxt, encodePngChunk, readPngBadge } from './png-reader';
import { decodeXmlText, readSvgBadge } from './svg-reader';
import { bakePng, bakeSvg, makePng, ob2Assertion, ob3Credential } from './__fixtures__/badge-fixtures';

const ORIGIN = 'https://badges.keystone.example.org';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof BadgeError) return error.code;
    throw error;
  }
  return undefined;
}

describe('PNG chunk walking', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('reads an uncompressed iTXt openbadges chunk and ignores unrelated text chunks', () => {
    const png = makePng([encodeBadgeITxt('openbadgecredential', '{"x":1}')]);
    expect(readPngBadge(png, { maxPngChunks: 100 })).toEqual({
      keyword: 'openbadgecredential',
      chunkType: 'iTXt',
      text: '{"x":1}',
    });
  });

  it('stops walking after too many chunks', () => {
    const png = makePng(Array.from({ length: 20 }, () => encodePngChunk('tEXt', Buffer.from('Comment\0hi'))));
    expect(codeOf(() => readPngBadge(png, { maxPngChunks: 10 }))).toBe('BADGE_PNG_INVALID');
  });
});

describe('SVG reading', () => {
  it('reads verify attributes and CDATA / escaped text', () => {
    expect(readSvgBadge(bakeSvg('<openbadges:assertion verify="https://a.example/1?x=1&amp;y=2"/>').toString())).toMatchObject({
      element: 'assertion',
      verify: 'https://a.example/1?x=1&y=2',
    });
    expect(readSvgBadge(bakeSvg('<openbadges:credential>{&quot;a&quot;:1}</openbadges:credential>').toString()).text).toBe(
      '{"a":1}',
    );
  });

  it('decodes only predefined and numeric references', () => {
    expect(decodeXmlText('&lt;&#65;&#x42;&unknown;')).toBe('<AB&unknown;');
  });
});

describe('detectBadge', () => {
  it('detects OB 2.0 hosted JSON, baked PNG and SVG', () => {
    const json = JSON.stringify(ob2Assertion(ORIGIN));
    expect(detectBadge({ bytes: Buffer.from(json) })).toMatchObject({
      kind: 'OB2_HOSTED',
      container: 'json',
      assertionUrl: `${ORIGIN}/assertions/1001`,
    });
    expect(detectBadge({ bytes: bakePng('openbadges', json), contentType: 'image/png' })).toMatchObject({
      kind: 'OB2_HOSTED',
      container: 'png',
    });
    expect(
      detectBadge({
        bytes: bakeSvg(`<openbadges:assertion verify="${ORIGIN}/assertions/1001"><![CDATA[${json}]]></openbadges:assertion>`),
      }),
    ).toMatchObject({
      kind: 'OB2_HOSTED',
      container: 'svg',
      assertion: null,
    });
  });

  it('detects OB 3.0 and CLR 2.0 credentials by type, with a BOM tolerated', () => {
    const credential = { ...ob3Credential('did:example:issuer'), proof: { type: 'DataIntegrityProof' } };
    expect(detectBadge({ bytes: Buffer.from('\uFEFF' + JSON.stringify(credential)) }).kind).toBe('OB3_DATA_INTEGRITY');
    const clr = { ...credential, type: ['VerifiableCredential', 'ClrCredential'] };
    expect(detectBadge({ bytes: bakePng('clrcredential', JSON.stringify(clr)) }).kind).toBe('CLR2_DATA_INTEGRITY');
  });

  it('rejects non-buffers and oversized input before looking inside', () => {
    expect(codeOf(() => detectBadge({ bytes: 'not a buffer' as unknown as Buffer }))).toBe('BADGE_WRONG_TYPE');
    expect(codeOf(() => detectBadge({ bytes: Buffer.alloc(11, 0x20) }, { limits: { maxFileBytes: 10 } }))).toBe(
      'BADGE_TOO_LARGE',
    );
  });
});

describe('toDecimalString', () => {
  it('keeps credits exact and normalised', () => {
    expect(toDecimalString('12.50')).toBe('12.5');
    expect(toDecimalString(0.1)).toBe('0.1');
    expect(toDecimalString(1e21)).toBe('1000000000000000000000');
    expect(toDecimalString(-1)).toBeNull();
    expect(toDecimalString('ten')).toBeNull();
  });
});
