import { z } from 'zod';
import path from 'node:path';
import { LOG_LEVELS } from './logger.ts';
import { parseWitnessList } from './ledger/cosigning/witness-config.ts';

/**
 * Every setting Concord reads, in one place. Values come from the environment
 * (or CLI flags, which the CLI folds into the same object before calling
 * {@link loadConfig}); a bad value stops start-up with one clear message.
 */
const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./data'),
  /** postgres://… selects PostgreSQL; absent selects the embedded PGlite under dataDir. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  /** Origin line of the log's checkpoints and name of its signing key. */
  logOrigin: z
    .string()
    .regex(/^[^\s+]+$/, 'LOG_ORIGIN must have no spaces or "+"')
    .default('concord.example/log'),
  /** Witnesses the log always asks to cosign its checkpoints: `VKEY=URL` entries separated by spaces. */
  logWitnesses: z
    .string()
    .default('')
    .transform((value, ctx) => {
      try {
        return parseWitnessList(value);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
  /** How many distinct asked witnesses must cosign a checkpoint before it is served as witnessed; default all. */
  logWitnessQuorum: z.coerce.number().int('LOG_WITNESS_QUORUM must be a whole number').min(1).optional(),
  /** E-mail of the first admin account, created on first start. */
  adminEmail: z.string().email().default('admin@concord.local'),
  /** Largest JSON body accepted, in bytes. */
  bodyLimit: z.coerce.number().int().positive().default(1_048_576),
  /** Login attempts allowed per account and per address in a window. */
  loginAttempts: z.coerce.number().int().positive().default(10),
  loginWindowSeconds: z.coerce.number().int().positive().default(900),
  sessionHours: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  /** Set when served behind TLS so cookies get the Secure flag. */
  secureCookies: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * The address people reach this server at, for every absolute URL it writes
   * (calendar links): never the request's Host header, which any client sets.
   * Default http://localhost:PORT.
   */
  publicUrl: z
    .url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http(s) URL' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  /** Least severe level written to the JSON log on stdout. */
  logLevel: z.enum(LOG_LEVELS).default('info'),
  /** A client must send its request headers within this many seconds, and the whole request within the next. */
  headersTimeoutSeconds: z.coerce.number().positive().max(600).default(10),
  requestTimeoutSeconds: z.coerce.number().positive().max(3600).default(30),
});

export type Config = z.infer<typeof ConfigSchema> & { publicUrl: string };

/** Maps environment variable names onto config keys. */
const ENV_KEYS: Record<string, keyof Config> = {
  PORT: 'port',
  HOST: 'host',
  DATA_DIR: 'dataDir',
  DATABASE_URL: 'databaseUrl',
  LOG_ORIGIN: 'logOrigin',
  LOG_WITNESSES: 'logWitnesses',
  LOG_WITNESS_QUORUM: 'logWitnessQuorum',
  ADMIN_EMAIL: 'adminEmail',
  BODY_LIMIT: 'bodyLimit',
  LOGIN_ATTEMPTS: 'loginAttempts',
  LOGIN_WINDOW_SECONDS: 'loginWindowSeconds',
  SESSION_HOURS: 'sessionHours',
  SECURE_COOKIES: 'secureCookies',
  PUBLIC_URL: 'publicUrl',
  LOG_LEVEL: 'logLevel',
  HEADERS_TIMEOUT_SECONDS: 'headersTimeoutSeconds',
  REQUEST_TIMEOUT_SECONDS: 'requestTimeoutSeconds',
};

export class ConfigError extends Error {}

/** Reads config from `env` (default process.env), overridden by `overrides` (CLI flags). */
export function loadConfig(overrides: Partial<Record<keyof Config, unknown>> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) raw[key] = value;
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    if (issue === undefined) throw new ConfigError('invalid settings');
    const envName = Object.keys(ENV_KEYS).find((k) => ENV_KEYS[k] === issue.path[0]) ?? String(issue.path[0]);
    throw new ConfigError(`invalid setting ${envName}: ${issue.message}`);
  }
  const { data } = parsed;
  if (data.requestTimeoutSeconds < data.headersTimeoutSeconds) {
    throw new ConfigError('invalid setting REQUEST_TIMEOUT_SECONDS: it must be at least HEADERS_TIMEOUT_SECONDS');
  }
  const configured = data.logWitnesses.length;
  if (data.logWitnessQuorum !== undefined && configured > 0 && data.logWitnessQuorum > configured) {
    throw new ConfigError(
      `invalid setting LOG_WITNESS_QUORUM: it must be at most the number of witnesses in LOG_WITNESSES (${configured})`,
    );
  }
  return { ...data, dataDir: path.resolve(data.dataDir), publicUrl: data.publicUrl ?? `http://localhost:${data.port}` };
}
