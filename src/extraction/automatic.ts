import type { ParsedMessage } from '../message/types.js';
import type { Body } from './body/index.js';
import { asciiTwin, isAscii } from './ascii.js';

const header = (msg: ParsedMessage, name: string): string | null => msg.headers[name]?.[0]?.trim() ?? null;

/** Subjects that mail systems and auto-responders write, never a person answering. */
const AUTOMATIC_SUBJECT: [RegExp, string][] = [
  [/^\[?(?:Automatic reply|Auto(?:matic)?[ -]?(?:reply|response)|Autoreply|AUTO:|Réponse automatique|Abwesenheitsnotiz|Risposta automatica)/i, 'automatic-reply subject'],
  [/^(?:(?:Re|Fwd?|AW|TR):\s*)?Out of (?:the )?office\b|\bis out of (?:the )?office\b/i, 'out-of-office subject'],
  [/^(?:Undeliverable|Undelivered Mail|Delivery Status Notification|Delivery (?:has )?failed|Mail delivery failed|Returned mail|Delivery failure|Non-?delivery|Failure notice|Mail System Error|Message not delivered|Delivery delayed)\b/i, 'delivery-failure subject'],
  [/^(?:Read|Not read|Delivered|Read receipt|Return receipt):\s|^Return Receipt(?:\s*\(|\s*$)/i, 'read or delivery receipt subject'],
  [/^(?:Acknowledge?ment|Auto(?:mated)?[ -]acknowledge?ment|Receipt acknowledged)\s*:/i, 'automatic acknowledgement subject'],
];

/** Wording of out-of-office notes, left-the-trust notes, unmonitored mailboxes and automatic acknowledgements. */
const AUTOMATIC_WORDING: RegExp[] = [
  /\bI(?: am|'m|’m) (?:currently |now )?(?:out of (?:the )?office|away from (?:the|my) (?:office|desk)|on (?:annual |maternity |paternity |parental |study |sick |long[- ]term )?leave)\b/i,
  /\bI(?: will|'ll|’ll) be (?:out of (?:the )?office|away|on (?:annual |maternity |paternity |study )?leave)\b.{0,80}\b(?:until|from|return|back)\b/i,
  /\b(?:out of (?:the )?office|on (?:annual|maternity|paternity|parental|study|sick) leave) (?:until|from|starting|between|and will (?:not )?(?:be )?return)/i,
  /\b(?:no longer works? (?:for|at|in)|(?:has|have) (?:now )?left the (?:trust|organi[sz]ation|department|NHS)|I (?:have )?(?:now )?left (?:the )?\p{Lu})/iu,
  /\b(?:this|the|my) (?:mailbox|inbox|e-?mail (?:address|account)|account) is (?:no longer|not) (?:being )?(?:monitored|in use|active|checked)\b/i,
  /\bthis is an automat(?:ed|ic) (?:reply|response|acknowledge?ment|message|notification)\b/i,
  /\byour (?:e-?mail|message|correspondence) (?:to [^.]{1,80} )?has been (?:received|logged)\b/i,
  /\b(?:limited|no) access to (?:my )?e-?mails?\b/i,
  // Lotus Notes' return receipt: "Your document: ... was received by: ... at: ..."
  /^Your (?:document|message|memo):[^\n]*\n\s*was (?:received|read) by:/im,
];

// the `iu` patterns' ASCII twins (see ascii.ts), where the text is ASCII
const AUTOMATIC_WORDING_ASCII = AUTOMATIC_WORDING.map((re) => (re.flags.includes('u') ? asciiTwin(re) : re));

/** The reply's own text says it is automatic (an out-of-office note and the like); the matched words, or null. */
function automaticWording(body: Body): string | null {
  const text = body.replyText.slice(0, 4000);
  const patterns = isAscii(text) ? AUTOMATIC_WORDING_ASCII : AUTOMATIC_WORDING;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/**
 * Why the message is an automatic reply (out-of-office, acknowledgement, delivery failure,
 * read receipt), or null. By the headers RFC 3834 and Microsoft define, by delivery and
 * read reports, by subject, and by wording where the headers are missing. Newsletters
 * (Precedence: bulk or list) are not automatic replies: they are unrelated mail.
 */
export function detectAutomatic(msg: ParsedMessage, body: Body): string | null {
  if (msg.contentType === 'multipart/report') {
    if (msg.reportType === 'disposition-notification') return 'read receipt (multipart/report, disposition-notification)';
    if (msg.reportType === 'delivery-status') return 'delivery report (multipart/report, delivery-status)';
    return `report from the mail system (multipart/report${msg.reportType ? `, ${msg.reportType}` : ''})`;
  }
  if (msg.contentType === 'message/delivery-status' || msg.contentType === 'message/disposition-notification') {
    return `report from the mail system (${msg.contentType})`;
  }
  const autoSubmitted = header(msg, 'auto-submitted');
  // RFC 3834: "auto-replied" answers a message; "auto-generated" is a notice a system sends on its
  // own (a room booking, a report): an automatic reply only where it answers something
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted) && (!/^auto-generated\b/i.test(autoSubmitted) || msg.inReplyTo || msg.references.length)) {
    return `Auto-Submitted: ${autoSubmitted}`;
  }
  for (const name of ['X-Autoreply', 'X-Autorespond', 'X-Autoresponder', 'X-Auto-Reply']) {
    const v = header(msg, name.toLowerCase());
    if (v !== null && !/^(?:no|false|0)$/i.test(v)) return `${name}: ${v}`;
  }
  const precedence = header(msg, 'precedence');
  if (precedence && /^auto[_-]?reply$/i.test(precedence)) return `Precedence: ${precedence}`;
  const from = msg.from?.address ?? '';
  if (/^(?:mailer-daemon|postmaster)@/i.test(from)) return `sent by the mail system (${from})`;
  const subject = msg.subject.trim().slice(0, 500);
  for (const [re, why] of AUTOMATIC_SUBJECT) if (re.test(subject)) return `${why}: "${subject.slice(0, 80)}"`;
  const wording = automaticWording(body);
  if (wording) {
    // Outlook sets X-Auto-Response-Suppress on ordinary mail too, so it counts only with the wording
    const suppress = header(msg, 'x-auto-response-suppress');
    if (suppress) return `X-Auto-Response-Suppress: ${suppress}, and the text says "${wording}"`;
    // without any header: an automatic note is short and quotes nothing; a person writing
    // "I am on leave from Friday, but our LHS is ..." is a reply
    if (!body.quoted && body.replyText.length < 1200) return `the text says "${wording}"`;
  }
  return null;
}
