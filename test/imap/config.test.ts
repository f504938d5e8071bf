// IMAP settings and error mapping: plain functions, no server needed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeImap, resolveImap } from '../../src/config/imap.js';
import { EXIT, LhsError } from '../../src/errors.js';
import { backoffMs, classify, toLhsError } from '../../src/source/imap/connection.js';
import { tempDir } from '../helpers/cli.js';

const base = { LHS_IMAP_HOST: 'imap.example.org', LHS_IMAP_USER: 'england.cso@nhs.net', LHS_IMAP_PASSWORD: 'pw' };

function usageError(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(LhsError);
    expect((err as LhsError).exitCode).toBe(EXIT.usage);
    return (err as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('resolveImap', () => {
  it('environment alone is enough; defaults: implicit TLS on 993, INBOX, 3 retries', () => {
    const s = resolveImap({}, base);
    expect(s).toMatchObject({ host: 'imap.example.org', port: 993, tls: 'implicit', mailboxes: ['INBOX'], retries: 3, insecure: false });
    expect(s.auth).toEqual({ pass: 'pw' });
    expect(s.account).toBe('england.cso@nhs.net@imap.example.org');
  });

  it('STARTTLS defaults to 143; flags win over the environment', () => {
    expect(resolveImap({}, { ...base, LHS_IMAP_TLS: 'starttls' }).port).toBe(143);
    const s = resolveImap({ host: 'other', port: '1993', mailbox: ['A', 'B'] }, { ...base, LHS_IMAP_PORT: '7', LHS_IMAP_MAILBOX: 'X' });
    expect(s).toMatchObject({ host: 'other', port: 1993, mailboxes: ['A', 'B'] });
  });

  it('several mailboxes from LHS_IMAP_MAILBOX, comma-separated, blanks and repeats dropped', () => {
    expect(resolveImap({}, { ...base, LHS_IMAP_MAILBOX: 'INBOX, Replies ,,INBOX' }).mailboxes).toEqual(['INBOX', 'Replies']);
  });

  it('an access token (XOAUTH2) instead of a password; both at once is a mistake', () => {
    const { LHS_IMAP_PASSWORD: _, ...noPw } = base;
    expect(resolveImap({}, { ...noPw, LHS_IMAP_ACCESS_TOKEN: 'tok' }).auth).toEqual({ accessToken: 'tok' });
    expect(usageError(() => resolveImap({}, { ...base, LHS_IMAP_ACCESS_TOKEN: 'tok' }))).toMatch(/both a password and an OAuth2 access token/);
    expect(usageError(() => resolveImap({}, noPw))).toMatch(/no IMAP credentials/);
  });

  it('secrets from files: the first line, read without the newline', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'pw'), 's3cret\n');
    writeFileSync(join(dir, 'empty'), '');
    const { LHS_IMAP_PASSWORD: _, ...noPw } = base;
    expect(resolveImap({ passwordFile: join(dir, 'pw') }, noPw).auth).toEqual({ pass: 's3cret' });
    expect(resolveImap({ accessTokenFile: join(dir, 'pw') }, noPw)).toMatchObject({ auth: { accessToken: 's3cret' }, accessTokenFile: join(dir, 'pw') });
    expect(usageError(() => resolveImap({ passwordFile: join(dir, 'empty') }, noPw))).toMatch(/is empty/);
    expect(usageError(() => resolveImap({ passwordFile: join(dir, 'nope') }, noPw))).toMatch(/cannot read the password file .*ENOENT/);
  });

  it('bad values stop with one line naming where they came from', () => {
    expect(usageError(() => resolveImap({}, { ...base, LHS_IMAP_PORT: '99999' }))).toBe('invalid port "99999" in LHS_IMAP_PORT (1 to 65535)');
    expect(usageError(() => resolveImap({}, { ...base, LHS_IMAP_TLS: 'ssl' }))).toBe('invalid TLS mode "ssl" in LHS_IMAP_TLS (implicit or starttls)');
    expect(usageError(() => resolveImap({ retries: 'x' }, base))).toMatch(/invalid --retries/);
    expect(usageError(() => resolveImap({}, { ...base, LHS_IMAP_TLS_CA: '/nonexistent/ca.pem' }))).toMatch(/cannot read the CA file/);
    expect(usageError(() => resolveImap({}, { LHS_IMAP_USER: 'u' }))).toMatch(/no IMAP server/);
  });

  it('describeImap has no secret in it', () => {
    const text = JSON.stringify(describeImap(resolveImap({}, { ...base, LHS_IMAP_PASSWORD: 'Very-Secret-1' })));
    expect(text).not.toContain('Very-Secret-1');
    expect(text).toContain('"authMethod":"password"');
  });
});

describe('connection failures', () => {
  const s = resolveImap({}, base);

  it('classify: login, certificate, network, missing mailbox', () => {
    expect(classify(Object.assign(new Error('Authentication failed'), { authenticationFailed: true }))).toBe('auth');
    expect(classify(new Error('Unsupported authentication mechanism'))).toBe('auth');
    expect(classify(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }))).toBe('tls');
    expect(classify(Object.assign(new Error("Hostname/IP does not match certificate's altnames"), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }))).toBe('tls');
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'NoConnection', 'ETIMEOUT', 'CONNECT_TIMEOUT', 'ECONNRESET']) {
      expect(classify(Object.assign(new Error(code), { code }))).toBe('network');
    }
    expect(classify(Object.assign(new Error('no such mailbox'), { mailboxMissing: true }))).toBe('mailbox');
    expect(classify(new Error('something else'))).toBe('other');
  });

  it('toLhsError: one line, the documented exit code', () => {
    const auth = toLhsError(Object.assign(new Error('x'), { authenticationFailed: true, responseText: '[AUTHENTICATIONFAILED] Authentication failed.' }), s);
    expect(auth).toMatchObject({ exitCode: EXIT.imapAuth, message: 'IMAP login refused for england.cso@nhs.net at imap.example.org:993 (password): [AUTHENTICATIONFAILED] Authentication failed.' });
    expect(toLhsError(Object.assign(new Error('e'), { code: 'ENOTFOUND' }), s, { attempts: 4 })).toMatchObject({
      exitCode: EXIT.imapNetwork,
      message: 'cannot reach the IMAP server imap.example.org:993 after 4 attempts: host name not found',
    });
    expect(toLhsError(Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }), s).exitCode).toBe(EXIT.imapTls);
  });

  it('backoff grows, is capped, and is jittered', () => {
    const samples = (attempt: number) => Array.from({ length: 200 }, () => backoffMs(attempt, 1000, 60_000));
    for (const v of samples(1)) expect(v).toBeGreaterThanOrEqual(500), expect(v).toBeLessThanOrEqual(1000);
    for (const v of samples(4)) expect(v).toBeGreaterThanOrEqual(4000), expect(v).toBeLessThanOrEqual(8000);
    for (const v of samples(20)) expect(v).toBeGreaterThanOrEqual(30_000), expect(v).toBeLessThanOrEqual(60_000);
    expect(new Set(samples(4)).size).toBeGreaterThan(50);
  });
});
