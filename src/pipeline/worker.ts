// Runs the message and extraction stages for one message at a time, inside a worker
// whose heap and time the pool bounds: a hostile message can kill this thread, not lhs.
import { parentPort, workerData } from 'node:worker_threads';
import { buildTrustIndex } from '../extraction/extract.js';
import type { Trust } from '../extraction/types.js';
import { processMessage, type ProcessOutcome } from './processMessage.js';

const index = buildTrustIndex((workerData as { trusts: Trust[] }).trusts);

parentPort!.on('message', async (job: { id: number; raw: Uint8Array }) => {
  let out: ProcessOutcome;
  try {
    const raw = Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength);
    out = { ok: true, message: await processMessage(raw, index) };
  } catch (err) {
    const e = err as Error;
    out = { ok: false, error: e instanceof RangeError ? `too deeply nested to read (${e.message})` : e.message || String(err) };
  }
  parentPort!.postMessage({ id: job.id, out });
});
