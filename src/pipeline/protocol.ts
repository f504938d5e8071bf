// What the pool and its parser processes say to each other.
import type { Trust } from '../extraction/types.js';
import type { ProcessOutcome } from './processMessage.js';

export type PoolMessage = { type: 'init'; trusts: Trust[] } | JobMessage;
export type JobMessage = { type: 'job'; id: number; raw: Uint8Array };

/** From a parser: loaded and holding the trust index; or answers, in the order the jobs came. */
export type WorkerMessage = { type: 'ready' } | { type: 'results'; results: { id: number; out: ProcessOutcome }[] };

/** Answers a parser holds back to send together (measured: 8 per message cut system time by 40%). */
export const RESULT_BATCH = 8;

/** The longest a finished answer waits for others before it is sent anyway, ms. */
export const RESULT_DELAY_MS = 100;
