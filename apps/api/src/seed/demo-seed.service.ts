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
import { buildPayModelDataset, PAY_MODEL_ACCOUNTS, PAY_MODEL_DISTRICTS } from './demo-pay-models';
import { insertSalarySchedulePreset } from './demo-salary-schedules';

export interface SeedSummary {
  districts: number;
  schools: number;
  educators: number;
  pdRecords: number;
  accounts: number;
  goals: number;
  /** The small districts paying for micro-credentials (one per pay model, `demo-pay-models.ts`). */
  payModelDistricts: number;
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
    // One hash of the demo password for the eight pay-model accounts (hashing is the slow part of seeding).
    const payModelHash = await this.passwords.hash(DEMO_PASSWORD);
    for (const account of PAY_MODEL_ACCOUNTS) passwordHashes.set(account.email, payModelHash);
    const payModels = buildPayModelDataset({ today, passwordHashes });
    let goals = 0;
    await this.endpoint.asOwner(async (owner) => {
      await owner.transaction(async (manager) => {
        // Every district-owned table cascades from district, so this removes all demo rows.
        await manager.query(`DELETE FROM district WHERE id = ANY($1::uuid[])`, [Object.values(DEMO_DISTRICT_IDS)]);
        await insertDataset(manager, data);
        await insertDemoSalarySchedules(manager);
        await backdateDemoDecisions(manager);
        await describeDemoCourses(manager);
        await addDemoLaneChanges(manager, today);
        goals = await insertDemoGoals(manager, today);
        await manager.query(`DELETE FROM district WHERE id = ANY($1::uuid[])`, [PAY_MODEL_DISTRICTS.map((d) => d.id)]);
        await insertDataset(manager, payModels);
        for (const district of PAY_MODEL_DISTRICTS) await insertSalarySchedulePreset(manager, district.id, district.presetId);
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
      payModelDistricts: payModels.districts.length,
      milliseconds: Date.now() - startedAt,
    };
  }
}

/**
 * The demo's college courses are graduate courses (the catalog's and the seminar's titles), taken
 * over a 15-week term: the level feeds the salary lanes, the start date the state hour upload.
 */
async function describeDemoCourses(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE pd_record SET level = 'GRADUATE', started_on = completed_on - 105
      WHERE district_id = ANY($1::uuid[]) AND activity_type = 'COURSE' AND unit IN ('SEMESTER_CREDIT', 'QUARTER_CREDIT')`,
    [Object.values(DEMO_DISTRICT_IDS)],
  );
}

/**
 * Three Maplewood teachers finished graduate coursework that reaches their next lane (15 credits,
 * at most 18 a contract year: 6 last contract year, 9 this one), so HR's lane-change report shows
 * what it does. The demo accounts' own teachers are left as they are.
 */
async function addDemoLaneChanges(manager: EntityManager, today: string): Promise<void> {
  await manager.query(
    `WITH chosen AS (
       SELECT id FROM educator
        WHERE district_id = $1 AND salary_lane IN ('BA', 'MA') AND salary_step IS NOT NULL
          AND (first_name, last_name) NOT IN (('Maria', 'Alvarez'), ('James', 'Chen'))
        ORDER BY last_name, first_name, id LIMIT 3)
     INSERT INTO pd_record (district_id, educator_id, title, activity_type, amount, unit, level, provider, started_on, completed_on,
                            categories, status, source)
     SELECT $1, chosen.id, course.title, 'COURSE', course.credits, 'SEMESTER_CREDIT', 'GRADUATE', 'Penn State World Campus',
            course.completed - 105, course.completed, '{}', 'APPROVED', 'SELF_REPORTED'
       FROM chosen CROSS JOIN (VALUES ('EDUC 610: Curriculum Design', 6, $2::date - 300),
                                      ('EDUC 640: Instructional Leadership', 9, $2::date - 60)) AS course(title, credits, completed)`,
    [DEMO_DISTRICT_IDS.maplewood, today],
  );
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
