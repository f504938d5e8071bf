import { EXIT, LhsError } from '../errors.js';

/** Every setting lhs reads from the environment. Anything else starting LHS_ is a mistake. */
export const ENV_SETTINGS = [
  'LHS_DB',
  'LHS_LOG_LEVEL',
  'LHS_ACTOR',
  'LHS_IMAP_HOST',
  'LHS_IMAP_PORT',
  'LHS_IMAP_USER',
  'LHS_IMAP_PASSWORD',
  'LHS_IMAP_ACCESS_TOKEN',
  'LHS_IMAP_MAILBOX',
  'LHS_IMAP_TLS',
  'LHS_IMAP_TLS_CA',
] as const;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface CommonConfig {
  db: string;
  logLevel: LogLevel;
}

export const DEFAULT_DB = './lhs.sqlite';

type Env = Record<string, string | undefined>;

/** Stops on an LHS_* variable that lhs does not know: a typo would otherwise be silently ignored. */
export function checkEnv(env: Env): void {
  const known = new Set<string>(ENV_SETTINGS);
  const unknown = Object.keys(env).filter((k) => k.startsWith('LHS_') && !known.has(k));
  if (unknown.length) {
    throw new LhsError(
      `unknown setting ${unknown.join(', ')} in the environment (known: ${ENV_SETTINGS.join(', ')})`,
      EXIT.usage,
    );
  }
}

/** Flags over environment over defaults. */
export function pick(flag: string | undefined, env: Env, name: string, dflt: string): string;
export function pick(flag: string | undefined, env: Env, name: string, dflt?: undefined): string | undefined;
export function pick(flag: string | undefined, env: Env, name: string, dflt?: string): string | undefined {
  if (flag !== undefined && flag !== '') return flag;
  const v = env[name];
  if (v !== undefined && v !== '') return v;
  return dflt;
}

export function parseLogLevel(value: string, where: string): LogLevel {
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new LhsError(`invalid log level "${value}" in ${where} (one of ${LOG_LEVELS.join(', ')})`, EXIT.usage);
}

export function resolveCommon(flags: { db?: string; logLevel?: string }, env: Env = process.env): CommonConfig {
  checkEnv(env);
  const db = pick(flags.db, env, 'LHS_DB', DEFAULT_DB);
  const levelSrc = flags.logLevel ? '--log-level' : env.LHS_LOG_LEVEL ? 'LHS_LOG_LEVEL' : 'default';
  const logLevel = parseLogLevel(pick(flags.logLevel, env, 'LHS_LOG_LEVEL', 'warn'), levelSrc);
  return { db, logLevel };
}
