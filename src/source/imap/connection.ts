import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { Logger } from 'pino';
import { readSecretFile, type ImapSettings } from '../../config/imap.js';
import { EXIT, LhsError } from '../../errors.js';

/** What goes wrong with a connection, as the poller decides what to do next. */
export type Failure = 'auth' | 'tls' | 'network' | 'mailbox' | 'other';

// Node's TLS verification codes: the server's certificate is not one we trust.
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
]);

// Connection-level codes from Node (socket, DNS) and from imapflow (its own string codes).
const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN',
  'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL',
  'NoConnection', 'EConnectionClosed', 'StateLogout', 'ClosedAfterConnectText', 'ClosedAfterConnectTLS',
  'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETHROTTLE', 'EPROXY', 'ProxyError',
]);

type ImapError = Error & {
  code?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  serverResponseCode?: string;
  responseText?: string;
  response?: unknown;
  reason?: string;
  cause?: unknown;
};

export function classify(err: unknown): Failure {
  const e = err as ImapError;
  // RFC 5530 UNAVAILABLE: the server could not check the credentials just now (its identity
  // provider is down); a retry may pass, and "wrong password" would send the user the wrong way
  if (e?.authenticationFailed && e.serverResponseCode === 'UNAVAILABLE') return 'network';
  if (e?.authenticationFailed) return 'auth';
  // imapflow's plain Error when the server offers no mechanism for our credentials (e.g. no XOAUTH2)
  if (/^(Unsupported authentication mechanism|No matching authentication method)/.test(e?.message ?? '')) return 'auth';
  const code = e?.code ?? '';
  if (TLS_CODES.has(code) || TLS_CODES.has(((e?.cause ?? {}) as { code?: string }).code ?? '')) return 'tls';
  if (e?.mailboxMissing) return 'mailbox';
  if (NETWORK_CODES.has(code) || e?.tlsFailed) return 'network';
  return 'other';
}

function where(s: ImapSettings): string {
  return `${s.host}:${s.port}`;
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed (temporary)',
  ETIMEDOUT: 'connection timed out',
  CONNECT_TIMEOUT: 'connection timed out',
  GREETING_TIMEOUT: 'the server sent no greeting',
  ETIMEOUT: 'the server stopped answering',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
  NoConnection: 'connection lost',
  EConnectionClosed: 'connection lost',
};

/** One clear line for the user, with the exit code that goes with it. */
export function toLhsError(err: unknown, s: ImapSettings, context: { attempts?: number; mailbox?: string } = {}): LhsError {
  if (err instanceof LhsError) return err;
  const e = err as ImapError;
  const kind = classify(err);
  if (kind === 'auth') {
    const method = 'accessToken' in s.auth ? 'OAuth2 access token' : 'password';
    const said = e.responseText || (typeof e.response === 'string' ? e.response : '') || e.message;
    return new LhsError(
      `IMAP login refused for ${s.user} at ${where(s)} (${method}): ${said.trim() || 'authentication failed'}`,
      EXIT.imapAuth,
      { cause: err },
    );
  }
  if (kind === 'tls') {
    return new LhsError(
      `the certificate of ${where(s)} is not trusted (${e.message}); for a private CA give its certificate with --tls-ca FILE`,
      EXIT.imapTls,
      { cause: err },
    );
  }
  if (kind === 'mailbox') {
    return new LhsError(`no mailbox "${context.mailbox ?? e.message}" for ${s.user} at ${where(s)}`, EXIT.usage, { cause: err });
  }
  if (kind === 'network') {
    const words =
      e.serverResponseCode === 'UNAVAILABLE'
        ? `the server cannot check the login just now (${e.responseText?.replace(/\s*\[[^\]]*\]\s*$/, '').trim() || 'UNAVAILABLE'})`
        : (NETWORK_WORDS[e.code ?? ''] ?? e.message);
    const detail = e.reason ? `${words}: ${e.reason}` : words;
    const tries = context.attempts && context.attempts > 1 ? ` after ${context.attempts} attempts` : '';
    return new LhsError(`cannot reach the IMAP server ${where(s)}${tries}: ${detail}`, EXIT.imapNetwork, { cause: err });
  }
  return new LhsError(`IMAP error at ${where(s)}: ${e?.message ?? String(err)}`, EXIT.failure, { cause: err });
}

/** imapflow's options for these settings. A new client is made for every connection: a closed one cannot be reused. */
export function clientOptions(s: ImapSettings, log: Logger): ImapFlowOptions {
  const tls: ImapFlowOptions['tls'] = {};
  if (s.ca) tls.ca = s.ca;
  if (s.insecure) tls.rejectUnauthorized = false;
  // An IP address is not a valid SNI name; the certificate is still checked against it.
  const isIp = /^[\d.]+$|:/.test(s.host);
  return {
    host: s.host,
    port: s.port,
    secure: s.tls === 'implicit',
    doSTARTTLS: s.tls === 'starttls' ? true : undefined, // never fall back to cleartext
    servername: isIp ? undefined : s.host,
    tls,
    // OAuth2 tokens expire within the hour: a token file is read again for every connection
    auth: { user: s.user, ...(s.accessTokenFile ? { accessToken: readSecretFile(s.accessTokenFile, 'access token') } : s.auth) },
    logger: log,
    disableAutoIdle: true, // IDLE only where `lhs watch` asks for it
    qresync: false,
    connectionTimeout: 30_000,
    greetingTimeout: 16_000,
    socketTimeout: 5 * 60_000,
    clientInfo: { name: 'lhs', version: '0.1.0' },
  };
}

/**
 * Connects and logs in. The client always has an 'error' listener (an unhandled 'error' event
 * would end the process); its errors surface through the command that was running.
 */
export async function connect(s: ImapSettings, log: Logger): Promise<ImapFlow> {
  const client = new ImapFlow(clientOptions(s, log));
  client.on('error', (err: Error & { code?: string }) => log.debug({ code: err.code, err: err.message }, 'imap connection error'));
  try {
    await client.connect();
  } catch (err) {
    client.close();
    throw err;
  }
  return client;
}

/** Ends a session politely if it still can, and always closes the socket. */
export async function disconnect(client: ImapFlow | null): Promise<void> {
  if (!client) return;
  if (client.usable) {
    // A timer that keeps the process alive while it runs: an unref'd one would let Node exit
    // mid-await (exit 13) if LOGOUT never answers and the socket is already gone.
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([client.logout(), new Promise((r) => (timer = setTimeout(r, 2000)))]);
    } catch {
      // the server went away first: nothing to say goodbye to
    } finally {
      clearTimeout(timer);
    }
  }
  client.close();
}

/** Exponential backoff with full jitter, so many pollers do not reconnect in step. */
export function backoffMs(attempt: number, baseMs = 1000, maxMs = 60_000): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(cap / 2 + Math.random() * (cap / 2));
}

/** Waits, or stops waiting at once when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
