import { Option, type Command } from 'commander';
import { contextFor } from '../context.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The options poll and watch share. There is no --password: a command line is visible to every user. */
function imapOptions(cmd: Command): Command {
  return cmd
    .option('--host <host>', 'IMAP server (env LHS_IMAP_HOST)')
    .option('--port <port>', 'port (env LHS_IMAP_PORT; default 993, or 143 with --tls starttls)')
    .option('--user <name>', 'login name; for a shared mailbox with OAuth2, its address (env LHS_IMAP_USER)')
    .option('--password-file <file>', 'read the password from this file (or env LHS_IMAP_PASSWORD)')
    .option('--access-token-file <file>', 'read an OAuth2 access token (XOAUTH2) from this file (or env LHS_IMAP_ACCESS_TOKEN)')
    .option('--mailbox <name>', 'mailbox to read; repeat for several (env LHS_IMAP_MAILBOX, comma-separated; default INBOX)', collect)
    .addOption(new Option('--tls <mode>', 'implicit TLS or STARTTLS (env LHS_IMAP_TLS; default implicit)').choices(['implicit', 'starttls']))
    .option('--tls-ca <file>', 'trust this CA certificate (PEM) for a private CA (env LHS_IMAP_TLS_CA)')
    .option('--tls-insecure', 'do not check the server certificate at all (unsafe: anyone on the path can read the mail)')
    .option('--move-to <folder>', 'move each message here once it is safely stored (opens the mailbox read-write)')
    .option('--retries <n>', 'connection attempts after a failed or dropped one (poll only; watch retries for ever)', '3')
    .option('--json', 'one JSON object per result line');
}

/** Commands over the shared mailbox: poll (one pass, for cron or a timer) and watch (a service). */
export function registerImapCommands(program: Command): void {
  imapOptions(
    program
      .command('poll')
      .description('one pass over the shared mailbox over IMAP: store and parse new mail, then exit (for cron or a systemd timer)'),
  ).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const { runPoll } = await import('../commands/poll.js');
    await runPoll(contextFor(cmd), opts);
  });

  imapOptions(
    program
      .command('watch')
      .description('keep reading the shared mailbox: IDLE where the server has it, else every --interval; stops cleanly on SIGTERM'),
  )
    .option('--interval <seconds>', 'check this often without IDLE, and at least this often with it', '60')
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const { runWatch } = await import('../commands/watch.js');
      await runWatch(contextFor(cmd), opts);
    });
}
