import { randomUUID } from 'node:crypto';
import { schoolYearOf, todayIsoDate } from '../common/school-year';
import { createDistrict } from '../testing/district-factory';
import { startTestApp, TestApp } from '../testing/test-app';
import { ImportApplySweeper } from './import-apply-sweeper';

/**
 * Applies cut off by an outage or a dead process: the run stays PREVIEW with `apply_started_at`
 * set (the transaction rolled back, nobody could record it). The sweep records it as FAILED, but
 * never a run whose apply still holds its district's import lock.
 */
describe('ImportApplySweeper', () => {
  let testApp: TestApp;
  let sweeper: ImportApplySweeper;

  beforeAll(async () => {
    testApp = await startTestApp();
    sweeper = testApp.app.get(ImportApplySweeper);
  });

  afterAll(() => testApp.close());

  async function previewRun(districtId: string, startedSecondsAgo: number | null): Promise<string> {
    const id = randomUUID();
    await testApp.dataSource.query(
      `INSERT INTO import_run (id, district_id, kind, status, file_names, apply_started_at)
       VALUES ($1, $2, 'ROSTER', 'PREVIEW', '{staff.csv}', CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(secs => $3::int) END)`,
      [id, districtId, startedSecondsAgo],
    );
    return id;
  }

  async function run(districtId: string, id: string): Promise<{ status: string; failure_message: string | null }> {
    const [row] = await testApp.dataSource.query(
      `SELECT status, failure_message FROM import_run WHERE district_id = $1 AND id = $2`,
      [districtId, id],
    );
    return row;
  }

  it('records an apply cut off by an outage as FAILED with a message, and leaves previews and fresh applies alone', async () => {
    const { districtId } = await createDistrict(testApp.dataSource, { schoolYear: schoolYearOf(todayIsoDate()) });
    const interrupted = await previewRun(districtId, 120);
    const preview = await previewRun(districtId, null);
    const justStarted = await previewRun(districtId, 1);

    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);

    expect(await run(districtId, interrupted)).toEqual({
      status: 'FAILED',
      failure_message: expect.stringMatching(/cut off before it finished .* nothing was changed/),
    });
    expect((await run(districtId, preview)).status).toBe('PREVIEW');
    expect((await run(districtId, justStarted)).status).toBe('PREVIEW');
    // A second sweep (another API process) finds nothing more to do.
    await sweeper.sweep();
    expect((await run(districtId, justStarted)).status).toBe('PREVIEW');
  });

  // The embedded database is one backend for every connection, so one connection's advisory lock
  // does not keep another out there: this needs a server (CI runs it against one).
  const onServer = process.env['PD_LEDGER_EMBEDDED_TEST'] ? it.skip : it;
  onServer(
    'does not touch a run whose apply still holds the district import lock (a live apply in another process)',
    async () => {
      const { districtId } = await createDistrict(testApp.dataSource, { schoolYear: schoolYearOf(todayIsoDate()) });
      const live = await previewRun(districtId, 120);
      const runner = testApp.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(`SELECT pg_advisory_xact_lock(hashtext('pd-ledger:import:' || $1))`, [districtId]);
        await sweeper.sweep();
        expect((await run(districtId, live)).status).toBe('PREVIEW');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      await sweeper.sweep();
      expect((await run(districtId, live)).status).toBe('FAILED');
    },
  );
});
