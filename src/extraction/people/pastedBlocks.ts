import type { Cand } from './candidate.js';
import { personIn } from './personIn.js';
import { LHS } from './roles.js';

/** A name alone on a line just under "... details ... below:" or "here are her details:" (a pasted signature block). */
export function blockPeople(text: string): Cand[] {
  const out: Cand[] = [];
  // "... below:", "as follows:", "here are her details:"
  const re = /(?:below|as follows|following|\b(?:her|his|their)\s+(?:contact\s+)?details(?:\s+are)?)[^\n]{0,40}[.:]?[ \t]*\n(?:[ \t]*\n){0,2}/gi;
  for (const m of text.matchAll(re)) {
    // the role may be named in the sentence before ("... put Jen forward as our LHS. Her details are below:")
    const sentence = text.slice(Math.max(0, m.index! - 300), m.index! + 5).split(/\n\s*\n/).pop()!;
    if (!LHS.test(sentence) && !/nominat|put\s+(?:\S+\s+){0,2}forward/i.test(sentence)) continue;
    const at = m.index! + m[0].length;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd < 0 ? undefined : lineEnd);
    const read = personIn(line, at);
    if (read && text.slice(read.end, lineEnd < 0 ? undefined : lineEnd).trim() === '') {
      out.push({ read, how: 'pasted block', role: null, window: '', fields: {} });
    }
  }
  return out;
}
