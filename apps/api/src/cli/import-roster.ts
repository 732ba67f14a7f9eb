import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditModule } from '../audit/audit.module';
import { BadUserInputError } from '../common/errors';
import { isUuid } from '../common/validation';
import { configModule } from '../config/config.module';
import { DatabaseEndpoint } from '../database/database-endpoint';
import { runInDistrict } from '../database/database-scope';
import { DatabaseModule } from '../database/database.module';
import { entities } from '../entities';
import { ImportChangeCountsModel, ImportKind, ImportRunModel } from '../imports/import-run.model';
import { ImportInputError, ImportsService, ImportUpload } from '../imports/imports.service';

const USAGE = `Usage: npm run -s import:roster -- <path> [--district <id|name>] [--apply]

  <path>      a OneRoster .zip, a folder with manifest.csv/orgs.csv/users.csv (roles.csv for 1.2),
              or a plain roster .csv (columns in apps/api/src/imports/parsing/README.md)
  --district  the district to import into (id or exact name); needed when there are several
  --apply     apply the import after the preview (one transaction); without it nothing changes

Exit codes: 0 done, 2 bad input (problems are listed with file, line and column), 1 other errors.`;

@Module({
  imports: [configModule({ overrides: { SEED_DEMO: 'false' } }), DatabaseModule.forRoot(entities), AuditModule],
  providers: [ImportsService],
})
class ImportRosterCliModule {}

class UsageError extends Error {}

interface Options {
  path: string;
  district: string | null;
  apply: boolean;
}

function parseArgs(argv: string[]): Options {
  let path: string | null = null;
  let district: string | null = null;
  let apply = false;
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at];
    if (arg === '--apply') apply = true;
    else if (arg === '--district') {
      district = argv[++at] ?? null;
      if (!district) throw new UsageError('--district needs a district id or name.');
    } else if (arg.startsWith('--district=')) district = arg.slice('--district='.length);
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`);
    else if (path === null) path = arg;
    else throw new UsageError(`Only one path can be imported at a time (got ${path} and ${arg}).`);
  }
  if (!path) throw new UsageError('Give the file or folder to import.');
  return { path, district, apply };
}

async function readUploads(path: string): Promise<ImportUpload[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ImportInputError(`${path} does not exist.`);
  }
  if (!info.isDirectory()) return [{ name: basename(path), buffer: await readFile(path) }];
  const wanted = new Set(['manifest.csv', 'orgs.csv', 'users.csv', 'roles.csv']);
  const names = (await readdir(path)).filter((name) => wanted.has(name.toLowerCase()));
  if (names.length === 0) throw new ImportInputError(`${path} has none of manifest.csv, orgs.csv, users.csv, roles.csv.`);
  return Promise.all(names.map(async (name) => ({ name, buffer: await readFile(join(path, name)) })));
}

async function findDistrict(dataSource: DataSource, wanted: string | null): Promise<{ id: string; name: string }> {
  const districts: Array<{ id: string; name: string }> = await dataSource.query(`SELECT id, name FROM district ORDER BY name`);
  const list = () => districts.map((d) => `  ${d.id}  ${d.name}`).join('\n');
  if (wanted === null) {
    if (districts.length === 1) return districts[0];
    throw new ImportInputError(
      districts.length === 0
        ? 'The database has no district yet.'
        : `Several districts exist; choose one with --district:\n${list()}`,
    );
  }
  const match = districts.find((d) =>
    isUuid(wanted) ? d.id === wanted.toLowerCase() : d.name.toLowerCase() === wanted.toLowerCase(),
  );
  if (!match) throw new ImportInputError(`No district "${wanted}". Districts:\n${list()}`);
  return match;
}

function countsLine(label: string, counts: ImportChangeCountsModel | null): string | null {
  if (!counts) return null;
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  return `  ${label.padEnd(9)} ${counts.create} to create, ${counts.update} to update, ${counts.deactivate} to deactivate, ${counts.unchanged} unchanged${skipped}`;
}

function printRun(run: ImportRunModel, heading: string): void {
  console.log(
    `${heading}: ${run.fileNames.join(', ')} (${run.format ?? 'unknown format'}, ${run.mode ?? '-'}) — import ${run.id}`,
  );
  for (const line of [
    countsLine('schools', run.counts.schools),
    countsLine('educators', run.counts.educators),
    countsLine('accounts', run.counts.accounts),
  ]) {
    if (line) console.log(line);
  }
  if (run.problemCount > 0) {
    console.log(`${run.errorCount} error(s), ${run.warningCount} warning(s):`);
    for (const p of run.problems.slice(0, 50)) {
      const where = [p.file, p.line !== null ? `line ${p.line}` : null, p.column ? `column ${p.column}` : null]
        .filter(Boolean)
        .join(', ');
      console.log(
        `  ${p.severity.toUpperCase()} ${where}${p.value !== null ? ` (value ${JSON.stringify(p.value)})` : ''}: ${p.message}`,
      );
    }
    if (run.problemCount > 50) console.log(`  … and ${run.problemCount - 50} more`);
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    const message = (error as Error).message;
    console.error(message ? `${message}\n\n${USAGE}` : USAGE);
    return message ? 2 : 0;
  }
  const app = await NestFactory.createApplicationContext(ImportRosterCliModule, { logger: ['warn', 'error'] });
  try {
    const uploads = await readUploads(options.path);
    // Listing every district is the owner's business; the import itself runs as the API role,
    // scoped to the chosen district like an HR admin's upload.
    const district = await app.get(DatabaseEndpoint).asOwner((owner) => findDistrict(owner, options.district));
    return await runInDistrict(district.id, () => importInto(app.get(ImportsService), district, uploads, options.apply));
  } catch (error) {
    if (error instanceof ImportInputError || error instanceof BadUserInputError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await app.close();
  }
}

async function importInto(
  imports: ImportsService,
  district: { id: string; name: string },
  uploads: ImportUpload[],
  apply: boolean,
): Promise<number> {
  const actor = { districtId: district.id, accountId: null, request: null };
  const preview = await imports.preview(ImportKind.ROSTER, uploads, actor);
  printRun(preview, `Preview for ${district.name}`);
  if (preview.errorCount > 0) {
    console.error('Nothing was changed: fix the errors above and run again.');
    return 2;
  }
  if (!apply) {
    console.log('Nothing was changed (preview only). Run again with --apply to apply it.');
    return 0;
  }
  const applied = await imports.apply(ImportKind.ROSTER, preview.id, actor);
  printRun(applied, 'Applied');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
