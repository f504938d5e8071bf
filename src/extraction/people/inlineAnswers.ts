import { findEmails, firstPhone } from '../contacts.js';
import type { Cand } from './candidate.js';
import { personIn } from './personIn.js';

/** Answers typed into the quoted letter: "[TRUST] Yes - Dr Jane Smith, Head of ..., email", "UHNM RESPONSE: Dr X, ...". */
export function inlineAnswerPeople(inline: string, content: string): Cand[] {
  const out: Cand[] = [];
  const base = content.indexOf(inline);
  if (!inline || base < 0) return out;
  let o = 0;
  for (const para of inline.split(/\n\s*\n/)) {
    // "[TRUST] Yes - ...", "Response: ...", "UHNM RESPONSE: ...", "Our answer - ...", "*** Dr X, ..." (a marker the reply named)
    const lead = /^\s*(?:[*#•~]{1,4}\s*)?(?:\[[^\]\n]{1,40}\]\s*)?(?:(?:[\p{L}&'’.-]+\s+){0,3}?(?:yes|answer|response|reply)\b[\s,:\-–]*)?/iu.exec(para)![0];
    const read = personIn(para.slice(lead.length, lead.length + 160), base + o + lead.length);
    const after = para.slice(read ? read.end - base - o : 0);
    if (
      read &&
      para.length < 400 &&
      (findEmails(para).length || firstPhone(para)) &&
      /^\s*(?:[,(–—-]|$)/.test(after) &&
      !/\b(?:asked|passed|on\s+behalf|PA\s+to|retir\w*)\b/i.test(para)
    ) {
      out.push({ read, how: 'answer in letter', role: null, window: '', fields: {} });
    }
    o += para.length + 2;
  }
  return out;
}
