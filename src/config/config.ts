import { EXIT, LhsError } from '../errors.js';

/** Every setting lhs reads from the environment. Anything else starting LHS_ is a mistake. */
export const ENV_SETTINGS = [
  'LHS_DB',
  'LHS_LOG_LEVEL',
  'LHS_PARSE_HEAP_MB',
  'LHS_PARSE_TIMEOUT',
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
  /** bounds on the parse of one message: worker heap (MB) and time (ms) */
  parse: { heapMb: number; timeoutMs: number };
}

export const DEFAULT_PARSE_HEAP_MB = 256;
export const DEFAULT_PARSE_TIMEOUT_S = 30;

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
  const heapMb = parseNumber(env.LHS_PARSE_HEAP_MB, 'LHS_PARSE_HEAP_MB', DEFAULT_PARSE_HEAP_MB, 16, 4096);
  const timeoutS = parseNumber(env.LHS_PARSE_TIMEOUT, 'LHS_PARSE_TIMEOUT', DEFAULT_PARSE_TIMEOUT_S, 0.1, 3600);
  return { db, logLevel, parse: { heapMb, timeoutMs: Math.round(timeoutS * 1000) } };
}

/** A number setting within bounds; unset or empty means the default. */
export function parseNumber(value: string | undefined, name: string, dflt: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return dflt;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new LhsError(`invalid ${name} "${value}": a number from ${min} to ${max}`, EXIT.usage);
  }
  return n;
}
