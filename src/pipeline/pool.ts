import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Trust } from '../extraction/types.js';
import type { ProcessOutcome } from './processMessage.js';

export interface PoolOptions {
  trusts: Trust[];
  /** worker threads; default: up to 2 (this is I/O-light CPU work) */
  size?: number;
  /** heap of one worker, MB: a message that needs more fails with that reason */
  maxHeapMb?: number;
  /** time for one message, ms */
  timeoutMs?: number;
}

/** The compiled worker beside this file; under vitest (running src/*.ts) the one in dist/. */
function workerFile(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const built = here.replace(/([\\/])src([\\/]pipeline[\\/]worker\.js)$/, '$1dist$2');
  if (existsSync(built)) return built;
  throw new Error(`cannot find the pipeline worker (${here}): run "npm run build"`);
}

interface Job {
  id: number;
  raw: Buffer;
  resolve: (o: ProcessOutcome) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Parses messages in worker threads with bounded memory and time. A message that
 * exhausts the heap, overflows or times out comes back as { ok: false, error } and the
 * worker is replaced; the caller carries on.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly opts: Required<PoolOptions>;

  constructor(opts: PoolOptions) {
    this.opts = {
      size: Math.max(1, Math.min(2, availableParallelism())),
      maxHeapMb: 256,
      timeoutMs: 30_000,
      ...opts,
    };
    for (let i = 0; i < this.opts.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(workerFile(), {
      workerData: { trusts: this.opts.trusts },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (msg: { id: number; out: ProcessOutcome }) => {
      if (!slot.job || slot.job.id !== msg.id) return;
      this.finish(slot, msg.out);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const why =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `parsing ran out of memory (over ${this.opts.maxHeapMb} MB)`
          : `parsing crashed: ${err.message}`;
      this.replace(slot, why);
    });
    worker.on('exit', () => {
      if (slot.job && !this.closed) this.replace(slot, 'parsing stopped unexpectedly');
    });
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, out: ProcessOutcome): void {
    const job = slot.job!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job.resolve(out);
    this.pump();
  }

  /** Ends a worker that failed or hung, answers its job with the reason, starts a fresh one. */
  private replace(slot: Slot, why: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[i] = this.spawn();
    if (job) job.resolve({ ok: false, error: why });
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.replace(slot, `parsing took longer than ${this.opts.timeoutMs / 1000} s`), this.opts.timeoutMs);
      slot.worker.postMessage({ id: job.id, raw: job.raw });
    }
    for (const slot of this.slots) if (!slot.job) slot.worker.unref();
  }

  /** Parses one message; never rejects. */
  process(raw: Buffer): Promise<ProcessOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, error: 'parse pool is closed' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, raw, resolve });
      this.pump();
    });
  }

  /** Jobs waiting or running: callers keep this bounded so memory stays flat. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
