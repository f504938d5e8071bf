import { findEmails } from '../contacts.js';
import { emailMatchesName } from '../names.js';
import type { Cand } from './candidate.js';
import { personIn } from './personIn.js';

// lines around an answer that say nothing: a greeting, thanks
const SMALL_TALK = /^(?:hi|hello|hiya|dear\b[^\n]{0,40}|(?:good\s+)?(?:morning|afternoon|evening)|thanks?(?:\s+you)?|many\s+thanks|cheers|(?:kind\s+|best\s+)?regards|best(?:\s+wishes)?|fyi)[\s,.!:-]*$/i;

const TRUST_PREFIX = /^(?:for\s+)?[^:\n]{0,80}\b(?:Trust|NHS|Hospitals?|Foundation|Healthcare|Health)\b[^:\n]{0,20}:\s*/i;

/**
 * A reply that is nothing but a person and their contacts ("Meera Pillai, head of audiology,
 * meera.pillai@..., 07700 ...", "Dr T Wieczorek - t.wieczorek@..."): to this letter, that is the
 * answer. Only where an address in it spells the person's name, so a bare address line or a
 * one-line remark naming someone else is not read as one.
 */
export function terseAnswerPeople(content: string): Cand[] {
  const lines = content
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !SMALL_TALK.test(l));
  if (!lines.length || lines.length > 3 || lines.join(' ').length > 300) return [];
  // "Royal Cornwall Hospitals NHS Trust: Dr X, ...": the trust the answer is for, then the person
  const prefix = TRUST_PREFIX.exec(lines[0]!)?.[0] ?? '';
  const first = lines[0]!.slice(prefix.length);
  const read = personIn(first, content.indexOf(lines[0]!) + prefix.length);
  if (!read) return [];
  if (!findEmails(lines.join('\n')).some((e) => emailMatchesName(e.address, read.name) >= 1)) return [];
  return [{ read, how: 'phrase', role: null, window: '', fields: {} }];
}
