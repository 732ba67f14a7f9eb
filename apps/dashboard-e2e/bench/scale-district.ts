import { Client } from 'pg';

/** The demo seed's Maplewood School District (apps/api/src/seed/demo-dataset.ts). */
export const MAPLEWOOD_ID = '5eed0000-0000-4000-8000-000000000001';

export interface ScaleSummary {
  educators: number;
  schools: number;
  pdRecords: number;
  licenses: number;
}

/**
 * Grows the seeded Maplewood district to `target` educators with SQL alone: each copy of the
 * demo's ~300 educators keeps their licenses (PA, cycles spread over five years), PD records (same
 * units, categories, statuses and dates relative to today) and school links, and lands in one of
 * `schoolCopies` copies of the six schools, so the district has 6 x schoolCopies schools of a few
 * hundred staff. The demo accounts keep working: the principal leads the original Lincoln
 * Elementary, which grows too. Deterministic ids (md5 of the original id and the copy number).
 */
export async function scaleDemoDistrict(databaseUrl: string, target: number, schoolCopies = 6): Promise<ScaleSummary> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [{ count }] = (await client.query(`SELECT count(*)::int AS count FROM educator WHERE district_id = $1`, [MAPLEWOOD_ID]))
      .rows;
    const base = Number(count);
    if (base >= target) throw new Error(`Maplewood already has ${base} educators`);
    const copies = Math.ceil((target - base) / base);
    await client.query(
      `CREATE TEMP TABLE school_map ON COMMIT DROP AS
         SELECT s.id AS old_id, c AS copy, CASE WHEN c = 0 THEN s.id ELSE md5(s.id::text || ':' || c)::uuid END AS new_id,
                s.name || CASE WHEN c = 0 THEN '' ELSE ' ' || (c + 1) END AS name
           FROM school s, generate_series(0, $2::int - 1) AS c
          WHERE s.district_id = $1`,
      [MAPLEWOOD_ID, schoolCopies],
    );
    await client.query(`INSERT INTO school (id, district_id, name) SELECT new_id, $1, name FROM school_map WHERE copy > 0`, [
      MAPLEWOOD_ID,
    ]);
    await client.query(
      `CREATE TEMP TABLE edu_map ON COMMIT DROP AS
         SELECT e.id AS old_id, n, md5(e.id::text || ':' || n)::uuid AS new_id
           FROM educator e, generate_series(1, $2::int) AS n
          WHERE e.district_id = $1
          ORDER BY n, e.id
          LIMIT $3`,
      [MAPLEWOOD_ID, copies, target - base],
    );
    await client.query(
      `INSERT INTO educator (id, district_id, first_name, last_name, email, state_educator_id, hire_date, highest_degree, salary_lane, salary_step)
       SELECT m.new_id, e.district_id, e.first_name, e.last_name, 'c' || m.n || '.' || e.email,
              CASE WHEN e.state_educator_id IS NULL THEN NULL ELSE e.state_educator_id || '-' || m.n END,
              e.hire_date, e.highest_degree, e.salary_lane, e.salary_step
         FROM edu_map m JOIN educator e ON e.district_id = $1 AND e.id = m.old_id`,
      [MAPLEWOOD_ID],
    );
    // Copy n goes to school copy (n mod schoolCopies) of the same school.
    await client.query(
      `INSERT INTO educator_school (district_id, educator_id, school_id)
       SELECT es.district_id, m.new_id, sm.new_id
         FROM edu_map m
         JOIN educator_school es ON es.district_id = $1 AND es.educator_id = m.old_id
         JOIN school_map sm ON sm.old_id = es.school_id AND sm.copy = m.n % $2::int`,
      [MAPLEWOOD_ID, schoolCopies],
    );
    await client.query(
      `INSERT INTO license (id, district_id, educator_id, state_code, license_type, number, issued_on, cycle_start, cycle_end)
       SELECT md5(l.id::text || ':' || m.n)::uuid, l.district_id, m.new_id, l.state_code, l.license_type, l.number || '-' || m.n,
              l.issued_on, l.cycle_start, l.cycle_end
         FROM edu_map m JOIN license l ON l.district_id = $1 AND l.educator_id = m.old_id`,
      [MAPLEWOOD_ID],
    );
    await client.query(
      `INSERT INTO pd_record (id, district_id, educator_id, catalog_item_id, title, activity_type, amount, unit, completed_on,
                              categories, evidence_url, status, feedback, source)
       SELECT md5(r.id::text || ':' || m.n)::uuid, r.district_id, m.new_id, r.catalog_item_id, r.title, r.activity_type, r.amount,
              r.unit, r.completed_on, r.categories, r.evidence_url, r.status, r.feedback, r.source
         FROM edu_map m JOIN pd_record r ON r.district_id = $1 AND r.educator_id = m.old_id`,
      [MAPLEWOOD_ID],
    );
    await client.query('COMMIT');
    // VACUUM as well as ANALYZE: otherwise autovacuum and the first readers' hint-bit writes go
    // through the new rows in the middle of the measurements that follow.
    await client.query('VACUUM (ANALYZE)');
    const summary = (
      await client.query(
        `SELECT (SELECT count(*)::int FROM educator WHERE district_id = $1) AS educators,
                (SELECT count(*)::int FROM school WHERE district_id = $1) AS schools,
                (SELECT count(*)::int FROM pd_record WHERE district_id = $1) AS pd_records,
                (SELECT count(*)::int FROM license WHERE district_id = $1) AS licenses`,
        [MAPLEWOOD_ID],
      )
    ).rows[0] as { educators: number; schools: number; pd_records: number; licenses: number };
    return { educators: summary.educators, schools: summary.schools, pdRecords: summary.pd_records, licenses: summary.licenses };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
