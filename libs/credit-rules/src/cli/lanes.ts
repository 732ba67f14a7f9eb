// Entry point: `npm run -s lanes -- --schedule maplewood-traditional --educators e.csv --records r.csv --as-of 2025-06-30`.
// Output goes to stdout only when the whole run succeeded; bad input exits 2 with one line on stderr.
import { readFileSync } from 'node:fs';
import { ConvertInputError } from './convert-command';
import { runLanes } from './lanes-command';

try {
  const output = runLanes(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
  process.stdout.write(output);
} catch (error) {
  if (error instanceof ConvertInputError) {
    process.stderr.write(`lanes: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`lanes: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
