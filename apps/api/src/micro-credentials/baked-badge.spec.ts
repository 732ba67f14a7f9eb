import { inflateSync } from 'node:zlib';
import { crc32, readPngBadge } from '../badges/verification/png-reader';
import { bakeCredentialPng } from './baked-badge';

function chunks(png: Buffer): Array<{ type: string; data: Buffer; crcOk: boolean }> {
  const out: Array<{ type: string; data: Buffer; crcOk: boolean }> = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: crc32(png, at + 4, at + 8 + length) === png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('bakeCredentialPng', () => {
  const credential = { id: 'urn:uuid:1', type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'Checks – für alle' };

  it('bakes the credential JSON into one uncompressed openbadgecredential iTXt chunk that the badge reader finds', () => {
    const png = bakeCredentialPng(credential);
    expect(readPngBadge(png, { maxPngChunks: 100 })).toEqual({
      keyword: 'openbadgecredential',
      chunkType: 'iTXt',
      text: JSON.stringify(credential),
    });
    const itxt = chunks(png).find((chunk) => chunk.type === 'iTXt')!;
    // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL
    expect([...itxt.data.subarray(0, 'openbadgecredential'.length + 5)]).toEqual([
      ...Buffer.from('openbadgecredential', 'latin1'),
      0,
      0,
      0,
      0,
      0,
    ]);
  });

  it('is a well-formed PNG: correct CRCs, IHDR first, IEND last, image data that inflates to every scanline', () => {
    const size = 32;
    const png = bakeCredentialPng(credential, size);
    const list = chunks(png);
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(list.every((chunk) => chunk.crcOk)).toBe(true);
    expect(list[0]!.data.readUInt32BE(0)).toBe(size);
    const pixels = inflateSync(list[2]!.data);
    expect(pixels.length).toBe(size * (1 + size * 3));
    // Not a blank image: the centre pixel differs from the corner.
    const pixel = (x: number, y: number) => [...pixels.subarray(y * (1 + size * 3) + 1 + x * 3, y * (1 + size * 3) + 4 + x * 3)];
    expect(pixel(16, 16)).not.toEqual(pixel(0, 0));
  });
});
