import { z } from 'zod';

// Environment variables arrive as strings; these helpers turn "true"/"false"/"1"/"0" into
// booleans and reject anything else, so a typo stops start-up instead of being read as false.
const booleanString = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const positiveInt = (max: number) => z.coerce.number().int().positive().max(max);

/**
 * The whole configuration of the API. Validated once at start-up by ConfigModule; nothing else
 * reads process.env. Every key is documented in the workspace's .env.example.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
    // The API role's password when DATABASE_URL is set (see database-roles.ts); empty: none.
    DATABASE_API_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(200).optional(),
    DATABASE_POOL_SIZE: positiveInt(100).default(10),
    // How long a request waits for a free pooled connection before answering 503.
    DATABASE_POOL_WAIT_MS: positiveInt(120000).default(10000),
    // Memory for whole home answers kept per API process (StoredResponses); 0 keeps none.
    STORED_RESPONSES_MB: z.coerce.number().int().min(0).max(1024).default(32),
    DATA_DIR: z.string().min(1).default('.data'),
    DASHBOARD_DIR: z.string().min(1).default('dist/apps/dashboard'),
    SEED_DEMO: booleanString.optional(),
    SESSION_IDLE_MINUTES: positiveInt(60 * 24 * 30).default(60),
    SESSION_ABSOLUTE_HOURS: positiveInt(24 * 90).default(12),
    COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
    TRUST_PROXY: z
      .string()
      .regex(/^(false|true|\d{1,2}|[\w.:/, -]+)$/, 'must be false, true, a hop count or a list of addresses')
      .default('false'),
    SIGN_IN_WINDOW_MINUTES: positiveInt(24 * 60).default(15),
    SIGN_IN_FAILURES_BEFORE_DELAY: positiveInt(1000).default(5),
    SIGN_IN_DELAY_SECONDS: positiveInt(3600).default(2),
    SIGN_IN_MAX_FAILURES_PER_IP: positiveInt(100000).default(50),
    GRAPHQL_MAX_DEPTH: positiveInt(100).default(8),
    GRAPHQL_MAX_ALIASES: positiveInt(100).default(15),
    GRAPHQL_MAX_COST: positiveInt(1000000).default(5000),
    // Fields an operation may return, with every list counted at its page size and multiplied
    // through nesting (graphql/list-cost.rule.ts).
    GRAPHQL_MAX_LIST_COST: positiveInt(10000000).default(100000),
    // Badge verification may fetch from loopback and private addresses (local issuer servers in
    // development and tests); never in production.
    BADGE_FETCH_ALLOW_PRIVATE: booleanString.default(false),
    // Largest roster or transcript upload, per file (a 100,000-staff users.csv is about 15 MB).
    IMPORT_MAX_UPLOAD_MB: positiveInt(1024).default(100),
    // The master key every sealed secret and signed link derives from (secrets/secret-keyring.ts).
    SECRET_KEY: z
      .string()
      .regex(
        /^([0-9a-fA-F]{64,}|[A-Za-z0-9_=+/-]{43,})$/,
        'must be 64 hex digits or base64 of at least 32 bytes (openssl rand -hex 32)',
      )
      .optional(),
    // Where people reach this PD Ledger (links in emails and exports, sign-in redirects, did:web).
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    // Outgoing mail (nodemailer): smtp:// or smtps://user:password@host:port. Unset: emails are
    // kept in the outbox HR reads, not sent.
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().min(3).max(320).default('PD Ledger <no-reply@pd-ledger.invalid>'),
    // The job queue (pg-boss) and its daily and weekly schedules; off by default in tests.
    JOBS_ENABLED: booleanString.optional(),
    // How often an idle worker looks for jobs; every API replica polls.
    JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(600).default(15),
    // Sending an email: attempts after the first, the delay before the first retry (doubling after).
    EMAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(6),
    EMAIL_RETRY_DELAY_SECONDS: positiveInt(24 * 3600).default(60),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.SECRET_KEY !== undefined, {
    path: ['SECRET_KEY'],
    message: 'is required in production (openssl rand -hex 32)',
  })
  .refine((env) => env.NODE_ENV !== 'production' || !env.BADGE_FETCH_ALLOW_PRIVATE, {
    path: ['BADGE_FETCH_ALLOW_PRIVATE'],
    message: 'must not be set in production',
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    // Demo data is for trying PD Ledger out; a production deployment opts in explicitly.
    SEED_DEMO: env.SEED_DEMO ?? env.NODE_ENV !== 'production',
    JOBS_ENABLED: env.JOBS_ENABLED ?? env.NODE_ENV !== 'test',
  }));

export type Env = z.output<typeof envSchema>;

/**
 * Validates raw environment values. Throws one error listing every bad or missing key by name,
 * which stops NestJS start-up before anything listens or connects.
 */
export function validateEnv(raw: Record<string, unknown>): Env {
  // Empty strings (KEY= in a .env file) mean "not set", so defaults apply.
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/** Parses TRUST_PROXY into the value Express's "trust proxy" setting expects. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
