/** Exit codes of the `lhs` command, documented in the README. */
export const EXIT = {
  ok: 0,
  failure: 1, // unexpected error
  usage: 2, // bad flag, unknown or invalid setting
  database: 3, // database locked, unreadable, or not an lhs database
  input: 4, // a path that does not exist, or nothing could be read
  imapAuth: 5, // IMAP login refused
  imapNetwork: 6, // IMAP server unreachable or connection lost after retries
  locked: 7, // another poller is already running on this database and mailbox
  imapTls: 8, // the IMAP server's certificate is not trusted
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error meant for the user: one clear line and an exit code, no stack trace. */
export class LhsError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = EXIT.failure, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LhsError';
    this.exitCode = exitCode;
  }
}
