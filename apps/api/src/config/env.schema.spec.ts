import { trustProxySetting, validateEnv } from './env.schema';

const KEY = 'ab'.repeat(32);

describe('validateEnv', () => {
  it('applies defaults to an empty environment', () => {
    const env = validateEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.DASHBOARD_DIR).toBe('dist/apps/dashboard');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBe(true);
    expect(env.IMPORT_MAX_UPLOAD_MB).toBe(100);
    expect(env.DATABASE_POOL_WAIT_MS).toBe(10000);
    expect(env.GRAPHQL_MAX_LIST_COST).toBe(100000);
    expect(env.SIGN_IN_FAILURES_BEFORE_DELAY).toBe(5);
    expect(env.SIGN_IN_DELAY_SECONDS).toBe(2);
    expect(env.STORED_RESPONSES_MB).toBe(32);
  });

  it('does not seed demo data in production unless asked to', () => {
    expect(validateEnv({ NODE_ENV: 'production', SECRET_KEY: KEY }).SEED_DEMO).toBe(false);
    expect(validateEnv({ NODE_ENV: 'production', SECRET_KEY: KEY, SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(validateEnv({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['SEED_DEMO', 'yes'],
    ['LOG_LEVEL', 'loud'],
    ['SESSION_IDLE_MINUTES', '-5'],
    ['COOKIE_SECURE', 'maybe'],
    ['IMPORT_MAX_UPLOAD_MB', '0'],
    ['DATABASE_API_PASSWORD', 'short'],
    ['DATABASE_POOL_WAIT_MS', '0'],
    ['GRAPHQL_MAX_LIST_COST', '-1'],
    ['SIGN_IN_FAILURES_BEFORE_DELAY', '0'],
    ['SIGN_IN_DELAY_SECONDS', '1.5'],
    ['STORED_RESPONSES_MB', '-1'],
    ['STORED_RESPONSES_MB', '2048'],
  ])('rejects %s=%s and names the key', (key, value) => {
    expect(() => validateEnv({ [key]: value })).toThrow(new RegExp(`${key}:`));
  });

  it('accepts a PostgreSQL URL', () => {
    expect(validateEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pd' }).DATABASE_URL).toBe(
      'postgres://postgres@127.0.0.1:5432/pd',
    );
  });
});

describe('trustProxySetting', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('%s -> %p', (input, expected) => {
    expect(trustProxySetting(input)).toEqual(expected);
  });

  it('never lets badge fetches reach private addresses in production', () => {
    expect(validateEnv({}).BADGE_FETCH_ALLOW_PRIVATE).toBe(false);
    expect(validateEnv({ BADGE_FETCH_ALLOW_PRIVATE: 'true' }).BADGE_FETCH_ALLOW_PRIVATE).toBe(true);
    expect(() => validateEnv({ NODE_ENV: 'production', SECRET_KEY: KEY, BADGE_FETCH_ALLOW_PRIVATE: 'true' })).toThrow(
      /BADGE_FETCH_ALLOW_PRIVATE: must not be set in production/,
    );
  });

  it('requires SECRET_KEY in production and checks its form', () => {
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/SECRET_KEY: is required in production/);
    expect(() => validateEnv({ SECRET_KEY: 'short' })).toThrow(/SECRET_KEY: must be 64 hex digits/);
    expect(validateEnv({ SECRET_KEY: KEY }).SECRET_KEY).toBe(KEY);
  });

  it('derives PUBLIC_URL from the port unless set, without a trailing slash', () => {
    expect(validateEnv({ PORT: '4100' }).PUBLIC_URL).toBe('http://localhost:4100');
    expect(validateEnv({ PUBLIC_URL: 'https://pd.example.org/' }).PUBLIC_URL).toBe('https://pd.example.org');
    expect(() => validateEnv({ PUBLIC_URL: 'ftp://pd.example.org' })).toThrow(/PUBLIC_URL/);
  });

  it('reads the mail and job settings: SMTP URLs only, jobs off in tests unless asked for', () => {
    expect(validateEnv({}).SMTP_URL).toBeUndefined();
    expect(validateEnv({ SMTP_URL: 'smtps://u:p@mail.example.org:465' }).SMTP_URL).toBe('smtps://u:p@mail.example.org:465');
    expect(() => validateEnv({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL: must be an smtp/);
    expect(validateEnv({}).JOBS_ENABLED).toBe(true);
    expect(validateEnv({ NODE_ENV: 'test' }).JOBS_ENABLED).toBe(false);
    expect(validateEnv({ NODE_ENV: 'test', JOBS_ENABLED: 'true' }).JOBS_ENABLED).toBe(true);
    expect(() => validateEnv({ JOBS_POLL_SECONDS: '0.1' })).toThrow(/JOBS_POLL_SECONDS/);
    expect(validateEnv({}).MAIL_FROM).toMatch(/PD Ledger/);
  });
});
