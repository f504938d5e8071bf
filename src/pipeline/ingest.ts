import type { Logger } from 'pino';
import { PARSER_VERSION } from '../extraction/version.js';
import { describeOrigin } from '../source/files.js';
import type { RawMessage, SourceFailure } from '../source/types.js';
import type { Db } from '../store/db.js';
import { contentHash, findByHash, addSource, storeMessage, storeUnreadable, type StoreResult } from '../store/messages.js';
import type { RunCounts } from '../store/runs.js';
import type { ParsePool } from './pool.js';

export interface IngestOptions {
  /** called after each message is safely committed, in source order */
  onStored?: (item: RawMessage | SourceFailure, result: StoreResult) => void;
  /** messages parsed ahead of the one being stored; bounds memory */
  window?: number;
  log?: Logger;
  /** stop taking new messages (e.g. on SIGTERM); the ones in flight are finished and stored */
  signal?: AbortSignal;
}

type Pending = { item: RawMessage | SourceFailure; done: Promise<(db: Db) => StoreResult> };

/**
 * Source → message → extraction → store, for a stream of raw messages. Parsing runs in the
 * pool ahead of storing; storing is in source order, one transaction per message, so a caller
 * that checkpoints in onStored never skips a message.
 */
export async function ingest(
  db: Db,
  pool: ParsePool,
  items: AsyncIterable<RawMessage | SourceFailure>,
  opts: IngestOptions = {},
): Promise<RunCounts> {
  const counts: RunCounts = { new: 0, known: 0, failed: 0 };
  const window = opts.window ?? 8;
  const inFlight: Pending[] = [];

  const prepare = (item: RawMessage | SourceFailure): Pending => {
    if ('error' in item) return { item, done: Promise.resolve((d: Db) => storeUnreadable(d, item.origin, item.error)) };
    const sha = contentHash(item.raw);
    const known = findByHash(db, sha);
    if (known !== null) {
      // already stored: record where it was seen again, and skip the parse
      return {
        item,
        done: Promise.resolve((d: Db) => {
          addSource(d, known, item.origin);
          return { status: 'known' as const, id: known };
        }),
      };
    }
    return { item, done: pool.process(item.raw).then((outcome) => (d: Db) => storeMessage(d, item.origin, item.raw, outcome, PARSER_VERSION, sha)) };
  };

  const drainOne = async () => {
    const head = inFlight.shift()!;
    const store = await head.done;
    const result = store(db);
    counts[result.status]++;
    if (result.status === 'failed') {
      const why = 'error' in head.item ? head.item.error : (db.prepare('SELECT error FROM messages WHERE id = ?').get(result.id) as { error: string }).error;
      opts.log?.warn({ source: describeOrigin(head.item.origin), error: why }, 'message could not be parsed; stored as failed');
    }
    opts.onStored?.(head.item, result);
  };

  for await (const item of items) {
    inFlight.push(prepare(item));
    if (inFlight.length >= window) await drainOne();
    if (opts.signal?.aborted) break;
  }
  while (inFlight.length) await drainOne();
  return counts;
}
