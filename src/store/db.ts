import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { chmodSync, closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, LhsError } from '../errors.js';

export type Db = Database.Database;

// better-sqlite3 loads when a database is opened, not when lhs starts: `lhs --help` stays fast.
const require = createRequire(import.meta.url);
const sqlite = (): typeof Database => require('better-sqlite3') as typeof Database;

/** migrations/ at the project root, beside src/ and dist/. */
export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads NNN_name.sql files in order. Numbers must be unique. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const list = readdirSync(dir)
    .map((f) => /^(\d+)_([\w-]+)\.sql$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, m[0]), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.version === list[i - 1]!.version) throw new Error(`two migrations numbered ${list[i]!.version} in ${dir}`);
  }
  return list;
}

const APPLICATION_ID = 0x4c485331; // "LHS1": marks the file as an lhs database

/**
 * Opens (creating if needed) the lhs database: owner-only file, WAL, busy timeout,
 * foreign keys, and every pending migration applied in one transaction each.
 */
export function openDb(path: string, options: { readonly?: boolean; migrations?: Migration[] } = {}): Db {
  const file = resolve(path);
  const isNew = !existsSync(file);
  if (isNew && options.readonly) throw new LhsError(`no database at ${file} (run "lhs import" or "lhs poll" first)`, EXIT.database);
  if (isNew) {
    // Create it owner-only before SQLite writes a byte: it holds personal data.
    try {
      closeSync(openSync(file, 'wx', 0o600));
    } catch (err) {
      throw new LhsError(`cannot create database ${file}: ${(err as Error).message}`, EXIT.database, { cause: err });
    }
  }
  let db: Db;
  try {
    db = new (sqlite())(file, { readonly: options.readonly ?? false, timeout: 5000 });
  } catch (err) {
    throw new LhsError(`cannot open database ${file}: ${(err as Error).message}`, EXIT.database, { cause: err });
  }
  try {
    checkIsLhs(db, file);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      chmodSync(file, 0o600);
    }
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    if (!options.readonly) migrate(db, options.migrations ?? loadMigrations());
  } catch (err) {
    db.close();
    if (err instanceof LhsError) throw err;
    throw new LhsError(`database ${file}: ${describeSqliteError(err)}`, EXIT.database, { cause: err });
  }
  return db;
}

function describeSqliteError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED') return 'locked by another process; try again when it has finished';
  if (e.code === 'SQLITE_NOTADB') return 'not an SQLite database';
  return e.message ?? String(err);
}

/** Refuses SQLite files that some other program made. */
function checkIsLhs(db: Db, file: string): void {
  let appId: number;
  let tables: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  } catch (err) {
    throw new LhsError(`${file} is not an lhs database: ${describeSqliteError(err)}`, EXIT.database, { cause: err });
  }
  if (appId === APPLICATION_ID) return;
  if (appId === 0 && tables === 0) return; // empty: a new database
  throw new LhsError(`${file} is not an lhs database`, EXIT.database);
}

/** Applies every migration newer than the recorded one, each in its own transaction. */
export function migrate(db: Db, migrations: Migration[]): number {
  const marked = db.pragma('application_id', { simple: true }) === APPLICATION_ID;
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  if (!marked || !hasTable) {
    // the mark and the migrations table in one transaction: a kill between them would leave a
    // file that checkIsLhs refuses. Written only when missing, so opens do not write.
    db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      if (!marked) db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  let applied = 0;
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    applied++;
  }
  return applied;
}
