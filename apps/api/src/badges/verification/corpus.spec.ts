import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BADGE_ERROR_CODES, BadgeError } from './badge-error';
import type { BadgeLimits } from './badge-limits';
import { verifyBadgeFile } from './verify-badge';

/**
 * Every file in __corpus__ is hostile or malformed and must be refused with its specific code.
 * The full pipeline runs (detect + verify) with an empty allow-list and a fetch that fails the
 * test if called: no corpus file may cause network access.
 */
const corpusDir = join(__dirname, '__corpus__');
const expected = JSON.parse(readFileSync(join(corpusDir, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string; limits?: Partial<BadgeLimits> }
>;
const files = readdirSync(corpusDir).filter((f) => f !== 'expected.json' && f !== 'README.md');

describe('hostile badge corpus', () => {
  it('lists every corpus file in expected.json and nothing else', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    for (const { code } of Object.values(expected)) expect(BADGE_ERROR_CODES).toContain(code);
  });

  it.each(files)('%s is rejected with its specific code', async (file) => {
    const { code, limits } = expected[file];
    const bytes = readFileSync(join(corpusDir, file));
    const error = await verifyBadgeFile(
      { bytes, filename: file },
      {
        allowedOrigins: [],
        limits,
        now: new Date('2025-06-01T00:00:00Z'),
        fetch: async (url) => {
          throw new Error(`corpus file ${file} tried to fetch ${url}`);
        },
      },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BadgeError);
    expect({ file, code: (error as BadgeError).code, message: (error as BadgeError).message }).toMatchObject({ file, code });
    expect((error as BadgeError).message.length).toBeLessThan(400);
  });
});
