import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AuditChainReport, verifyAuditChain } from '../audit/audit-chain';
import { isUuid } from '../common/validation';
import { DatabaseEndpoint } from '../database/database-endpoint';
import { CliModule } from './cli.module';

const USAGE = `Usage: npm run -s audit:verify -- [--district <id>] [--json]

Recomputes every district's audit chain (or one district's) as the database owner and reports,
per district, the first altered, inserted or missing event, and the hash of the last event (keep
a copy of it elsewhere to compare later). Stop the server first when using the embedded database.

Exit codes: 0 every chain intact, 3 a chain is broken, 2 bad usage, 1 other errors.`;

function parseArgs(argv: string[]): { district: string | null; json: boolean } | null {
  let district: string | null = null;
  let json = false;
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at] as string;
    if (arg === '--json') json = true;
    else if (arg === '--district') district = argv[++at] ?? '';
    else if (arg.startsWith('--district=')) district = arg.slice('--district='.length);
    else return null;
    if (district !== null && !isUuid(district)) return null;
  }
  return { district, json };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!options) {
    console.error(USAGE);
    return 2;
  }
  const app = await NestFactory.createApplicationContext(CliModule.register({ SEED_DEMO: 'false' }), {
    logger: ['warn', 'error'],
  });
  try {
    const results = await app.get(DatabaseEndpoint).asOwner(async (owner) => {
      const districts = (await owner.query(
        options.district ? `SELECT id, name FROM district WHERE id = $1` : `SELECT id, name FROM district ORDER BY name, id`,
        options.district ? [options.district] : [],
      )) as Array<{ id: string; name: string }>;
      if (options.district && districts.length === 0) throw new Error(`No district ${options.district}`);
      const reports: Array<AuditChainReport & { name: string }> = [];
      for (const district of districts) reports.push({ name: district.name, ...(await verifyAuditChain(owner, district.id)) });
      return reports;
    });
    if (options.json) console.log(JSON.stringify(results, null, 2));
    else {
      for (const r of results) {
        const head = `${r.name} (${r.districtId}): ${r.headSeq} event${r.headSeq === 1 ? '' : 's'}`;
        if (r.problem) {
          const where = r.problem.eventId
            ? ` [event ${r.problem.eventId}${r.problem.action ? `, ${r.problem.action}` : ''}${r.problem.occurredAt ? `, ${r.problem.occurredAt}` : ''}]`
            : '';
          console.log(`BROKEN  ${head}\n        ${r.problem.kind} at #${r.problem.seq}: ${r.problem.message}${where}`);
        } else console.log(`intact  ${head}, last hash ${r.headHash ?? '-'}`);
      }
    }
    return results.some((r) => r.problem) ? 3 : 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
