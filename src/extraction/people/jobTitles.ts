import { escapeRe, type NameRead } from '../names.js';
import { LHS, lhsRoleValue } from './roles.js';

// Words a job title holds.
export const ROLE_WORDS = /\b(?:Head|Director|Scientist|Manager|Physiologist|Consultant|Lead|Officer|Engineer|Biochemist|Physicist|Chief|Principal|Specialist|Technologist|Audiologist|Geneticist|Practitioner|Professor)\b/;

export function titleAfter(text: string): string | null {
  // "Dr X (known here as Sean), Consultant ...": an aside in brackets that is no title is passed over
  const aside = /^\s*\(([^()\n]{2,80})\)(?=\s*,)/.exec(text);
  if (aside && !ROLE_WORDS.test(aside[1]!) && !/@|\d{3}/.test(aside[1]!)) text = text.slice(aside[0].length);
  // the rest of the name's line holds only contacts: the title is the next line, whole
  const line = /^([^\n]*)\n[ \t]*([^\n]{3,120})/.exec(text);
  if (line && !/\p{L}{3,}/u.test(line[1]!.replace(/<[^>]*>+|\S+@\S+|\([^)]*\)/g, ''))) {
    // a bullet before each line ("*   Marcus Olawale / *   Lead Clinical Physiologist") is no part of the title
    const t = line[2]!.trim().replace(/^[*•·–-]\s+/, '');
    // "Role: Lead Healthcare Scientist" on the next line is a labelled field, read as one
    if (ROLE_WORDS.test(t) && !/@|\d{3}/.test(t) && !/^[A-Za-z][A-Za-z ]{1,30}:/.test(t)) return t;
  }
  const paren = /^\s*\(([A-Z][^()\n@]{2,90})\)/.exec(text);
  if (paren && ROLE_WORDS.test(paren[1]!) && !/\d{3}/.test(paren[1]!)) return paren[1]!.trim();
  const m = /^\s*(?:,|\s[-–—]|\(|\n)\s*(?:who\s+is\s+)?(?:our|the|as)?\s*([A-Z][^,;.\n–—()|]{2,120}(?:\((?!\s*(?:she|he|they|who|copied|cc'?d?|now|currently)\b)[^)\n@\d]{2,50}\)(?:\s+and\s+\p{Lu}[^,;.\n–—()]{2,80})?)?)/u.exec(text);
  if (!m) return null;
  const t = m[1]!
    .split(/\s[-–—]\s/)[0]!
    .trim()
    .replace(/\s+(?:(?:(?:at|in|for|with)\s+(?:the|our|a|an|this)|for\s+\p{Lu}{2,}|who|will|has|and\s+is|is|based|which|from|since)\b|at\s+\p{Lu}).*$/u, '')
    .trim();
  if (!ROLE_WORDS.test(t) || /@|\d{4}/.test(t) || /^(?:Lead\s+Healthcare\s+Scientist|LHS)\b/i.test(t) || /^[A-Za-z][A-Za-z ]{1,30}:/.test(t)) return null;
  return t;
}

const TITLE_NOUN = /\b(?:scientist|physicist|physiologist|manager|engineer|biochemist|audiologist|geneticist|technologist|practitioner|officer|director|consultant|head\s+of\s+[a-z][a-z ]{2,40}|lead\s+(?:for|of|in)\s+[a-z][a-z ]{2,40})\b/i;

/** Cuts a job title at the words that end it in prose ("... and will be", "who", "at the Trust"). */
function cutTitle(t: string): string {
  return t
    // "... and Head of X" goes on with a title; "... and the only ...", "... and also chairs ..." do not
    .replace(/\s+(?:(?:and\s+(?:is|will|has|would|who)|who|will|has|is|based|which|from|since|where|here|there|within\s+(?:the|our)|(?:at|for|with)\s+(?:the|our|a|an|this))\b|and\s+(?=\p{Ll})|at\s+\p{Lu}).*$/u, '')
    .replace(/[\s,;:-]+$/, '')
    .trim();
}

/**
 * A job title the text gives elsewhere than straight after the name: in a sentence about the
 * nominee ("She is currently our Consultant Clinical Scientist in Cardiac Physiology.",
 * "Dr Okafor is Pathology Quality Manager and ..."), in lower case after a comma, or first in
 * brackets with the contacts ("(Consultant Clinical Scientist, jane@..., 0113 ...)").
 */
export function titleNear(window: string, read: NameRead): string | null {
  const w = window.slice(0, 400);
  const ok = (t: string | undefined) => {
    if (!t) return null;
    const c = cutTitle(t);
    return c.length >= 4 && c.length <= 120 && TITLE_NOUN.test(c) && !LHS.test(c) && !lhsRoleValue(c) && !/@|\d{3}/.test(c) ? c : null;
  };
  // "Dr X who is currently Head of Blood Sciences"
  const who = /^\s*,?\s*who\s+is\s+(?:currently\s+|presently\s+|now\s+)?(?:the\s+Trust's\s+|our\s+|the\s+|a\s+|an\s+)?([A-Za-z][^.;:\n()]{3,120})/.exec(w);
  const h = ok(who?.[1]?.split(/,\s/)[0]);
  if (h) return h;
  // ", consultant clinical scientist," written in lower case
  const lower = /^\s*,\s*(?:who\s+is\s+|currently\s+)?(?:our|the|a|an)?\s*([a-z][a-z ]{3,80}?)\s*(?:[,;(]|\.(?:\s|$)|\bas\b|$)/.exec(w);
  const l = ok(lower?.[1]);
  if (l) return l;
  // first in brackets beside contacts, within the sentence
  const sentence = w.split(/\.(?:\s|$)|\n\s*\n/)[0]!;
  const paren = /\(([A-Za-z][^(),@\n]{2,80}),[^()]{0,200}?(?:@|\d{3})[^()]{0,200}\)/.exec(sentence);
  const p = ok(paren?.[1]);
  if (p) return p;
  // a following sentence whose subject is the nominee
  const surname = read.bare[read.bare.length - 1]!;
  const first = read.bare[0]!;
  const subject = `(?:He|She|They|(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?(?:${escapeRe(first)}\\s+)?${escapeRe(surname)}|${escapeRe(first)})`;
  // the name the text goes on to use: one of the name's own words, or a short form inside the
  // first name ("Seun" for Oluwaseun, "Alex" for Alexandra)
  const shortForm = `\\p{Lu}\\p{Ll}{2,}`;
  const re = new RegExp(
    `(?:^|[.!?]\\s+|\\n)(${subject}|${shortForm})\\s+(?:is|works|has\\s+been|was\\s+appointed)\\s+(?:currently\\s+|presently\\s+|now\\s+)?(?:working\\s+as\\s+|employed\\s+as\\s+|as\\s+)?(?:the\\s+Trust's\\s+|our\\s+|the\\s+|a\\s+|an\\s+)?([A-Za-z][^.;:\\n()]{3,120}(?:\\([^()\\n@\\d]{2,60}\\))?)`,
    'gu',
  );
  const isSubject = (who: string) => {
    const [f, h] = [first.toLowerCase(), who.toLowerCase()];
    return new RegExp(`^${subject}$`, 'u').test(who) || f.startsWith(h) || f.endsWith(h);
  };
  for (const m of w.matchAll(re)) {
    if (!isSubject(m[1]!)) continue;
    const t = ok(m[2]!.split(/,\s/)[0]);
    if (t) return t;
  }
  return null;
}
