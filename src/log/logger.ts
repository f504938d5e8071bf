import { pino, type Logger } from 'pino';
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

/** JSON logs on stderr (stdout is for results); secrets redacted. */
export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { name: 'lhs' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination as pino.DestinationStream,
  );
}

export type { Logger };
