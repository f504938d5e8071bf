import type { FetchMessageObject, ImapFlow, MailboxObject } from 'imapflow';
import type { Logger } from 'pino';
import type { ImapSettings } from '../../config/imap.js';
import { EXIT, LhsError } from '../../errors.js';
import { ingest } from '../../pipeline/ingest.js';
import type { ParsePool } from '../../pipeline/pool.js';
import {
  advanceCheckpoint,
  getCheckpoint,
  knownUidValidities,
  startGeneration,
  storedFromMailbox,
} from '../../store/checkpoints.js';
import type { Db } from '../../store/db.js';
import { addSource } from '../../store/messages.js';
import type { RunCounts } from '../../store/runs.js';
import { MAX_MESSAGE_BYTES } from '../files.js';
import type { RawMessage, SourceFailure } from '../types.js';

export interface PassOptions {
  log: Logger;
  /** stop after the message in hand: it is stored and checkpointed first */
  signal?: AbortSignal;
  /** UIDs per FETCH command: bounds what the server streams at us between checkpoints */
  batchSize?: number;
  /** messages parsed ahead of the one being stored */
  window?: number;
}

export interface PassResult {
  mailbox: string;
  uidValidity: number;
  counts: RunCounts;
  /** messages already stored from an earlier UIDVALIDITY, recognised by Message-ID without fetching */
  recognised: number;
  moved: number;
  /** the UIDVALIDITY was new and the mailbox had another before: a full pass */
  resync: boolean;
  /** the connection dropped part way: what was stored is checkpointed, the rest waits for a new connection */
  lost?: unknown;
  /** the mailbox's message count when its new UIDs were listed: a different count later means mail came meanwhile */
  existsListed: number;
}

interface Candidate {
  uid: number;
  size: number;
  messageId: string | null;
}

/**
 * The new mail of one mailbox, in UID order, in batches: one FETCH per batch, and nothing else
 * sent while a FETCH streams (another command inside the loop deadlocks imapflow). A dropped
 * connection ends the stream quietly and is handed back in `state.lost`, so the messages already
 * fetched are still stored before the caller reconnects.
 */
async function* fetchInBatches(
  client: ImapFlow,
  origin: { account: string; mailbox: string; uidValidity: number },
  wanted: Candidate[],
  state: { lost?: unknown },
  opts: { batchSize: number; signal?: AbortSignal; betweenBatches: () => Promise<void> },
): AsyncGenerator<RawMessage | SourceFailure> {
  const tooBig = (c: Candidate) => c.size > MAX_MESSAGE_BYTES;
  for (let i = 0; i < wanted.length; i += opts.batchSize) {
    if (opts.signal?.aborted) return;
    const batch = wanted.slice(i, i + opts.batchSize);
    await opts.betweenBatches();
    const big = batch.filter(tooBig);
    const uids = batch.filter((c) => !tooBig(c)).map((c) => c.uid);
    const failure = (c: Candidate): SourceFailure => ({
      origin: { type: 'imap', ...origin, uid: c.uid },
      error: `message is ${c.size} bytes, over the ${MAX_MESSAGE_BYTES}-byte limit for one message; not fetched`,
    });
    if (uids.length) {
      try {
        for await (const msg of client.fetch(uids, { uid: true, source: true }, { uid: true }) as AsyncIterable<FetchMessageObject>) {
          while (big.length && big[0]!.uid < msg.uid) yield failure(big.shift()!);
          if (!msg.source) continue; // expunged between the listing and the fetch
          yield { origin: { type: 'imap', ...origin, uid: msg.uid }, raw: msg.source };
        }
      } catch (err) {
        state.lost = err;
        return;
      }
    }
    for (const c of big) yield failure(c);
  }
}

/**
 * One pass over one mailbox: every message above the checkpoint for this UIDVALIDITY is stored
 * (with its extraction, one transaction each, in UID order) and the checkpoint follows each
 * commit. A crash at any moment loses nothing: what was committed is found again by content
 * hash, what was not is fetched again.
 */
