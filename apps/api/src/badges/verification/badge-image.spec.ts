import { embeddedBadgeImage, firstEmbeddedBadgeImage, MAX_BADGE_IMAGE_BYTES } from './badge-image';
import { makePng } from './__fixtures__/badge-fixtures';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="4"/></svg>';

describe('embeddedBadgeImage', () => {
  it('decodes a base64 PNG data URI, given as a string (OB 2.0) or as an Image object (OB 3.0)', () => {
    const png = makePng();
    const uri = `data:image/png;base64,${png.toString('base64')}`;
    expect(embeddedBadgeImage(uri)).toEqual({ contentType: 'image/png', bytes: png });
    expect(embeddedBadgeImage({ id: uri, type: 'Image' })).toEqual({ contentType: 'image/png', bytes: png });
  });

  it('decodes an SVG given as base64 or URL-encoded text, with parameters', () => {
    expect(embeddedBadgeImage(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`)?.bytes.toString()).toBe(svg);
    expect(embeddedBadgeImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)).toEqual({
      contentType: 'image/svg+xml',
      bytes: Buffer.from(svg),
    });
  });

  it('leaves out URLs, other types, images that are not what they say, bad encodings and oversized images', () => {
    expect(embeddedBadgeImage('https://issuer.example.org/badge.png')).toBeNull();
    expect(embeddedBadgeImage({ id: 'https://issuer.example.org/badge.png' })).toBeNull();
    expect(embeddedBadgeImage(`data:image/jpeg;base64,${Buffer.from('jpeg').toString('base64')}`)).toBeNull();
    expect(embeddedBadgeImage(`data:image/png;base64,${Buffer.from('not a png').toString('base64')}`)).toBeNull();
    expect(embeddedBadgeImage(`data:image/svg+xml,${encodeURIComponent('<html>no</html>')}`)).toBeNull();
    expect(embeddedBadgeImage('data:image/png;base64,@@@')).toBeNull();
    expect(embeddedBadgeImage('data:image/svg+xml,%E0%A4%A')).toBeNull();
    const big = Buffer.concat([makePng(), Buffer.alloc(MAX_BADGE_IMAGE_BYTES)]);
    expect(embeddedBadgeImage(`data:image/png;base64,${big.toString('base64')}`)).toBeNull();
    expect(embeddedBadgeImage(42)).toBeNull();
    expect(embeddedBadgeImage(null)).toBeNull();
  });

  it('takes the first property that holds a picture', () => {
    const png = makePng();
    expect(
      firstEmbeddedBadgeImage('https://x.example.org/a.png', undefined, `data:image/png;base64,${png.toString('base64')}`)?.bytes,
    ).toEqual(png);
    expect(firstEmbeddedBadgeImage(undefined, 'https://x.example.org/a.png')).toBeNull();
  });
});
