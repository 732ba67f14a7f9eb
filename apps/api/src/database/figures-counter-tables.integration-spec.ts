import { DataSource } from 'typeorm';
import { UNCOUNTED_TABLES } from '../stored-responses/stored-responses';
import { createDistrict } from '../testing/district-factory';
import { dataSourceOptions } from './data-source-options';

/** Tables with no district: the district itself (counted for its own id) and two nobody's answers read. */
const WITHOUT_DISTRICT = ['district', 'sign_in_attempt', 'typeorm_migration'];

/**
 * Whole answers kept in memory (`StoredResponses`) are trusted while the district's responses counter
 * has not moved, so every table an answer may read must move it when written (the triggers of
 * migrations 1797820000000 and 1797840000000), or be listed in `UNCOUNTED_TABLES` with its reason.
 */
describe('the responses counter covers the schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    const url = process.env['DATABASE_URL'];
    if (!url) throw new Error('DATABASE_URL is not set; the jest global setup should have set it');
    db = new DataSource(dataSourceOptions(url, 1));
    await db.initialize();
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('every table is counted (its four figures triggers) or listed in UNCOUNTED_TABLES, never both; only the district has no district_id', async () => {
    const rows = (await db.query(
      `SELECT c.relname AS name,
              EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'district_id' AND NOT a.attisdropped) AS has_district,
              (SELECT count(*)::int FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal
                  AND t.tgname = ANY (ARRAY[c.relname || '_figures_insert', c.relname || '_figures_update',
                                            c.relname || '_figures_delete', c.relname || '_figures_truncate'])) AS figure_triggers
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        ORDER BY c.relname`,
    )) as Array<{ name: string; has_district: boolean; figure_triggers: number }>;
    const uncounted = new Set(Object.keys(UNCOUNTED_TABLES));

    expect(rows.filter((row) => !row.has_district).map((row) => row.name)).toEqual(WITHOUT_DISTRICT);
    const wrong = rows
      .filter((row) => row.name !== 'sign_in_attempt' && row.name !== 'typeorm_migration')
      .filter((row) => (uncounted.has(row.name) ? row.figure_triggers !== 0 : row.figure_triggers !== 4))
      .map(
        (row) => `${row.name}: ${row.figure_triggers} figures triggers${uncounted.has(row.name) ? ', listed as uncounted' : ''}`,
      );
    expect(wrong).toEqual([]);
    // Every listed table exists (a renamed table is not silently left uncounted under its new name).
    const names = new Set(rows.map((row) => row.name));
    expect([...uncounted].filter((name) => !names.has(name))).toEqual([]);
  });

  it('a write to a table the stored figures read moves both counters, any other counted write only the responses counter', async () => {
    const district = await createDistrict(db, { schoolYear: 2026 });
    const counters = async () =>
      (
        (await db.query(
          `SELECT COALESCE(max(version), 0)::int AS figures, COALESCE(max(responses_version), 0)::int AS responses
           FROM district_figures_version WHERE district_id = $1`,
          [district.districtId],
        )) as Array<{ figures: number; responses: number }>
      )[0]!;
    const renameDistrict = (manager: { query: DataSource['query'] }) =>
      manager.query(`UPDATE district SET name = name || '.' WHERE id = $1`, [district.districtId]);
    const renameSchool = (manager: { query: DataSource['query'] }) =>
      manager.query(`UPDATE school SET name = name || '.' WHERE district_id = $1 AND id = $2`, [
        district.districtId,
        district.schoolA,
      ]);

    let before = await counters();
    await renameDistrict(db);
    expect(await counters()).toEqual({ figures: before.figures, responses: before.responses + 1 });

    before = await counters();
    await renameSchool(db);
    expect(await counters()).toEqual({ figures: before.figures + 1, responses: before.responses + 1 });

    // One transaction, either order: both counters move once.
    for (const writes of [
      [renameDistrict, renameSchool],
      [renameSchool, renameDistrict],
    ]) {
      before = await counters();
      await db.transaction(async (manager) => {
        for (const write of writes) await write(manager);
      });
      expect(await counters()).toEqual({ figures: before.figures + 1, responses: before.responses + 1 });
    }
  });
});
