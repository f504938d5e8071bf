import { findEmails, phoneIn } from '../contacts.js';
import { emailMatchesName } from '../names.js';
import type { Cand } from './candidate.js';
import { ASSISTANT } from './roles.js';

// "please go through his secretary, Janet Moss, on ... or at ...", "my PA ... can be reached on
// ...": someone else's contacts
const THROUGH_SOMEONE_ELSE = new RegExp(String.raw`\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir)\s+${ASSISTANT}\b`);

/**
 * The window with each sentence that sends the reader to the person's secretary or PA blanked
 * out (lengths kept), unless it gives an address that spells the person's own name.
 */
export function withoutAssistants(window: string, name: string): string {
  if (!THROUGH_SOMEONE_ELSE.test(window)) return window;
  // sentences and the breaks between them, alternately ("x.moss@..." does not end one)
  return window
    .split(/((?<=[.!?])\s+|\n)/)
    .map((part, i) => (i % 2 === 0 && THROUGH_SOMEONE_ELSE.test(part) && !findEmails(part).some((e) => emailMatchesName(e.address, name) >= 1) ? ' '.repeat(part.length) : part))
    .join('');
}

export function contactsFor(c: Cand, exclude: Set<string>): { email: string | null; phone: string | null; emailDoubt: string | null } {
  const email = c.fields.email ?? null;
  // past the end of the paragraph, only an address that spells this person's name is theirs
  // (the next paragraph may be "please contact my PA, Mrs X, on ... or x@...")
  const paragraphEnd = c.window.search(/\n[ \t]*\n/);
  const next = paragraphEnd >= 0 ? c.window.slice(paragraphEnd).trimStart() : '';
  const aboutThem =
    /^(?:He|She|They|Her|His|Their|Contact|Details|E-?mail|Tel|Phone|Mobile)\b/i.test(next) ||
    [c.read.bare[0]!, c.read.bare[c.read.bare.length - 1]!].some((w) => next.startsWith(w)) ||
    findEmails(next).some((e) => emailMatchesName(e.address, c.read.name) >= 1);
  if (paragraphEnd >= 0 && !aboutThem && c.how === 'phrase') c = { ...c, window: c.window.slice(0, paragraphEnd) };
  c = { ...c, window: withoutAssistants(c.window, c.read.name) };
  const phone = c.fields.phone ?? phoneIn(c.window);
  if (email) return { email, phone, emailDoubt: emailMatchesName(email, c.read.name) >= 1 ? null : `e-mail ${email} does not look like ${c.read.name}'s` };
  // the sender's own address counts for the sender only
  const emails = findEmails(c.window).filter((e) => !exclude.has(e.address) || emailMatchesName(e.address, c.read.name) === 2);
  const scored = emails.map((e) => ({ e, s: emailMatchesName(e.address, c.read.name) })).sort((a, b) => b.s - a.s || a.e.index - b.e.index);
  const best = scored[0];
  if (!best) return { email: null, phone, emailDoubt: null };
  return { email: best.e.address, phone, emailDoubt: best.s >= 1 ? null : `e-mail ${best.e.address} does not look like ${c.read.name}'s` };
}
