// On the embedded database only: PGlite's socket server (@electric-sql/pglite-socket 0.2.17) has
// been seen to mix up the replies of concurrent connections under the test suite's load ("portal
// does not exist", one query's rows answering another), failing a random test now and then. A
// failed test is run again, with its first error logged, so the suite reports real failures
// rather than that upstream race. Against a PostgreSQL server (DATABASE_URL) nothing is retried.
jest.retryTimes(2, { logErrorsBeforeRetry: true });
