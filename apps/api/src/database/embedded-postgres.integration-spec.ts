import { Pool, type PoolClient } from 'pg';

// Concurrent connections through the test database (the embedded PGlite server unless
// DATABASE_URL names a server): every parameterised query must get its own answer. Without
// `keepProtocolExchangesWhole` the socket server interleaves connections' Parse/Bind/Execute
// messages and this test fails ("bind message supplies 1 parameters, but prepared statement ""
// requires 2", or a reply that belongs to another query).
describe('the database under concurrent connections', () => {
  let pool: Pool;
  const table = `concurrency_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
    await pool.query(`CREATE TABLE ${table} (id int PRIMARY KEY, v text NOT NULL)`);
    await pool.query(`INSERT INTO ${table} SELECT g, repeat(md5(g::text), 20) FROM generate_series(1, 5000) g`);
  });

  afterAll(async () => {
    await pool.query(`DROP TABLE IF EXISTS ${table}`);
    await pool.end();
  });

  async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('ROLLBACK');
      return result;
    } finally {
      client.release();
    }
  }

  it('answers each of 600 interleaved queries and transactions with its own rows', async () => {
    const problems: string[] = [];
    for (let round = 0; round < 6; round++) {
      await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const n = 1 + (((round * 100 + i) * 7) % 4700);
          try {
            if (i % 3 === 0) {
              const { rows } = await pool.query(`SELECT id FROM ${table} WHERE id BETWEEN $1 AND $1 + 200 ORDER BY id`, [n]);
              if (rows.length !== 201 || rows[0].id !== n) problems.push(`range ${n}: ${rows.length} rows from ${rows[0]?.id}`);
            } else if (i % 3 === 1) {
              const { rows } = await pool.query(`SELECT count(*)::int AS c, $2::text AS tag FROM ${table} WHERE id <= $1`, [
                n,
                `q${i}`,
              ]);
              if (rows[0]?.c !== n || rows[0]?.tag !== `q${i}`) problems.push(`count ${n}: ${JSON.stringify(rows[0])}`);
            } else {
              const value = await inTransaction(async (client) => {
                await client.query(`UPDATE ${table} SET v = $2 WHERE id = $1`, [n, `u${i}`]);
                return (await client.query(`SELECT v FROM ${table} WHERE id = $1`, [n])).rows[0]?.v;
              });
              if (value !== `u${i}`) problems.push(`transaction ${n}: ${value}`);
            }
          } catch (error) {
            problems.push(String(error));
          }
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it("keeps each connection's own district setting across switches, whatever its value", async () => {
    // On the embedded database one backend serves every connection; the gate saves and restores
    // the setting at each switch (a plain value as a literal, anything else as a parameter).
    const values = [
      '',
      '6c0a1a3e-1111-4111-8111-111111111111',
      `it's \\ odd'; SELECT 1; --`,
      'b7d2c0de-2222-4222-8222-222222222222',
    ];
    const clients = await Promise.all(values.map(() => pool.connect()));
    try {
      await Promise.all(
        clients.map((client, i) => client.query(`SELECT set_config('pdledger.district_id', $1, false)`, [values[i]])),
      );
      const seen = await Promise.all(
        clients.map(async (client) => {
          const rows: string[] = [];
          for (let round = 0; round < 15; round++)
            rows.push((await client.query(`SELECT current_setting('pdledger.district_id', true) AS d`)).rows[0].d);
          return rows;
        }),
      );
      expect(seen).toEqual(values.map((value) => Array.from({ length: 15 }, () => value)));
    } finally {
      for (const client of clients) {
        await client.query(`SELECT set_config('pdledger.district_id', '', false)`);
        client.release();
      }
    }
  });

  it('keeps serving other connections after one sends a failing query', async () => {
    const results = await Promise.allSettled([
      pool.query('SELECT no_such_column FROM pg_class WHERE oid = $1', [1]),
      ...Array.from({ length: 20 }, (_, i) => pool.query('SELECT $1::int AS n', [i])),
    ]);
    expect(results[0]!.status).toBe('rejected');
    expect(results.slice(1).map((r) => (r.status === 'fulfilled' ? r.value.rows[0].n : String(r.reason)))).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });
});
