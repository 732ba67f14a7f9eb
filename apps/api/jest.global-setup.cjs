// Integration tests share one database per run: an in-memory PGlite served over the PostgreSQL
// wire protocol (started here, in plain CommonJS, so the test processes never load PGlite
// themselves), or the server in DATABASE_URL. Migrations run once here (as the owner); each test
// file then boots the real app against it (as the API role) and creates its own districts, so no
// test depends on another. The embedded server's secrets reach the test workers through their
// environment (DATABASE_URL for the owner, DATABASE_API_PASSWORD for the API role).
require('./tools/swc-register.cjs');

module.exports = async function globalSetup() {
  process.env.TZ = 'UTC';
  if (!process.env.DATABASE_URL) {
    const { startEmbeddedPostgres } = require('./src/database/embedded-postgres.ts');
    const embedded = await startEmbeddedPostgres({ maxConnections: 200 });
    globalThis.__PD_LEDGER_EMBEDDED__ = embedded;
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_API_PASSWORD = embedded.apiPassword;
    process.env.PD_LEDGER_EMBEDDED_TEST = '1';
  }
  const { migrateDatabase } = require('./src/testing/migrate-database.ts');
  await migrateDatabase(process.env.DATABASE_URL);
};
