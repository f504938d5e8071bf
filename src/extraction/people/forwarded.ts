import { findEmails, firstPhone, phoneIn } from '../contacts.js';
import { emailMatchesName, fullNameEndingIn, fullNameFrom } from '../names.js';
import type { Address } from '../../message/types.js';
import type { FoundNominee } from './candidate.js';
import { ROLE_WORDS } from './jobTitles.js';
import { LHS } from './roles.js';
import { senderName } from './self.js';

// "Rachel has agreed", "Alison is happy to", "Rajesh below is our LHS", "Rhodri, rather than Kath,
// will be", "Dr Dvořáková has agreed": a first name (or a titled surname) that takes the role, in a short reply
const SAID_YES =
  /\b(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?(\p{Lu}\p{Ll}{2,})(?:,\s+(?:rather\s+than|not|instead\s+of)\s+\p{Lu}\p{Ll}+,)?\s+(?:has\s+(?:now\s+|kindly\s+)?agreed|is\s+(?:happy|willing|pleased|keen)|has\s+accepted|has\s+said\s+yes|will\s+(?:be|act|take)|(?:\(?below\)?\s+)?is\s+(?:our|the)\s+(?:Trust's\s+|Trust’s\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist))\b/gu;

// "Please see Siobhán's note below ... she has agreed": the writer of the note, then a pronoun
const WHOSE_NOTE = /\b(\p{Lu}\p{Ll}{2,})(?:'s|’s)\s+(?:(?:own|kind)\s+)?(?:note|reply|e-?mail|message|response|answer|acceptance|confirmation)\b/gu;
const PRONOUN_SAID_YES = /\b(?:she|he|they)\s+(?:(?:has|have)\s+(?:now\s+|kindly\s+)?(?:agreed|accepted|said\s+yes)|(?:is|are)\s+(?:happy|willing|pleased|keen|delighted)|will\s+be\s+(?:our|the)\s+(?:Trust's\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist))\b/i;

/** The first names a reply says took the role ("Rachel has agreed", "see Siobhán's note below: she has agreed"). */
export function firstNamesSayingYes(content: string): Set<string> {
  const names = new Set([...content.matchAll(SAID_YES)].map((m) => m[1]!));
  if (PRONOUN_SAID_YES.test(content)) for (const m of content.matchAll(WHOSE_NOTE)) names.add(m[1]!);
  return names;
}

/**
 * This person's own address in a text (one that spells their name), with the phone that goes
 * with it: on its line after it, up to the next address ("(x@..., 020 ...) ... (y@..., 020 ...)"),
 * or anywhere on its line where the line holds no other address.
 */
export function ownAddressIn(text: string, name: string): { email: string; phone: string | null } | null {
  const all = findEmails(text);
  const e = all.find((x) => emailMatchesName(x.address, name) >= 1);
  if (!e) return null;
  const lineStart = text.lastIndexOf('\n', e.index) + 1;
  const lineEnd = text.indexOf('\n', e.index) < 0 ? text.length : text.indexOf('\n', e.index);
  const others = all.filter((x) => x !== e && x.index >= lineStart && x.index < lineEnd);
  const nextAddress = others.find((x) => x.index > e.index)?.index ?? lineEnd;
  const after = phoneIn(text.slice(e.index + e.address.length, nextAddress));
  let phone = after ?? (others.length ? null : phoneIn(text.slice(lineStart, lineEnd)));
  // a block a line a field ("Joy Preston / Head of Blood Sciences / joy.preston@... / 07700 ..."):
  // the number on a line just below the address, in the same block, with no one else's address
  if (!phone && !others.length) {
    const below = text.slice(lineEnd + 1).split('\n');
    for (const line of below.slice(0, 2)) {
      if (!line.trim() || findEmails(line).length || /\b(?:fax|PA|secretary|assistant|switchboard)\b/i.test(line)) break;
      phone = phoneIn(line);
      if (phone) break;
    }
  }
  return { email: e.address, phone };
}

/**
 * A nominee that a short reply names by first name only, found in one forwarded message of
 * the chain below it: the message's own writer ("Alison has agreed to act as our LHS, see
 * below" over Alison's "yes" and signature), or a person that message names with their
 * address ("Rachel has agreed" over a colleague's note on "Rachel Haigh (...)").
 */
export function acceptanceInForwarded(
  reply: string,
  saidYes: Set<string>,
  fwd: { text: string; signature: string; from: Address | null },
  subject = '',
): FoundNominee | null {
  if (!saidYes.size) return null;
  // "See below - Paul has agreed" under the subject "FW: Lead Healthcare Scientists (LHS)"
  const aboutTheRole = LHS.test(reply) || LHS.test(subject);
  const writer = senderName(fwd.signature, fwd.from);
  // by surname ("Dr Dvořáková has agreed") only where the signature gives the name in its order
  const named = writer && (saidYes.has(writer.bare[0]!) || (writer.fromSignature && saidYes.has(writer.bare[writer.bare.length - 1]!)));
  if (writer && named && aboutTheRole) {
    const lines = fwd.signature.split('\n').map((l) => l.trim());
    const at = lines.findIndex((l) => l.includes(writer.bare[writer.bare.length - 1]!));
    const title = at >= 0 ? lines[at + 1] : undefined;
    return {
      name: writer.name,
      email: findEmails(fwd.signature).find((e) => emailMatchesName(e.address, writer.name) >= 1)?.address ?? (fwd.from?.address || null),
      phone: firstPhone(fwd.signature)?.text ?? null,
      jobTitle: title && ROLE_WORDS.test(title) ? title : null,
      role: 'lead',
      how: 'self',
      doubts: [],
    };
  }
  if (!aboutTheRole && !/\b(?:response|reply|answer|nominat\w*)\b/i.test(reply)) return null;
  for (const first of saidYes) {
    const read = fullNameFrom(first, fwd.text) ?? fullNameEndingIn(first, fwd.text);
    const own = read ? ownAddressIn(fwd.text, read.name) : null;
    if (read && own) return { name: read.name, ...own, jobTitle: null, role: 'lead', how: 'phrase', doubts: [] };
  }
  return null;
}
