/** Where a raw message came from. Plain data, stored beside the message. */
export type Origin =
  | { type: 'file'; path: string }
  | { type: 'imap'; account: string; mailbox: string; uidValidity: number; uid: number };

/** One message exactly as received, before any MIME parsing. */
export interface RawMessage {
  origin: Origin;
  raw: Buffer;
}

/** A message that a source could not read at all (e.g. an unreadable file). */
export interface SourceFailure {
  origin: Origin;
  error: string;
}
