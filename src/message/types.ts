/** An e-mail address with its display name, as in the headers. */
export interface Address {
  name: string;
  address: string;
}

/** An attachment with the text that could be read from it. */
export interface Attachment {
  filename: string | null;
  contentType: string;
  size: number;
  /** Plain text of a .docx, .pdf or .txt attachment; null where there is none to read. */
  text: string | null;
  /** Why the text could not be read (too big, timed out, unsupported, broken), or null. */
  problem: string | null;
}

/**
 * A message after MIME parsing: plain, structured-cloneable data, so it can cross a
 * worker boundary and be handed to the (pure) extraction stage.
 */
export interface ParsedMessage {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  from: Address | null;
  to: Address[];
  cc: Address[];
  date: string | null; // ISO 8601
  /** Header values by lower-case name; repeated headers keep every value. */
  headers: Record<string, string[]>;
  /** Top-level MIME type, e.g. multipart/report. */
  contentType: string;
  /** report-type parameter of a multipart/report, e.g. delivery-status, disposition-notification. */
  reportType: string | null;
  text: string | null;
  html: string | null;
  /** true where the message has no text/plain part and `text` is mailparser's rendering of the HTML */
  textFromHtml?: boolean;
  attachments: Attachment[];
  /** Things the MIME layer noticed but could live with (truncated part, bad charset...). */
  problems: string[];
}
