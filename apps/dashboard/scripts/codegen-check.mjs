// The CI "stale" check: regenerate the typed GraphQL operations from apps/api/schema.gql and the
// dashboard's .graphql documents into a temporary directory, then fail if the committed
// apps/dashboard/src/gql differs (a schema or document changed without `npm run codegen`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const committedDir = path.join(workspaceRoot, 'apps/dashboard/src/gql');
const freshDir = mkdtempSync(path.join(tmpdir(), 'pdl-codegen-'));

function listFiles(dir, prefix = '') {
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    const relative = path.join(prefix, name);
    return statSync(full).isDirectory() ? listFiles(full, relative) : [relative];
  });
}

try {
  const codegenBin = path.join(workspaceRoot, 'node_modules/.bin/graphql-codegen');
  const result = spawnSync(codegenBin, ['--config', 'apps/dashboard/codegen.ts', '--silent'], {
    cwd: workspaceRoot,
    env: { ...process.env, PD_CODEGEN_OUT: `${freshDir}/` },
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('codegen-check: GraphQL Code Generator failed (see above).');
    process.exit(result.status ?? 1);
  }

  const committed = new Set(listFiles(committedDir));
  const fresh = new Set(listFiles(freshDir));
  const problems = [];
  for (const file of fresh) {
    if (!committed.has(file)) problems.push(`missing from src/gql: ${file}`);
    else if (readFileSync(path.join(freshDir, file), 'utf8') !== readFileSync(path.join(committedDir, file), 'utf8')) {
      problems.push(`out of date: src/gql/${file}`);
    }
  }
  for (const file of committed) {
    if (!fresh.has(file)) problems.push(`no longer generated: src/gql/${file}`);
  }

  if (problems.length > 0) {
    console.error('codegen-check: the committed typed operations are stale:');
    for (const problem of problems) console.error(`  - ${problem}`);
    console.error('Run `npm run codegen` and commit apps/dashboard/src/gql.');
    process.exit(1);
  }
  console.log(`codegen-check: apps/dashboard/src/gql matches apps/api/schema.gql (${fresh.size} files).`);
} finally {
  rmSync(freshDir, { recursive: true, force: true });
}
