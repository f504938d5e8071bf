import { fullNameEndingIn, readNameAt, type NameRead } from '../names.js';
import type { Cand } from './candidate.js';
import { personIn } from './personIn.js';
import { samePerson } from './samePerson.js';

// "we regard him as the Trust's Lead Healthcare Scientist", "we would like her to be our LHS",
// "she will be our LHS": the role given to a pronoun, which stands for a person named before it
const PRONOUN_TAKES_ROLE =
  /\b(?:(?:regard|consider|see|treat|recogni[sz]e|count)\s+(?:him|her)\s+as|(?:would\s+like|want|wish|have\s+asked|asked)\s+(?:him|her)\s+to\s+(?:be|act\s+as|take\s+on|become)|(?:he|she)\s+(?:will\s+be|is|has\s+(?:kindly\s+)?agreed\s+to\s+(?:be|act\s+as|take\s+on|become))|(?:nominate|propose|put\s+forward|confirm|record|appoint)\s+(?:him|her)\s+as)\s+(?:the\s+role\s+of\s+)?(?:the\s+|our\s+|your\s+|\p{Lu}[\p{L}\s&-]{1,60}?(?:'s|’s|s'|s’)\s+)?(?:Trust's\s+|Trust’s\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b/giu;

// said of the person before the pronoun: not someone taking the role
const NOT_THE_ONE = /^[^.;\n]{0,80}\b(?:retir\w*|leaving|left\s+the|has\s+left|stepp\w+\s+down|PA|assistant|secretary)\b/i;

/**
 * "Dr O'Donoghue" at `at`, read as the one full name the text gives with that surname ("Dr Ciarán
 * O'Donoghue" in a list above), at the surname's place; null where the text gives no full name.
 */
function titledSurnameInFull(text: string, at: number, before: number): NameRead | null {
  const short = readNameAt(text.slice(at, Math.min(at + 60, before)), 0, { minWords: 1 });
  if (!short?.hasTitle || short.bare.length !== 1) return null;
  const full = fullNameEndingIn(short.bare[0]!, text);
  return full ? { ...full, start: at + short.start, end: at + short.end } : null;
}

/**
 * The person a pronoun that takes the role stands for: the one person named (with a title or in
 * full) earlier in the same paragraph. Two people named there, or none, and the rule says nothing.
 */
export function pronounPeople(text: string): Cand[] {
  const out: Cand[] = [];
  for (const m of text.matchAll(PRONOUN_TAKES_ROLE)) {
    const paraStart = Math.max(text.lastIndexOf('\n\n', m.index!) + 2, m.index! - 400, 0);
    const window = text.slice(paraStart, m.index!);
    const named: NameRead[] = [];
    for (const s of window.matchAll(/(?<![\p{L}'’-])(?=\p{Lu})/gu)) {
      const at = paraStart + s.index!;
      const read = personIn(text.slice(at, Math.min(at + 120, m.index!)), at) ?? titledSurnameInFull(text, at, m.index!);
      if (!read || (!read.hasTitle && read.bare.length < 2)) continue;
      if (named.some((n) => n.start <= read.start && read.start < n.end || samePerson(n, read))) continue;
      named.push(read);
    }
    if (named.length !== 1) continue;
    const [read] = named as [NameRead];
    if (NOT_THE_ONE.test(text.slice(read.end, m.index!))) continue;
    out.push({ read, how: 'phrase', role: null, window: '', fields: {} });
  }
  return out;
}
