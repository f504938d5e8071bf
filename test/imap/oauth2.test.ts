// Login with an OAuth2 access token, as NHSmail (Exchange Online) needs: a real Dovecot that
// offers only XOAUTH2 beside passwords and checks each token at an RFC 7662 introspection
// endpoint served by this test; the token is the user's, the login name the mailbox's.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { dbFacts, hasDovecot, hasStackTrace, lhsSpawn, sayIfSkipped, startServer, synthetic, type TestServer } from './server.js';

sayIfSkipped('test/imap/oauth2.test.ts');

const IMAP_PORT = 13143;
const IMAPS_PORT = 13993;
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.lhs-test-token.c2lnbmF0dXJl';

/** The token endpoint's side: active for TOKEN (user alice), down for 'provider-down', inactive for anything else. */
function introspection(seen: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d));
    req.on('end', () => {
      const token = new URLSearchParams(body).get('token') ?? '';
      seen.push(token);
      if (token === 'provider-down') {
        res.statusCode = 503;
        return res.end();
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(token === TOKEN ? { active: 'true', username: 'alice' } : { active: 'false' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasDovecot)('lhs poll with an OAuth2 access token (XOAUTH2), against Dovecot', () => {
  let srv: TestServer;
  let http: Server;
  let work: string;
  const seen: string[] = [];

  beforeAll(async () => {
    http = await introspection(seen);
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/introspect`;
    srv = startServer(IMAP_PORT, IMAPS_PORT, { oauth2IntrospectionUrl: url });
    srv.seed(synthetic(5, 4242));
    work = tempDir('lhs-imap-oauth2-');
  });
  afterAll(() => {
    srv?.stop();
    http?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('polls with the token from LHS_IMAP_ACCESS_TOKEN; the token never reaches the logs', async () => {
    const db = join(work, 'env.sqlite');
    const env = srv.env({ LHS_IMAP_PASSWORD: undefined, LHS_IMAP_ACCESS_TOKEN: TOKEN, LHS_LOG_LEVEL: 'debug' });
    // spawned, not run synchronously: the token endpoint answers from this process
    const r = await lhsSpawn(['--db', db, 'poll', '--json'], env).done;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 5, failed: 0 });
    expect(dbFacts(db).messages).toBe(5);
    expect(seen).toContain(TOKEN); // the server did check this token, not a password
    expect(r.stderr).toMatch(/"\d+ AUTHENTICATE XOAUTH2 /); // imapflow's debug line: the mechanism Exchange Online offers
    expect(r.stderr).not.toContain(TOKEN);
    expect(r.stderr).not.toContain(Buffer.from(`user=alice\x01auth=Bearer ${TOKEN}\x01\x01`).toString('base64'));
  }, 60_000);

  it('reads the token from --access-token-file', async () => {
    const file = join(work, 'token');
    writeFileSync(file, `${TOKEN}\n`, { mode: 0o600 });
    const db = join(work, 'file.sqlite');
    const env = srv.env({ LHS_IMAP_PASSWORD: undefined, LHS_IMAP_ACCESS_TOKEN: undefined });
    const r = await lhsSpawn(['--db', db, 'poll', '--json', '--access-token-file', file], env).done;
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 5 });
  }, 60_000);

  it('an expired or revoked token: exit 5, one line that names the token as the way in, no stack', async () => {
    const db = join(work, 'refused.sqlite');
    const env = srv.env({ LHS_IMAP_PASSWORD: undefined, LHS_IMAP_ACCESS_TOKEN: 'expired-token' });
    const r = await lhsSpawn(['--db', db, 'poll'], env).done;
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^lhs: IMAP login refused for alice at 127\.0\.0\.1:\d+ \(OAuth2 access token\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  }, 60_000);

  it('the identity provider down (the server answers UNAVAILABLE): retried, then exit 6, not a login refusal', async () => {
    const db = join(work, 'down.sqlite');
    const env = srv.env({ LHS_IMAP_PASSWORD: undefined, LHS_IMAP_ACCESS_TOKEN: 'provider-down' });
    const r = await lhsSpawn(['--db', db, 'poll', '--retries', '1'], env).done;
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/^lhs: cannot reach the IMAP server 127\.0\.0\.1:\d+ after 2 attempts: the server cannot check the login just now \(Temporary authentication failure\.?\)\n$/m);
    expect(hasStackTrace(r.stderr)).toBe(false);
  }, 60_000);
});