export async function pollMailbox(
  client: ImapFlow,
  db: Db,
  pool: () => ParsePool,
  s: ImapSettings,
  mailbox: string,
  opts: PassOptions,
): Promise<PassResult> {
  const log = opts.log.child({ mailbox });
  // Read-only (EXAMINE) unless messages are to be moved: the mailbox is shared, and people
  // rely on what they have and have not read.
  // Already selected (watch, between IDLEs): the SELECT figures are stale, so ask the server.
  const alreadyOpen = client.mailbox !== false && client.mailbox.path === mailbox;
  const lock = await client.getMailboxLock(mailbox, { readOnly: !s.moveTo, description: 'lhs poll' });
  const result: PassResult = {
    mailbox,
    uidValidity: 0,
    counts: { new: 0, known: 0, failed: 0 },
    recognised: 0,
    moved: 0,
    resync: false,
    existsListed: 0,
  };
  try {
    const box = client.mailbox as MailboxObject;
    const uidValidity = Number(box.uidValidity);
    const modseq = box.highestModseq !== undefined ? String(box.highestModseq) : null;
    result.uidValidity = uidValidity;
    result.existsListed = box.exists;
    const origin = { account: s.account, mailbox, uidValidity };

    let cp = getCheckpoint(db, s.account, mailbox, uidValidity);
    if (!cp) {
      const earlier = knownUidValidities(db, s.account, mailbox);
      if (earlier.length) {
        log.warn(
          { uidValidity, earlier: earlier[0] },
          'the mailbox UIDVALIDITY changed: reading all of it again; messages already stored are recognised by content and Message-ID',
        );
      }
      cp = startGeneration(db, s.account, mailbox, uidValidity, earlier.length ? box.uidNext : null);
    }
    result.resync = cp.resyncBelow !== null && cp.lastUid < cp.resyncBelow;
    let lastUid = cp.lastUid;

    const stored: number[] = [];
    const moveStored = async () => {
      if (!s.moveTo || !stored.length) return;
      const uids = stored.splice(0);
      await client.messageMove(uids, s.moveTo, { uid: true });
      result.moved += uids.length;
    };
    // A missing destination would fail only after the first batch is stored: say so first.
    if (s.moveTo && !(await client.status(s.moveTo, { messages: true }).catch(() => false))) {
      throw new LhsError(`no folder "${s.moveTo}" to move stored messages to, for ${s.user} at ${s.host}:${s.port}`, EXIT.usage);
    }
    // Messages stored earlier whose move did not happen (a crash between commit and MOVE).
    if (s.moveTo && lastUid > 0 && box.exists > 0) {
      const left = ((await client.search({ uid: `1:${lastUid}` }, { uid: true })) || []) as number[];
      stored.push(...left.filter((u) => u <= lastUid));
      await moveStored();
    }

    // Nothing new: UIDNEXT from a fresh SELECT says so without another command.
    if (!alreadyOpen && box.uidNext - 1 <= lastUid) {
      advanceCheckpoint(db, { ...origin, lastUid, highestModseq: modseq });
      return result;
    }

    // Collect the UIDs first (with sizes, and Message-IDs on a resync), then fetch in batches.
    const resyncBelow = cp.resyncBelow ?? 0;
    const listed = await client.fetchAll(
      `${lastUid + 1}:*`,
      { uid: true, size: true, envelope: result.resync },
      { uid: true },
    );
    result.existsListed = (client.mailbox as MailboxObject).exists;
    const fresh: Candidate[] = listed
      .filter((m) => m.uid > lastUid) // `N:*` returns the last message even when nothing is above N
      .map((m) => ({ uid: m.uid, size: m.size ?? 0, messageId: m.envelope?.messageId ?? null }))
      .sort((a, b) => a.uid - b.uid);

    // After a UIDVALIDITY change, mail already stored from this mailbox (same Message-ID) only
    // gains a source row under its new UID: its bytes may differ (a server migration rewrites headers).
    const wanted: Candidate[] = [];
    if (result.resync) {
      db.transaction(() => {
        for (const c of fresh) {
          const known = c.uid < resyncBelow && c.messageId ? storedFromMailbox(db, s.account, mailbox, c.messageId) : null;
          if (known === null) wanted.push(c);
          else {
            addSource(db, known, { type: 'imap', ...origin, uid: c.uid });
            stored.push(c.uid);
            result.recognised++;
          }
        }
      })();
    } else wanted.push(...fresh);
    log.debug({ uidValidity, lastUid, fresh: fresh.length, fetch: wanted.length }, 'new mail found');

    const state: { lost?: unknown } = {};
    const batchSize = opts.batchSize ?? 500;
    if (!wanted.length) {
      advanceCheckpoint(db, { ...origin, lastUid: Math.max(lastUid, fresh.at(-1)?.uid ?? 0), highestModseq: modseq });
      await moveStored();
      return result;
    }
    result.counts = await ingest(
      db,
      pool(),
      fetchInBatches(client, origin, wanted, state, { batchSize, signal: opts.signal, betweenBatches: moveStored }),
      {
        log,
        signal: opts.signal,
        window: opts.window ?? 32,
        onStored: (item) => {
          if (item.origin.type !== 'imap') return;
          // after the commit, never before: a crash in between only means fetching it again
          advanceCheckpoint(db, { ...origin, lastUid: item.origin.uid });
          lastUid = item.origin.uid;
          stored.push(item.origin.uid);
        },
      },
    );

    if (state.lost) {
      result.lost = state.lost;
      return result;
    }
    const complete = !opts.signal?.aborted;
    if (complete && fresh.length) lastUid = Math.max(lastUid, fresh[fresh.length - 1]!.uid);
    advanceCheckpoint(db, { ...origin, lastUid, highestModseq: complete ? modseq : null });
    await moveStored();
    return result;
  } finally {
    lock.release();
  }
}
