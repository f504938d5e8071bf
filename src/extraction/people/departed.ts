import { escapeRe, type NameRead } from '../names.js';

const LEFT = /\b(?:retir(?:es|ed|ing|ement)|(?:has|have)\s+(?:now\s+|since\s+)?left|left\s+the\s+(?:trust|organi[sz]ation)|is\s+leaving|leaves\s+(?:us|the\s+trust)|(?:has\s+)?accepted\s+(?:a|an|another)\s+(?:new\s+)?(?:post|position|role|job|appointment)|is\s+moving\s+(?:on|to)|no\s+longer\s+(?:works|with|at|in))\b/i;

/** A sentence that starts with this person (title and surname, or first name) says they have left or are retiring. */
export function saidToHaveLeft(read: NameRead, content: string): boolean {
  // most replies say nothing of anyone leaving: one scan of the text, not one a name
  if (!LEFT.test(content)) return false;
  const first = escapeRe(read.bare[0]!);
  const last = escapeRe(read.bare[read.bare.length - 1]!);
  // the person starts a sentence or a clause after "but" ("..., but Neil has since accepted a post elsewhere")
  const head = new RegExp(`(?:^|[.!?]\\s+|\\n|\\bbut\\s+)(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?(?:${first}\\s+)?(?:${last}|${first})\\b([^.!?\\n]{0,120})`, 'gu');
  for (const m of content.matchAll(head)) if (LEFT.test(m[1]!)) return true;
  return false;
}
