// Runs the message and extraction stages for one message at a time, in a child process whose
// heap and time the pool bounds: a hostile message can kill this process, not lhs.
import { buildTrustIndex, type TrustIndex } from '../extraction/extract.js';
import type { Trust } from '../extraction/types.js';
import { processMessage, type ProcessOutcome } from './processMessage.js';

type Msg = { type: 'init'; trusts: Trust[] } | { type: 'job'; id: number; raw: Uint8Array };

let index: TrustIndex | null = null;

// jobs run one after another even if the pool sent the next one early
let chain: Promise<void> = Promise.resolve();

process.on('message', (msg: Msg) => {
  if (msg.type === 'init') {
    index = buildTrustIndex(msg.trusts);
    process.send!({ type: 'ready' });
    return;
  }
  chain = chain.then(async () => {
    let out: ProcessOutcome;
    try {
      const raw = Buffer.from(msg.raw.buffer, msg.raw.byteOffset, msg.raw.byteLength);
      out = { ok: true, message: await processMessage(raw, index!) };
    } catch (err) {
      const e = err as Error;
      out = { ok: false, error: e instanceof RangeError ? `too deeply nested to read (${e.message})` : e.message || String(err) };
    }
    process.send!({ id: msg.id, out });
  });
});

// the pool ends this process; if the pool's process dies, so does this one
process.on('disconnect', () => process.exit(0));
