import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Trust } from '../extraction/types.js';
import type { ProcessOutcome } from './processMessage.js';
import type { PoolMessage, WorkerMessage } from './protocol.js';

export interface PoolOptions {
  trusts: Trust[];
  /** parser processes; default: defaultPoolSize() */
  size?: number;
  /** heap of one parser process, MB: a message that needs more fails with that reason */
  maxHeapMb?: number;
  /** time for one message, ms */
  timeoutMs?: number;
  /** a larger message is not parsed: it fails at once with that reason (its raw bytes are still stored) */
  maxMessageBytes?: number;
  /** messages sent to one parser before its answers come back; see IN_FLIGHT */
  inFlight?: number;
}

/** Largest message handed to a parser: a 30 MB attachment (about 41 MB as base64) is refused. */
export const MAX_PARSE_BYTES = 32 * 1024 * 1024;

/**
 * Young-generation semi-space of a parser process, MB. V8's default (16) lets each process
 * hold tens of MB of short-lived garbage; 2 kept a parser near 100 MB but more than doubled
 * the time a message takes (5.3 against 2.4 ms: scavenges all the time). 4 is as fast as 16
 * and still small. (Forcing full collections with --expose-gc cost 2 ms a message.)
 */
const SEMI_SPACE_MB = 4;

/**
 * V8 flags of a parser process on a machine with no core to spare for V8's own helper threads
 * (concurrent marking, background compiling): where the parsers and lhs's main process already
 * fill every core, those threads only take turns with them. Measured with `lhs parse --json` on
 * 10,000 messages on two cores (two parsers): 12.2-12.8 s with --single-threaded against
 * 13.8-14.5 s without, and 23-24 CPU seconds against 26-27.
 */
function v8Flags(parsers: number): string[] {
  return availableParallelism() <= parsers + 1 ? ['--single-threaded'] : [];
}

/**
 * Messages handed to one parser ahead of its answers. With one at a time the parser sits idle
 * for every round trip (a quarter of its time, profiled on 10,000 messages); with a queue it
 * goes straight on to the next, and its answers come back in batches (protocol.ts).
 */
const IN_FLIGHT = 16;

/**
 * Parser processes that may fail in a row before they are loaded: past that the parser cannot
 * start at all (a broken install, a trust list it cannot read), and starting more would loop.
 */
const START_ATTEMPTS = 3;

/** Raw bytes queued in one parser at most (one message of any size is always let through). */
const IN_FLIGHT_BYTES = 16 * 1024 * 1024;

/**
 * One parser process per core that the main process leaves free, at most two: the main
 * process reads, hashes and stores, and each parser holds 70-100 MB, so on a two-core machine
 * one parser keeps an import of 10,000 messages well under 300 MB.
 */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
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
  /** was in flight when its parser failed: runs alone, so a second failure is surely its own */
  suspect: boolean;
}

interface Slot {
  child: ChildProcess;
  /** sent and not yet answered, in the order the parser takes them */
  jobs: Job[];
  /** raw bytes of those jobs */
  bytes: number;
  timer: NodeJS.Timeout | null;
  /** the end of the child's stderr: V8 writes its out-of-memory report there */
  stderr: string;
  done: boolean;
  /** loaded and holding the trust index: a job's time runs from here, not from process start */
  ready: boolean;
}

