/** Every environment variable the API reads, parsed and checked once. */
import path from 'node:path';

export type SeedMode = 'demo' | 'reference' | 'none';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  /** A read replica (streaming standby) for the reads of queries; writes and mutations use the primary. */
  databaseReadUrl?: string;
  dataDir: string;
  seed: SeedMode;
  jwtSecret?: string;
  jwtJwksUrl?: string;
  jwtJwksFile?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  suppressBelow: number;
  maxBatchRows: number;
  logSql: boolean;
  database: DatabaseLimits;
  /** How long a shutdown waits for requests in flight. */
  shutdownGraceMs: number;
  /** After a stop signal, how long the API keeps taking requests while /readyz already says 503. */
  shutdownDelayMs: number;
  /** Browser origins allowed to call the API: a list, `*` for any, or `localhost` for any local page. */
  corsOrigins: string[] | '*' | 'localhost';
  /** Schema introspection and field suggestions in errors; the playground needs them. */
  introspection: boolean;
  logging: LoggingConfig;
  /** Serve /metrics on this port instead of the API port. */
  metricsPort?: number;
}

export interface LoggingConfig {
  level: string;
  /** Readable lines instead of JSON. */
  pretty: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL and LOG_FORMAT; separate because the logger reads them before the rest is checked. */
export function loggingConfig(env: NodeJS.ProcessEnv): LoggingConfig {
  const level = optional(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  const format = optional(env, 'LOG_FORMAT')?.toLowerCase() ?? (env.NODE_ENV === 'development' ? 'pretty' : 'json');
  if (!['json', 'pretty'].includes(format)) throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${env.LOG_FORMAT}"`);
  return { level, pretty: format === 'pretty' };
}

/** Deadlines and sizes of the connection pool; every fault of the database costs a request at most these. */
export interface DatabaseLimits {
  poolSize: number;
  /** Waiting for a free pooled connection, or opening a new one. */
  connectTimeoutMs: number;
  /** One statement of a read. */
  statementTimeoutMs: number;
  /** One statement of a batch write (they move thousands of rows). */
  batchStatementTimeoutMs: number;
  /** A transaction left idle by a stalled client is ended by the server after this long. */
  idleInTransactionTimeoutMs: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** CORS_ORIGINS: `https://a.example,https://b.example`, `*`, or unset (any localhost page outside production). */
function corsOrigins(env: NodeJS.ProcessEnv): Config['corsOrigins'] {
  const raw = optional(env, 'CORS_ORIGINS');
  if (!raw) return env.NODE_ENV === 'production' ? [] : 'localhost';
  if (raw === '*') return '*';
  const origins = raw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError(`CORS_ORIGINS must list origins such as https://dashboard.example.nl, got "${origin}"`);
  }
  return origins;
}

/**
 * An external PostgreSQL, or undefined for the embedded one. Set but empty is a mistake (a shell or compose
 * file that lost its value), never a quiet switch to a second, embedded database.
 */
function databaseUrl(env: NodeJS.ProcessEnv, name = 'DATABASE_URL'): string | undefined {
  if (env[name] === undefined) return undefined;
  const value = env[name].trim();
  if (!value) throw new ConfigError(`${name} is set but empty: give postgres://user:password@host:5432/database, or unset it${name === 'DATABASE_URL' ? ' to use the embedded PostgreSQL' : ''}`);
  // The value is not repeated in the message: it may hold a password.
  if (!URL.canParse(value) || !['postgres:', 'postgresql:'].includes(new URL(value).protocol)) {
    throw new ConfigError(`${name} must look like postgres://user:password@host:5432/database`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const seed = (optional(env, 'SEED') ?? 'demo') as SeedMode;
  if (!['demo', 'reference', 'none'].includes(seed)) {
    throw new ConfigError(`SEED must be demo, reference or none, got "${env.SEED}"`);
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: optional(env, 'HOST') ?? '127.0.0.1',
    databaseUrl: databaseUrl(env),
    databaseReadUrl: databaseUrl(env, 'DATABASE_READ_URL'),
    dataDir: path.resolve(optional(env, 'DATA_DIR') ?? './.data'),
    seed,
    jwtSecret: optional(env, 'JWT_SECRET'),
    jwtJwksUrl: optional(env, 'JWT_JWKS_URL'),
    jwtJwksFile: optional(env, 'JWT_JWKS_FILE'),
    jwtIssuer: optional(env, 'JWT_ISSUER'),
    jwtAudience: optional(env, 'JWT_AUDIENCE'),
    suppressBelow: integer(env, 'SUPPRESS_BELOW', 5, 0, 1000),
    maxBatchRows: integer(env, 'MAX_BATCH_ROWS', 10_000, 1, 1_000_000),
    logSql: optional(env, 'LOG_SQL') === '1',
    database: {
      poolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 1000),
      connectTimeoutMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', 3_000, 100, 600_000),
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 10_000, 100, 3_600_000),
      batchStatementTimeoutMs: integer(env, 'DB_BATCH_STATEMENT_TIMEOUT_MS', 120_000, 100, 3_600_000),
      idleInTransactionTimeoutMs: integer(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 100, 3_600_000),
    },
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 1_000, 0, 60_000),
    corsOrigins: corsOrigins(env),
    introspection: flag(env, 'INTROSPECTION', true),
    logging: loggingConfig(env),
    metricsPort: optional(env, 'METRICS_PORT') === undefined ? undefined : integer(env, 'METRICS_PORT', 0, 0, 65535),
  };
}
