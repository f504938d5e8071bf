import type { Attachment } from './types.js';

export interface AttachmentInput {
  filename: string | null;
  contentType: string;
  content: Buffer;
  /** an inline part of multipart/related (a logo), not something the sender attached */
  related: boolean;
}

export interface AttachmentLimits {
  /** largest attachment whose text is read */
  maxBytes: number;
  /** most characters of text kept from one attachment */
  maxChars: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { maxBytes: 10 * 1024 * 1024, maxChars: 200_000 };

/** Reads the text of one attachment where lhs knows how (.txt so far). */
export async function readAttachment(a: AttachmentInput, limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS): Promise<Attachment> {
  const base = { filename: a.filename, contentType: a.contentType.toLowerCase(), size: a.content.length };
  if (a.content.length > limits.maxBytes) {
    return { ...base, text: null, problem: `attachment is ${a.content.length} bytes, over the ${limits.maxBytes}-byte limit: not read` };
  }
  if (base.contentType === 'text/plain') {
    return { ...base, text: a.content.toString('utf8').slice(0, limits.maxChars), problem: null };
  }
  return { ...base, text: null, problem: null };
}