/**
 * Parses messages in child processes with bounded heap and time. A process, not a worker
 * thread: V8 can abort the whole process when a worker thread's heap runs out during a
 * background allocation (nodejs/node#47224), and no handler survives that. A message that
 * exhausts the heap, crashes the parser or times out comes back as { ok: false, error }, the
 * process is replaced, and the caller carries on.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** parsers that ended before they were loaded, since the last one that loaded */
  private startFailures = 0;
  /** why no parser can start: every job fails with it */
  private broken: string | null = null;
  private readonly opts: Required<PoolOptions>;

  constructor(opts: PoolOptions) {
    this.opts = {
      size: defaultPoolSize(),
      maxHeapMb: 256,
      timeoutMs: 30_000,
      maxMessageBytes: MAX_PARSE_BYTES,
      inFlight: IN_FLIGHT,
      ...opts,
    };
  }

  private spawn(): Slot {
    const child = fork(workerFile(), [], {
      execArgv: [`--max-old-space-size=${this.opts.maxHeapMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, ...v8Flags(this.opts.size)],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, jobs: [], bytes: 0, timer: null, stderr: '', done: false, ready: false };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (s: string) => {
      slot.stderr = (slot.stderr + s).slice(-4096);
    });
    child.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        this.startFailures = 0;
      }
      else for (const { id, out } of msg.results) if (slot.jobs[0]?.id === id) this.finish(slot, out);
      this.pump();
    });
    child.on('error', (err) => this.replace(slot, `parsing crashed: ${err.message}`));
    child.on('exit', (code, signal) => {
      if (slot.done || this.closed) return;
      // stderr may still be draining: give it a moment so the reason is right
      setTimeout(() => {
        const oom = /heap out of memory|Reached heap limit|Allocation failed/i.test(slot.stderr);
        const why = oom
          ? `parsing ran out of memory (over ${this.opts.maxHeapMb} MB)`
          : `parsing stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})`;
        this.replace(slot, why);
      }, 20);
    });
    child.send({ type: 'init', trusts: this.opts.trusts } satisfies PoolMessage);
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, out: ProcessOutcome): void {
    const job = slot.jobs.shift()!;
    slot.bytes -= job.raw.length;
    this.startClock(slot);
    job.resolve(out);
  }

  /**
   * The time limit runs from the parser's last answer (or from the job it was given when idle).
   * It answers at least every RESULT_DELAY_MS while it finishes messages, so a lapse is one
   * message taking too long, though not necessarily the first unanswered one.
   */
  private startClock(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = slot.jobs.length
      ? setTimeout(() => this.replace(slot, `parsing took longer than ${this.opts.timeoutMs / 1000} s`), this.opts.timeoutMs)
      : null;
  }

  /**
   * Ends a process that failed or hung and answers for its jobs; a fresh one starts when needed.
   * A parser sends its answers in batches, so when it fails with several jobs unanswered, any of
   * them may be the cause (the ones before it finished, their answers unsent): each runs again
   * alone, and the one that fails alone takes the blame. A hostile message so costs its time
   * limit twice, and no good message is lost.
   */
  private replace(slot: Slot, why: string): void {
    if (slot.done) return;
    slot.done = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const jobs = slot.jobs;
    if (slot.timer) clearTimeout(slot.timer);
    slot.jobs = [];
    slot.bytes = 0;
    slot.child.removeAllListeners('message');
    if (slot.child.exitCode === null && slot.child.signalCode === null) slot.child.kill('SIGKILL');
    if (!slot.ready && ++this.startFailures >= START_ATTEMPTS && !this.broken) {
      const said = slot.stderr.trim().split('\n').find((l) => /error/i.test(l))?.trim();
      this.broken = `the parser process could not start (${(said ?? why).slice(0, 300)})`;
    }
    if (this.broken) {
      for (const job of [...jobs, ...this.queue.splice(0)]) job.resolve({ ok: false, error: this.broken });
      return;
    }
    if (jobs.length === 1) {
      jobs[0]!.resolve({ ok: false, error: why });
    } else {
      for (const job of jobs) job.suspect = true;
      this.queue.unshift(...jobs);
    }
    if (!this.closed) this.pump();
  }

  private pump(): void {
    while (this.queue.length) {
      // the ready parser with the shortest queue, if it has room; a suspect only to an idle one, and nothing after it
      const alone = this.queue[0]!.suspect;
      let slot: Slot | null = null;
      for (const s of this.slots) {
        if (!s.ready || s.done || s.jobs[0]?.suspect) continue;
        const room = s.jobs.length === 0 || (!alone && s.jobs.length < this.opts.inFlight && s.bytes < IN_FLIGHT_BYTES);
        if (room && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
      }
      if (!slot) break;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.bytes += job.raw.length;
      if (slot.jobs.length === 1) this.startClock(slot);
      slot.child.send({ type: 'job', id: job.id, raw: job.raw } satisfies PoolMessage);
    }
    // start more parsers while jobs wait and the pool has room
    let starting = this.slots.filter((s) => !s.ready).length;
    while (this.slots.length < this.opts.size && starting < this.queue.length) {
      this.spawn();
      starting++;
    }
    // idle parsers must not keep lhs running; busy or starting ones must
    const waiting = this.queue.length > 0;
    for (const slot of this.slots) {
      const channel = (slot.child as unknown as { channel?: { ref(): void; unref(): void } }).channel;
      if (slot.jobs.length || waiting) {
        slot.child.ref();
        channel?.ref();
      } else {
        slot.child.unref();
        channel?.unref();
      }
    }
  }

  /** Parses one message; never rejects. */
  process(raw: Buffer): Promise<ProcessOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, error: 'parse pool is closed' });
    if (this.broken) return Promise.resolve({ ok: false, error: this.broken });
    if (raw.length > this.opts.maxMessageBytes) {
      const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
      return Promise.resolve({ ok: false, error: `message is ${mb(raw.length)}, over the ${mb(this.opts.maxMessageBytes)} limit for parsing: stored, not read` });
    }
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, raw, resolve, suspect: false });
      this.pump();
    });
  }

  /** Messages the parsers can hold at once; a caller keeping more in hand than this keeps them all busy. */
  get capacity(): number {
    return this.opts.size * this.opts.inFlight;
  }

  /** Jobs waiting or running: callers keep this bounded so memory stays flat. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.length, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, error: 'parse pool is closed' });
    await Promise.all(
      this.slots.splice(0).map(
        (s) =>
          new Promise<void>((resolve) => {
            s.done = true;
            if (s.timer) clearTimeout(s.timer);
            const busy = s.jobs.length > 0;
            for (const job of s.jobs.splice(0)) job.resolve({ ok: false, error: 'parse pool is closed' });
            if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
            s.child.ref(); // keep the event loop alive until it has gone
            const kill = setTimeout(() => s.child.kill('SIGKILL'), busy ? 0 : 2000);
            s.child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            // an idle parser ends itself when the channel closes; a busy or stuck one is killed
            if (s.child.connected) s.child.disconnect();
          }),
      ),
    );
  }
}
