/**
 * Roster parsing benchmark: generates a OneRoster 1.1 bundle (manifest, 40 schools, N staff in
 * users.csv) in a temp folder, streams it through parseOneRoster, and prints rows/s, peak RSS and
 * heap growth. Each size runs in its own process so peak RSS is not shared between runs.
 *
 *   npx tsx apps/api/src/imports/parsing/bench/roster-parse.bench.ts            # 10k and 100k
 *   npx tsx apps/api/src/imports/parsing/bench/roster-parse.bench.ts 250000     # other sizes
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseOneRoster } from '../oneroster-parser';

const SCHOOLS = 40;
const USERS_HEADER =
  'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password';

async function generate(dir: string, rows: number): Promise<void> {
  writeFileSync(
    join(dir, 'manifest.csv'),
    'propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.orgs,bulk\nfile.users,bulk\n',
  );
  const orgs = [
    'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId',
    'org-district,,,Bench District,district,,',
  ];
  for (let s = 0; s < SCHOOLS; s++) orgs.push(`org-${s},,,School ${s},school,4200${String(s).padStart(6, '0')},org-district`);
  writeFileSync(join(dir, 'orgs.csv'), `${orgs.join('\n')}\n`);
  const out = createWriteStream(join(dir, 'users.csv'));
  out.write(`${USERS_HEADER}\n`);
  const roles = ['teacher', 'teacher', 'teacher', 'aide', 'administrator'];
  for (let i = 0; i < rows; i++) {
    const id = `3f2a${String(i).padStart(8, '0')}-7c1e-4b9a-9d2f-0a1b2c3d4e5f`;
    const line = `${id},,,true,"org-${i % SCHOOLS},org-${(i + 7) % SCHOOLS}",${roles[i % roles.length]},user${i},{PPID:${1000000 + i}},Given${i},Family${i},,E${i},user${i}@bench.example.org,,,,,\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function child(rows: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pd-roster-bench-'));
  try {
    await generate(dir, rows);
    const bytes = statSync(join(dir, 'users.csv')).size;
    collectGarbage();
    const baseHeap = process.memoryUsage().heapUsed;
    const baseRss = process.memoryUsage().rss;
    let peakHeap = baseHeap;
    let educators = 0;
    const started = process.hrtime.bigint();
    const run = parseOneRoster({ kind: 'directory', path: dir });
    for await (const batch of run.batches()) {
      if (batch.entity === 'educator') educators += batch.rows.length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const summary = run.summary();
    if (summary.errorCount > 0 || educators !== rows)
      throw new Error(`unexpected result: ${educators} educators, ${summary.errorCount} errors`);
    collectGarbage();
    const retained = process.memoryUsage().heapUsed - baseHeap;
    const peakRss = process.resourceUsage().maxRSS * 1024;
    console.log(
      JSON.stringify({
        rows,
        fileMB: +(bytes / 1048576).toFixed(1),
        seconds: +seconds.toFixed(2),
        rowsPerSecond: Math.round(rows / seconds),
        baseRssMB: +(baseRss / 1048576).toFixed(1),
        peakRssMB: +(peakRss / 1048576).toFixed(1),
        peakHeapGrowthMB: +((peakHeap - baseHeap) / 1048576).toFixed(1),
        retainedAfterMB: +(retained / 1048576).toFixed(1),
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const results = (sizes.length > 0 ? sizes : [10_000, 100_000]).map((rows) => {
    const result = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', String(rows)], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout.trim().split('\n').pop() as string) as Record<string, number>;
  });
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(
    '| users.csv rows | file MB | seconds | rows/s | peak RSS MB | peak heap growth MB | retained after GC MB | retained per row |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.rows.toLocaleString('en-US')} | ${r.fileMB} | ${r.seconds} | ${r.rowsPerSecond.toLocaleString('en-US')} | ${r.peakRssMB} | ${r.peakHeapGrowthMB} | ${r.retainedAfterMB} | ${Math.round((r.retainedAfterMB * 1048576) / r.rows)} B |`,
    );
  }
}

if (process.argv[2] === '--child') void child(Number(process.argv[3]));
else main();
