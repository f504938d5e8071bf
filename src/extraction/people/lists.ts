import type { Cand } from './candidate.js';
import { personIn } from './personIn.js';
import { LHS, THE_ROLE_PASSIVE } from './roles.js';

// "Frimley Park Hospital - ", "Pathology: ", "for community services: ": a site or discipline before the person on a list line
const ITEM_LABEL = /^(?:\p{Lu}[\p{L}'’&]*(?:[ \t]+(?:and|of|&|\p{Lu}[\p{L}'’&]*)){0,5}(?:[ \t]+[-–][ \t]+|:[ \t]+)|(?:for|at)[ \t]+(?:the[ \t]+)?[\p{L}'’&]+(?:[ \t]+[\p{L}'’&]+){0,4}[ \t]*:[ \t]+)/u;

// an address or a phone number: a line of someone's contacts, not prose (a year is prose)
const CONTACTS = /@|\d[\d \t()-]{6,}\d/;

// "we propose that the role be held jointly by:": the role the letter asks about, given to those below
const THE_ROLE_GIVEN = new RegExp(String.raw`${THE_ROLE_PASSIVE}(?:by|between)\s*:\s*$`, 'i');

/** The person a list line starts with, after a site or discipline label if it has one. */
function listedPerson(item: string, offset: number) {
  const read = personIn(item, offset);
  const label = ITEM_LABEL.exec(item);
  // a label is read past only when what follows it is a person, so "Dr X - Head of Y" keeps Dr X
  if (label && (!read || read.end - offset <= label[0].length)) {
    const after = personIn(item.slice(label[0].length), offset + label[0].length);
    if (after) return after;
  }
  return read;
}

/**
 * People listed under a line that names the LHS role and ends in a colon ("would like to
 * nominate two joint ...:", "... to share the Lead Healthcare Scientist role between them:"):
 * bulleted or numbered, or lines with their contacts, blank lines between them or not.
 */
export function listedPeople(text: string): Cand[] {
  const out: Cand[] = [];
  const lines = text.split('\n');
  let o = 0;
  let intro = '';
  let prev = '';
  // the list's items so far had bullets or numbers: a line without one ends it ("Dr X, Medical Director" signing below)
  let bulleted = false;
  for (const line of lines) {
    // "- Dr A", "1. Dr A", and "-Professor A" as an HTML list's bullet comes out as text
    const b = /^(\s*(?:[*•·\-–]|\d{1,2}[.)])\s+|\s*[-–•·](?=\p{Lu})|)/u.exec(line)!;
    const item = line.slice(b[1]!.length);
    const open = (LHS.test(intro) || THE_ROLE_GIVEN.test(intro)) && /:\s*$/.test(intro);
    if (!open) bulleted = false;
    const read = open && line.trim() && (b[1] || (!bulleted && /[,(|]|@/.test(line))) ? listedPerson(item, o + b[1]!.length) : null;
    if (read) {
      out.push({ read, how: 'list', role: null, window: '', fields: {} });
      if (b[1]) bulleted = true;
    }
    else if (line.trim() && !b[1] && !CONTACTS.test(line)) {
      // prose: it may open a list of its own ("...:" on the line under "We nominate")
      intro = /:\s*$/.test(line) && !LHS.test(line) ? `${prev} ${line}` : line;
    } else if (line.trim() && b[1] && !open) intro = line;
    if (line.trim()) prev = line;
    o += line.length + 1;
  }
  return out;
}
