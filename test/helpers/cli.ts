import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'lhs.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `lhs` command as a child process. */
export function lhs(args: string[], opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder for one test's database and files. */
export function tempDir(prefix = 'lhs-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** JSON Lines output to objects. */
export function jsonLines<T = Record<string, unknown>>(s: string): T[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}
