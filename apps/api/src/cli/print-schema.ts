import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchemaSdl } from '../graphql/print-schema';

const SCHEMA_FILE = resolve(__dirname, '../../schema.gql');

/**
 * `npm run schema:print` writes apps/api/schema.gql; with --check it only compares and exits 1
 * when the committed file is stale (CI).
 */
async function main(): Promise<void> {
  const sdl = await buildSchemaSdl();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // A missing file is stale too.
    }
    if (committed !== sdl) {
      console.error(`${SCHEMA_FILE} is stale: run \`npm run schema:print\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${SCHEMA_FILE} is current.`);
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${SCHEMA_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
