import type { ParsedMessage } from '../../message/types.js';

/** The parts of a message body, as a careful reader would separate them. */
export interface Body {
  /** What the sender wrote in this message: no quoted mail, no signature, no disclaimer. */
  replyText: string;
  /** The sender's signature block, or null. */
  signature: string | null;
  /**
   * Earlier mail below (or above) the reply: quoted letters, forwarded chains. Kept because
   * answers are sometimes typed into the quoted letter, and forwards carry the nominee.
   */
  quoted: string;
  /** Text of readable attachments (.docx, .pdf, .txt), each with its file name. */
  attachments: { filename: string | null; text: string }[];
}

/** Longest text handed to rules or NLP: caps the cost of pathological input. */
export const MAX_TEXT_CHARS = 100_000;

const QUOTE_START = /^(?:-{2,}\s*Original Message\s*-{2,}|From:\s.+|On .+ wrote:|>.*)$/im;

/** First cut: plain text part, split at the first quoted-mail marker. */
export function readBody(msg: ParsedMessage): Body {
  const text = (msg.text ?? '').slice(0, MAX_TEXT_CHARS).replace(/\r\n/g, '\n');
  const m = QUOTE_START.exec(text);
  const replyText = (m ? text.slice(0, m.index) : text).trim();
  const quoted = m ? text.slice(m.index) : '';
  return {
    replyText,
    signature: null,
    quoted,
    attachments: msg.attachments.filter((a) => a.text).map((a) => ({ filename: a.filename, text: a.text! })),
  };
}
