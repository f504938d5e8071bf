import type { Cand } from './candidate.js';
import { personIn } from './personIn.js';
import { LHS } from './roles.js';

/** Bulleted people under a line that names the LHS role ("would like to nominate two joint ...:"). */
export function listedPeople(text: string): Cand[] {
  const out: Cand[] = [];
  const lines = text.split('\n');
  let o = 0;
  let intro = '';
  let prev = '';
  for (const line of lines) {
    const b = /^(\s*(?:[*•·\-–]|\d{1,2}[.)])\s+|)/.exec(line);
    if (b && line.trim() && LHS.test(intro) && /:\s*$/.test(intro) && (b[1] || /[,(]|@/.test(line))) {
      const read = personIn(line.slice(b[1]!.length), o + b[1]!.length);
      if (read) out.push({ read, how: 'list', role: null, window: '', fields: {} });
    } else if (!line.trim()) {
      if (out.length) intro = '';
    } else if (!b || !b[1]) {
      if (!/@|\d{3}/.test(line)) intro = /:\s*$/.test(line) && !LHS.test(line) ? `${prev} ${line}` : line;
    } else intro = line;
    if (line.trim()) prev = line;
    o += line.length + 1;
  }
  return out;
}
