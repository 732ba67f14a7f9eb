import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict, DistrictFixture } from '../testing/district-factory';
import { inDistrict } from '../testing/in-district';
import { startTestApp, TestApp } from '../testing/test-app';
import { RenewalStandingStore } from './renewal-standing-store';

/**
 * Stored standings are recomputed on read, by whichever request and API process reads first (the
 * daily scheduled run, `ScheduledNotificationsService.run`, is one more reader through the same
 * `refresh`). Many readers at once, in one process or two, must compute each stale standing once,
 * not once per reader.
 */
describe('RenewalStandingStore.refresh under concurrency', () => {
  let first: TestApp;
  let second: TestApp;
  let district: DistrictFixture;
  const asOf = todayIsoDate();
  const trigger = `pdl_test_standing_writes_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp();
    district = await createDistrict(first.dataSource, { schoolYear: schoolYearOf(asOf) });
    await first.dataSource.query(`CREATE TABLE ${trigger} (educator_id uuid NOT NULL)`);
    await first.dataSource.query(`GRANT INSERT ON ${trigger} TO pdledger_api`);
    await first.dataSource.query(
      `CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN INSERT INTO ${trigger} VALUES (NEW.educator_id); RETURN NEW; END $$`,
    );
    await first.dataSource.query(
      `CREATE TRIGGER ${trigger} AFTER INSERT OR UPDATE ON renewal_standing FOR EACH ROW
       WHEN (NEW.district_id = '${district.districtId}') EXECUTE FUNCTION ${trigger}()`,
    );
  });

  afterAll(async () => {
    await first?.dataSource.query(`DROP TRIGGER IF EXISTS ${trigger} ON renewal_standing`);
    await first?.dataSource.query(`DROP FUNCTION IF EXISTS ${trigger}()`);
    await first?.dataSource.query(`DROP TABLE IF EXISTS ${trigger}`);
    await first?.close();
    await second?.close();
  });

  const hr = (): Viewer => ({
    accountId: randomUUID(),
    sessionId: randomUUID(),
    email: 'standing@test.example.org',
    role: Role.HR_ADMIN,
    displayName: 'Standing',
    districtId: district.districtId,
    educatorId: null,
    schoolIds: [],
  });

  async function writesPerEducator(): Promise<number[]> {
    const rows: Array<{ n: number }> = await first.dataSource.query(
      `SELECT count(*)::int AS n FROM ${trigger} GROUP BY educator_id ORDER BY educator_id`,
    );
    return rows.map((row) => row.n);
  }

  // Two processes' locks only exclude each other on a server: the embedded database is one backend.
  const onServer = process.env['PD_LEDGER_EMBEDDED_TEST'] ? it.skip : it;

  it('computes each stale standing once when many requests in one process refresh together', async () => {
    const store = inDistrict(first.app.get(RenewalStandingStore));
    await first.dataSource.query(`DELETE FROM ${trigger}`);
    await first.dataSource.query(`DELETE FROM renewal_standing WHERE district_id = $1`, [district.districtId]);
    const evaluated = await Promise.all(Array.from({ length: 6 }, () => store.refresh(hr(), {}, asOf)));
    const writes = await writesPerEducator();
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((n) => n === 1)).toBe(true);
    expect(Math.max(...evaluated)).toBe(writes.length);
    // The lock's own connection went back to the pool.
    const pool = (first.apiDataSource.driver as PostgresDriver).master as Pool;
    expect(pool.idleCount).toBe(pool.totalCount);
  });

  onServer('computes each stale standing once when two API processes refresh together', async () => {
    const stores = [inDistrict(first.app.get(RenewalStandingStore)), inDistrict(second.app.get(RenewalStandingStore))];
    await first.dataSource.query(`DELETE FROM ${trigger}`);
    await first.dataSource.query(`DELETE FROM renewal_standing WHERE district_id = $1`, [district.districtId]);
    // Three refreshes per process at once: each process shares one, and the two take turns.
    await Promise.all(Array.from({ length: 6 }, (_, i) => stores[i % 2].refresh(hr(), {}, asOf)));
    const writes = await writesPerEducator();
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((n) => n === 1)).toBe(true);
  });
});
