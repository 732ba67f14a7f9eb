import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built API's entry point, as `npm start` and the Docker image run it. */
export const API_ENTRY = 'dist/apps/api/apps/api/src/main.js';

/**
 * The Node flags the product runs the API with: the options between `node` and the entry point in
 * `npm start` (package.json). The Dockerfile's CMD carries the same flags (a spec holds them
 * equal) and docker-compose runs the image's CMD. They bound the heap: without a limit V8 sizes
 * the old generation from the machine's memory and lets a long export's garbage pile up before
 * collecting (see docs/benchmarks.md, "Reports"). Benchmarks start the API with these flags so
 * they measure what ships.
 */
export function shippedNodeOptions(workspaceRoot: string = resolve(__dirname, '../../../..')): string[] {
  const pkg = JSON.parse(readFileSync(resolve(workspaceRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const start = pkg.scripts.start ?? '';
  const match = new RegExp(`(?:^|&& )node((?: --[\\w-]+(?:=\\S+)?)*) ${API_ENTRY.replace(/\./g, '\\.')}$`).exec(start);
  if (!match) throw new Error(`package.json "start" does not run node ... ${API_ENTRY}: ${start}`);
  return (match[1] ?? '').trim().split(' ').filter(Boolean);
}
