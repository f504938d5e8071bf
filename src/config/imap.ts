import { readFileSync } from 'node:fs';
import { EXIT, LhsError } from '../errors.js';
import { pick } from './config.js';

type Env = Record<string, string | undefined>;

export type TlsMode = 'implicit' | 'starttls';

/** Everything the poller needs to reach one mailbox account. Holds a secret: never log it whole. */
export interface ImapSettings {
  host: string;
  port: number;
  user: string;
  /** exactly one of these: a password (LOGIN / AUTH=PLAIN) or an OAuth2 access token (XOAUTH2) */
  auth: { pass: string } | { accessToken: string };
  /** --access-token-file: read again at every connection, so a token refreshed by another job is picked up */
  accessTokenFile?: string;
  mailboxes: string[];
  tls: TlsMode;
  /** PEM of a private CA to trust, from --tls-ca / LHS_IMAP_TLS_CA */
  ca?: Buffer;
  caFile?: string;
  /** accept any certificate: only with a loud warning */
  insecure: boolean;
  /** after a message is safely stored, move it here (the mailbox is then opened read-write) */
  moveTo?: string;
  /** connection attempts after the first, for a failed or dropped connection */
  retries: number;
  /** the name checkpoints and message sources are kept under */
  account: string;
}

export interface ImapFlags {
  host?: string;
  port?: string;
  user?: string;
  passwordFile?: string;
  accessTokenFile?: string;
  mailbox?: string[];
  tls?: string;
  tlsCa?: string;
  tlsInsecure?: boolean;
  moveTo?: string;
  retries?: string;
}

const DEFAULT_PORT: Record<TlsMode, number> = { implicit: 993, starttls: 143 };

function usage(message: string): LhsError {
  return new LhsError(message, EXIT.usage);
}

/** A secret from a file: the first line, without its line ending. */
export function readSecretFile(file: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw usage(`cannot read the ${what} file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  if (!line) throw usage(`the ${what} file ${file} is empty`);
  return line;
}

function parsePort(value: string, where: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw usage(`invalid port "${value}" in ${where} (1 to 65535)`);
  return n;
}

/** Mailbox names: --mailbox may repeat; LHS_IMAP_MAILBOX takes several separated by commas. */
function parseMailboxes(flag: string[] | undefined, env: Env): string[] {
  const list = flag?.length ? flag : (env.LHS_IMAP_MAILBOX ?? '').split(',');
  const names = [...new Set(list.map((m) => m.trim()).filter(Boolean))];
  return names.length ? names : ['INBOX'];
}

/**
 * IMAP settings: flags over environment over defaults. The password never comes from a flag
 * (a command line is visible to every user of the machine): LHS_IMAP_PASSWORD or --password-file.
 */
export function resolveImap(flags: ImapFlags, env: Env = process.env): ImapSettings {
  const host = pick(flags.host, env, 'LHS_IMAP_HOST');
  if (!host) throw usage('no IMAP server: set LHS_IMAP_HOST or --host');
  const user = pick(flags.user, env, 'LHS_IMAP_USER');
  if (!user) throw usage('no IMAP user: set LHS_IMAP_USER or --user (for a shared mailbox with OAuth2, its address)');

  const tlsRaw = pick(flags.tls, env, 'LHS_IMAP_TLS', 'implicit');
  if (tlsRaw !== 'implicit' && tlsRaw !== 'starttls') {
    throw usage(`invalid TLS mode "${tlsRaw}" in ${flags.tls ? '--tls' : 'LHS_IMAP_TLS'} (implicit or starttls)`);
  }
  const tls: TlsMode = tlsRaw;
  const portRaw = pick(flags.port, env, 'LHS_IMAP_PORT');
  const port = portRaw ? parsePort(portRaw, flags.port ? '--port' : 'LHS_IMAP_PORT') : DEFAULT_PORT[tls];

  const password = flags.passwordFile ? readSecretFile(flags.passwordFile, 'password') : env.LHS_IMAP_PASSWORD || undefined;
  const token = flags.accessTokenFile ? readSecretFile(flags.accessTokenFile, 'access token') : env.LHS_IMAP_ACCESS_TOKEN || undefined;
  if (password && token) {
    throw usage('both a password and an OAuth2 access token are set: give one (LHS_IMAP_PASSWORD / --password-file, or LHS_IMAP_ACCESS_TOKEN / --access-token-file)');
  }
  if (!password && !token) {
    throw usage('no IMAP credentials: set LHS_IMAP_PASSWORD or --password-file, or LHS_IMAP_ACCESS_TOKEN / --access-token-file for OAuth2');
  }

  const caFile = pick(flags.tlsCa, env, 'LHS_IMAP_TLS_CA');
  let ca: Buffer | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile);
    } catch (err) {
      throw usage(`cannot read the CA file ${caFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw usage(`the CA file ${caFile} holds no PEM certificate`);
  }

  const retriesRaw = flags.retries ?? '3';
  if (!/^\d+$/.test(retriesRaw) || Number(retriesRaw) > 100) throw usage(`invalid --retries "${retriesRaw}" (0 to 100)`);

  return {
    host,
    port,
    user,
    auth: token ? { accessToken: token } : { pass: password! },
    accessTokenFile: flags.accessTokenFile,
    mailboxes: parseMailboxes(flags.mailbox, env),
    tls,
    ca,
    caFile,
    insecure: flags.tlsInsecure ?? false,
    moveTo: flags.moveTo || undefined,
    retries: Number(retriesRaw),
    account: `${user}@${host}`,
  };
}

/** The settings without secrets, for logs and --json output. */
export function describeImap(s: ImapSettings): Record<string, unknown> {
  return {
    host: s.host,
    port: s.port,
    user: s.user,
    authMethod: 'accessToken' in s.auth ? 'XOAUTH2' : 'password',
    mailboxes: s.mailboxes,
    tls: s.tls,
    tlsCa: s.caFile ?? null,
    tlsInsecure: s.insecure,
    moveTo: s.moveTo ?? null,
  };
}
