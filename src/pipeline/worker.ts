// Runs the message and extraction stages for one message at a time, in a child process whose
// heap and time the pool bounds: a hostile message can kill this process, not lhs.
import { buildTrustIndex, type TrustIndex } from '../extraction/extract.js';
import { processMessage, type ProcessOutcome } from './processMessage.js';
import { RESULT_BATCH, RESULT_DELAY_MS, type PoolMessage, type WorkerMessage } from './protocol.js';

let index: TrustIndex | null = null;

// jobs run one after another even if the pool sent the next one early
let chain: Promise<void> = Promise.resolve();
let waiting = 0;

/**
 * Answers go back in batches: every message sent costs both processes a system call and the
 * pool's process a wake-up, a tenth of all the time spent per message on two cores. A batch
 * goes when no job is waiting, when it is full, or when its oldest answer has waited long
 * enough that the pool's clock should hear of progress.
 */
let outbox: { id: number; out: ProcessOutcome }[] = [];
let oldest = 0;

function flush(): void {
  if (!outbox.length) return;
  const msg: WorkerMessage = { type: 'results', results: outbox };
  outbox = [];
  process.send!(msg);
}

process.on('message', (msg: PoolMessage) => {
  if (msg.type === 'init') {
    index = buildTrustIndex(msg.trusts);
    process.send!({ type: 'ready' } satisfies WorkerMessage);
    return;
  }
  waiting++;
  chain = chain.then(async () => {
    let out: ProcessOutcome;
    try {
      const raw = Buffer.from(msg.raw.buffer, msg.raw.byteOffset, msg.raw.byteLength);
      out = { ok: true, message: await processMessage(raw, index!) };
    } catch (err) {
      const e = err as Error;
      out = { ok: false, error: e instanceof RangeError ? `too deeply nested to read (${e.message})` : e.message || String(err) };
    }
    waiting--;
    if (!outbox.length) oldest = Date.now();
    outbox.push({ id: msg.id, out });
    if (waiting === 0 || outbox.length >= RESULT_BATCH || Date.now() - oldest >= RESULT_DELAY_MS) flush();
  });
});

// the pool ends this process; if the pool's process dies, so does this one
process.on('disconnect', () => process.exit(0));
