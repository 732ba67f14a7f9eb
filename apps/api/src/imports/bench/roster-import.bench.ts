/**
 * Roster import end to end: generates a OneRoster 1.1 bundle (40 schools, N staff in users.csv),
 * then previews it (parse + diff against the database + store the upload) and applies it (re-read,
 * diff and write in one transaction) through ImportsService, as the upload endpoint and
 * applyRosterImport do; then previews the same bundle again (must be all "unchanged"). Prints the
 * time of each step and the process's peak RSS.
 *
 * It creates its own database on a PostgreSQL server and drops it afterwards:
 *
 *   node -r ./apps/api/tools/swc-register.cjs apps/api/src/imports/bench/roster-import.bench.ts
 *       (100,000 rows; creates pd_bench_* next to postgres://postgres@127.0.0.1:5432/test)
 *   node -r ./apps/api/tools/swc-register.cjs apps/api/src/imports/bench/roster-import.bench.ts 10000 postgres://user@host:5432/admin_db
 *   BENCH_KEEP_DB=1 ...   keep the database afterwards (to EXPLAIN queries)
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditModule } from '../../audit/audit.module';
import { configModule } from '../../config/config.module';
import { DatabaseModule } from '../../database/database.module';
import { entities } from '../../entities';
import { ImportKind } from '../import-run.model';
import { DatabaseEndpoint } from '../../database/database-endpoint';
import { runInDistrict } from '../../database/database-scope';
import { ImportsService } from '../imports.service';

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

@Module({
  imports: [
    configModule({ overrides: { SEED_DEMO: 'false', LOG_LEVEL: 'warn' } }),
    DatabaseModule.forRoot(entities),
    AuditModule,
  ],
  providers: [ImportsService],
})
class BenchModule {}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const adminUrl = process.argv[3] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const dbName = `pd_bench_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  process.env['DATABASE_URL'] = url.toString();
  const dir = mkdtempSync(join(tmpdir(), 'pd-roster-import-bench-'));
  try {
    await generate(dir, rows);
    const uploads = readdirSync(dir).map((name) => ({ name, buffer: readFileSync(join(dir, name)) }));
    const fileMB = statSync(join(dir, 'users.csv')).size / 1048576;
    const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['warn', 'error'] });
    try {
      const imports = app.get(ImportsService);
      const districtId = randomUUID();
      const dataSource = app.get<DataSource>(getDataSourceToken());
      // Creating a district is the owner's business; the import runs as the API role, in its district.
      await app
        .get(DatabaseEndpoint)
        .asOwner((owner) =>
          owner.query(`INSERT INTO district (id, name, state_code) VALUES ($1, 'Bench District', 'PA')`, [districtId]),
        );
      const actor = { districtId, accountId: null, request: null };
      const timed = async <T>(step: () => Promise<T>): Promise<[T, number]> => {
        const started = process.hrtime.bigint();
        const result = await runInDistrict(districtId, step);
        return [result, Number(process.hrtime.bigint() - started) / 1e9];
      };
      const [preview, previewSeconds] = await timed(() => imports.preview(ImportKind.ROSTER, uploads, actor));
      if (preview.errorCount > 0) throw new Error(`preview has errors: ${JSON.stringify(preview.problems.slice(0, 3))}`);
      const [applied, applySeconds] = await timed(() => imports.apply(ImportKind.ROSTER, preview.id, actor));
      const [again, againSeconds] = await timed(() => imports.preview(ImportKind.ROSTER, uploads, actor));
      if (applied.counts.educators?.create !== rows || again.counts.educators?.unchanged !== rows) {
        throw new Error(`unexpected counts: ${JSON.stringify(applied.counts)} / ${JSON.stringify(again.counts)}`);
      }
      const [{ events }] = await runInDistrict(districtId, () =>
        dataSource.query(`SELECT count(*)::int AS events FROM audit_event WHERE district_id = $1`, [districtId]),
      );
      const peakRssMB = (process.resourceUsage().maxRSS * 1024) / 1048576;
      console.log(`Node ${process.version}, ${process.platform}/${process.arch}, PostgreSQL at ${url.host}`);
      console.log(
        '| users.csv rows | file MB | preview s | apply s | re-import preview s | end to end s | rows/s (apply) | audit events | peak RSS MB |',
      );
      console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      console.log(
        `| ${rows.toLocaleString('en-US')} | ${fileMB.toFixed(1)} | ${previewSeconds.toFixed(1)} | ${applySeconds.toFixed(1)} | ${againSeconds.toFixed(1)} | ` +
          `${(previewSeconds + applySeconds).toFixed(1)} | ${Math.round(rows / applySeconds).toLocaleString('en-US')} | ${events.toLocaleString('en-US')} | ${peakRssMB.toFixed(0)} |`,
      );
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (process.env['BENCH_KEEP_DB'] === '1') console.log(`kept database ${dbName}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
