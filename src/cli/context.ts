import type { Command } from 'commander';
import { resolveCommon, type CommonConfig } from '../config/config.js';
import { createLogger, type Logger } from '../log/logger.js';
import { openDb, type Db } from '../store/db.js';
import { ensureTrusts } from '../store/trusts.js';

export interface Context {
  config: CommonConfig;
  log: Logger;
  /** opens the database (migrated, trust list loaded) on first use */
  db(): Db;
  close(): void;
}

/** Settings from the global flags and the environment, a logger, and the database on demand. */
export function contextFor(cmd: Command): Context {
  const flags = cmd.optsWithGlobals<{ db?: string; logLevel?: string }>();
  const config = resolveCommon(flags);
  const log = createLogger(config.logLevel);
  let db: Db | undefined;
  return {
    config,
    log,
    db() {
      if (!db) {
        db = openDb(config.db);
        ensureTrusts(db);
      }
      return db;
    },
    close() {
      db?.close();
      db = undefined;
    },
  };
}

/** Plain words on a terminal, one JSON object with --json. */
export function print(json: boolean, value: unknown, words: () => string): void {
  process.stdout.write(json ? JSON.stringify(value) + '\n' : words() + '\n');
}
