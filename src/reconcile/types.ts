import type { Kind, Nominee } from '../extraction/types.js';

/** What a message says, as the parser read it or as staff decided it. */
export interface Reading {
  kind: Kind;
  /** ODS code, or null where no trust is known */
  trust: string | null;
  nominees: Nominee[];
  /** true: it withdraws or replaces the trust's earlier nominations */
  supersedes: boolean;
}

/** The current extraction of a message, as stored. */
export interface ExtractionFacts {
  id: number;
  parserVersion: string;
  createdAt: string;
  reading: Reading;
  needsReview: boolean;
  reasons: string[];
  trustCandidates: { ods: string; name: string }[];
}

/** The latest staff decision on a message. */
export interface DecisionFacts {
  id: number;
  action: string;
  actor: string;
  decidedAt: string;
  reading: Reading;
}

/** One stored message with what is known about it: the input of the register. */
export interface MessageFacts {
  id: number;
  messageId: string | null;
  subject: string | null;
  fromAddress: string | null;
  fromName: string | null;
  sentAt: string | null;
  storedAt: string;
  state: 'parsed' | 'failed';
  error: string | null;
  extraction: ExtractionFacts | null;
  decision: DecisionFacts | null;
}

/**
 * Where a message stands:
 * - `confirmed`: a staff decision (confirm or correct) says what it is;
 * - `rejected`: staff marked it as not a nomination;
 * - `accepted`: the parser was sure and nothing contradicts it;
 * - `review`: a person must look (parser unsure, a conflict, later mail for a decided trust, unreadable);
 * - `superseded`: a later nomination from the same trust replaced it.
 */
export type MessageStatus = 'confirmed' | 'rejected' | 'accepted' | 'review' | 'superseded';

export interface MessageState {
  facts: MessageFacts;
  /** the decided reading, else the parser's; null for an unreadable message nobody decided */
  reading: Reading | null;
  status: MessageStatus;
  /** why it is in review (the parser's reasons and the register's) */
  reasons: string[];
  /** other messages of the same trust that a reviewer should see beside this one */
  related: number[];
}

/** One person in the register: a confirmed lead, joint lead or deputy of a trust. */
export interface RegisterEntry {
  ods: string;
  nominee: Nominee;
  /** the message that named them */
  messageRowId: number;
  messageId: string | null;
  replyDate: string | null;
  /** staff actor, or the parser version where the parser was sure */
  confirmedBy: string;
  confirmedAt: string;
}

export interface Reconciled {
  messages: Map<number, MessageState>;
  /** the review queue, oldest first */
  queue: MessageState[];
  /** the register: per ODS code, its people */
  register: Map<string, RegisterEntry[]>;
}
