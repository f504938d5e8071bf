import { extract, type TrustIndex } from '../extraction/extract.js';
import type { Extraction } from '../extraction/types.js';
import { readMessage } from '../message/readMessage.js';
import type { Address } from '../message/types.js';

/** What the pipeline keeps of a message it could read. Plain data: it crosses a worker boundary. */
export interface ProcessedMessage {
  messageId: string | null;
  subject: string;
  from: Address | null;
  date: string | null;
  attachments: { filename: string | null; contentType: string; size: number; problem: string | null }[];
  problems: string[];
  extraction: Extraction;
}

export type ProcessOutcome = { ok: true; message: ProcessedMessage } | { ok: false; error: string };

/** message stage then extraction stage, for one raw message. */
export async function processMessage(raw: Buffer, index: TrustIndex): Promise<ProcessedMessage> {
  const parsed = await readMessage(raw);
  const extraction = extract(parsed, index);
  return {
    messageId: parsed.messageId,
    subject: parsed.subject,
    from: parsed.from,
    date: parsed.date,
    attachments: parsed.attachments.map(({ filename, contentType, size, problem }) => ({ filename, contentType, size, problem })),
    problems: parsed.problems,
    extraction,
  };
}
