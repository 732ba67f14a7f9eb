import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import { todayIsoDate } from '../common/school-year';
import { AppConfig, configValue } from '../config/app-config';
import { insertDemoSalarySchedules } from './demo-salary-schedules';
import { DatabaseEndpoint } from '../database/database-endpoint';
import { insertDemoGoals } from './demo-goals';
import { insertDemoMicroCredentials } from './demo-micro-credentials';
import { insertDataset } from './dataset';
import { buildDemoDataset, DEMO_ACCOUNTS, DEMO_DISTRICT_IDS, DEMO_PASSWORD } from './demo-dataset';

export interface SeedSummary {
  districts: number;
  schools: number;
  educators: number;
  pdRecords: number;
  accounts: number;
  goals: number;
  milliseconds: number;
}

@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    // Seeding writes every district's rows: it runs as the owner, not as the API role.
    private readonly endpoint: DatabaseEndpoint,
    private readonly passwords: PasswordService,
    @Inject(ConfigService) private readonly config: AppConfig,
  ) {}

  /** `npm start` seeds an empty database once (SEED_DEMO), so the first start shows something. */
  async onApplicationBootstrap(): Promise<void> {
    if (!configValue(this.config, 'SEED_DEMO')) return;
    const [{ empty }] = (await this.endpoint.asOwner((owner) =>
      owner.query(`SELECT NOT EXISTS (SELECT 1 FROM district) AS empty`),
    )) as Array<{
      empty: boolean;
    }>;
    if (!empty) return;
    const summary = await this.reseed();
    this.logger.log(`Seeded the demo districts into an empty database: ${JSON.stringify(summary)}`);
  }

  /**
   * Replaces the two demo districts (and only them: they have fixed ids) with freshly generated
   * data, in one transaction. Dates are relative to today; everything else is fixed by the seed.
   */
  async reseed(today: string = todayIsoDate()): Promise<SeedSummary> {
    const startedAt = Date.now();
    const passwordHashes = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) passwordHashes.set(account.email, await this.passwords.hash(DEMO_PASSWORD));
    const data = buildDemoDataset({ today, passwordHashes });
    let goals = 0;
    await this.endpoint.asOwner(async (owner) => {
      await owner.transaction(async (manager) => {
        // Every district-owned table cascades from district, so this removes all demo rows.
        await manager.query(`DELETE FROM district WHERE id = ANY($1::uuid[])`, [Object.values(DEMO_DISTRICT_IDS)]);
        await insertDataset(manager, data);
        await insertDemoSalarySchedules(manager);
        await backdateDemoDecisions(manager);
        goals = await insertDemoGoals(manager, today);
        await insertDemoMicroCredentials(manager);
      });
      // Fresh statistics for the planner. The embedded database runs no autovacuum, so without this
      // a newly seeded database plans every query as if its tables were empty (nested loops over
      // thousands of rows: the district staff list took 5 s instead of 0.3 s).
      await owner.query('ANALYZE');
    });
    return {
      districts: data.districts.length,
      schools: data.schools.length,
      educators: data.educators.length,
      pdRecords: data.pdRecords.length,
      accounts: data.accounts.length,
      goals,
      milliseconds: Date.now() - startedAt,
    };
  }
}

/**
 * The demo's PD records were "entered" two days after completion (imports, badges and reviews
 * arrive after the activity), not all at seed time, so histories that go by decision dates
 * (goal trends) look as they would in a district that has used PD Ledger for years.
 */
async function backdateDemoDecisions(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE pd_record SET created_at = LEAST(now(), completed_on + interval '2 days 9 hours')
      WHERE district_id = ANY($1::uuid[])`,
    [Object.values(DEMO_DISTRICT_IDS)],
  );
}
