import { createRequire } from 'node:module';
import type { Logger, pino as Pino } from 'pino';
import type { LogLevel } from '../config/config.js';

/** Paths pino blanks out wherever they appear in a log object, so secrets never reach the logs. */
export const REDACT_PATHS = [
  'password',
  'pass',
  'accessToken',
  'token',
  '*.password',
  '*.pass',
  '*.accessToken',
  '*.token',
  'auth.pass',
  'auth.accessToken',
  'imap.auth.pass',
  'imap.auth.accessToken',
  'config.password',
  'config.accessToken',
];

// pino loads when a command makes its logger, not when lhs starts (`lhs --help` stays fast)
const require = createRequire(import.meta.url);

/** JSON logs on stderr (stdout is for results); secrets redacted. */
export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  const { pino } = require('pino') as { pino: typeof Pino };
  return pino(
    {
      level,
      base: { name: 'lhs' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination as Pino.DestinationStream,
  );
}

export type { Logger };
