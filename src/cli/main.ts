// The lhs command line. Only commander loads at start; each command's module, and the heavy
// libraries it needs, load when that command runs, so `lhs --help` answers at once.
import { Command, CommanderError, Option } from 'commander';
import { EXIT, LhsError } from '../errors.js';
import { registerFileCommands } from './register/files.js';
import { registerImapCommands } from './register/imap.js';
import { registerStaffCommands } from './register/staff.js';

export function buildProgram(): Command {
  const program = new Command('lhs')
    .description("Turns the replies to NHS England's Lead Healthcare Scientist letter into a register of leads")
    .version('0.1.0')
    .addOption(new Option('--db <file>', 'SQLite database (env LHS_DB)').default(undefined, './lhs.sqlite'))
    .addOption(
      new Option('--log-level <level>', 'log level on stderr (env LHS_LOG_LEVEL)').choices([
        'fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent',
      ]),
    )
    .showHelpAfterError('(lhs --help shows the commands and options)')
    .exitOverride();
  registerFileCommands(program);
  registerImapCommands(program);
  registerStaffCommands(program);
  return program;
}

/** Runs the CLI; user errors become one line on stderr and their exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const debug = argv.includes('debug') || process.env.LHS_LOG_LEVEL === 'debug' || process.env.LHS_LOG_LEVEL === 'trace';
    if (err instanceof LhsError) {
      process.stderr.write(`lhs: ${err.message}\n`);
      if (debug && err.cause) process.stderr.write(`${(err.cause as Error).stack ?? String(err.cause)}\n`);
      return err.exitCode;
    }
    const sqliteCode = (err as { code?: unknown }).code;
    if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_')) {
      // the database failed mid-command (opening it is checked in openDb)
      const busy = sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED');
      process.stderr.write(`lhs: ${busy ? 'the database is locked by another process; try again when it has finished' : `database error: ${(err as Error).message}`}\n`);
      if (debug) process.stderr.write(`${(err as Error).stack}\n`);
      return EXIT.database;
    }
    process.stderr.write(`lhs: unexpected error: ${(err as Error).message ?? String(err)}\n`);
    if (debug) process.stderr.write(`${(err as Error).stack}\n`);
    return EXIT.failure;
  }
}
