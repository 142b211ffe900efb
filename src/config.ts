/** Every environment variable the API reads, parsed and checked once. */
import path from 'node:path';

export type SeedMode = 'demo' | 'reference' | 'none';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
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
  /** Schema introspection and field suggestions in errors; the playground needs them. */
  introspection: boolean;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const seed = (optional(env, 'SEED') ?? 'demo') as SeedMode;
  if (!['demo', 'reference', 'none'].includes(seed)) {
    throw new ConfigError(`SEED must be demo, reference or none, got "${env.SEED}"`);
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: optional(env, 'HOST') ?? '127.0.0.1',
    databaseUrl: optional(env, 'DATABASE_URL'),
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
    introspection: flag(env, 'INTROSPECTION', true),
  };
}
