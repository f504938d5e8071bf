import type { Cand } from './candidate.js';
import { nameHeadsLine, personIn } from './personIn.js';
import { LHS } from './roles.js';

/**
 * A name alone on a line just under "... details ... below:", "here are her details:" or any line
 * ending in a colon where the role is named (a pasted signature block).
 */
export function blockPeople(text: string): Cand[] {
  const out: Cand[] = [];
  // "... below:", "as follows:", "here are her details:"
  // ... or any line that ends in a colon ("The person we would like to nominate is:")
  const re = /(?:(?:below|as follows|following|\b(?:her|his|their)\s+(?:contact\s+)?details(?:\s+are)?)[^\n]{0,160}[.:]?|:)[ \t]*\n(?:[ \t]*\n){0,2}/gi;
  for (const m of text.matchAll(re)) {
    // the role may be named in the sentence before ("... put Jen forward as our LHS. Her details are below:")
    const sentence = text.slice(Math.max(0, m.index! - 300), m.index! + m[0].trimEnd().length).split(/\n\s*\n/).pop()!;
    if (!LHS.test(sentence) && !/nominat|put\s+(?:\S+\s+){0,2}forward|\byour\s+network\b/i.test(sentence)) continue;
    // "for anything to do with the network, contact my PA:": someone's office, not the nominee
    const opener = text.slice(text.lastIndexOf('\n', m.index!) + 1, m.index! + m[0].trimEnd().length);
    if (/\b(?:PA|EA|secretary|assistant|office|administrator|contact\s+me)\b/i.test(opener)) continue;
    const at = m.index! + m[0].length;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd < 0 ? undefined : lineEnd);
    const read = personIn(line, at);
    // the name alone on its line, or with its job after a comma ("Dr X, Lead Clinical Physiologist")
    if (read && nameHeadsLine(text.slice(read.end, lineEnd < 0 ? undefined : lineEnd))) {
      out.push({ read, how: 'pasted block', role: null, window: '', fields: {} });
    }
  }
  return out;
}
