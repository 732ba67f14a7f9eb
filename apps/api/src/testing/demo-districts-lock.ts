import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processIsAlive } from '../common/process-alive';

const POLL_MS = 200;

/**
 * The demo districts have fixed ids and are shared by every test file of a run that uses them:
 * `DemoSeedService.reseed` deletes and recreates them, which ends their accounts' sessions. Test
 * files run side by side in jest workers, so a file that reseeds or signs in to them holds this lock
 * (a directory created atomically, one per database) until it is done with them. A lock left by a
 * worker that died is taken over. Resolves to the function that releases it.
 */
export async function holdDemoDistricts(timeoutMs = 110_000): Promise<() => void> {
  const database = createHash('sha256')
    .update(process.env.DATABASE_URL ?? '')
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), `pdledger-demo-districts-${database}`);
  const owner = join(dir, 'pid');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(owner, String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: number | null = null;
    try {
      holder = Number(readFileSync(owner, 'utf8'));
    } catch {
      // Created a moment ago; its owner writes the pid next.
    }
    if (holder && !processIsAlive(holder)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`The demo districts stayed locked by process ${holder} (${dir})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
