import { firstPhone } from '../contacts.js';
import { fullNameEndingIn, fullNameFrom, readNameAt, type NameRead } from '../names.js';
import type { FoundNominee } from './candidate.js';
import { ownAddressIn } from './forwarded.js';
import { personIn } from './personIn.js';

// "the email address I gave for Dr Nkem Eze", "the extension we sent you for Sunita"
const GAVE_FOR =
  /\b(?:e-?mail(?:\s+address)?|address|(?:tele)?phone(?:\s+number)?|(?:contact\s+)?number|extension|ext\.?|direct\s+line|mobile|contact\s+details|details)\s+(?:that\s+)?(?:I|we)\s+(?:gave|sent|provided|supplied|quoted|listed)\s+(?:you\s+|to\s+you\s+)?(?:(?:yesterday|earlier|previously|last\s+week|this\s+morning|on\s+\p{Lu}\p{Ll}+day)\s+)?for\s+/giu;
// "I gave the wrong telephone number for Dr Singer"
const GAVE_WRONG_FOR =
  /\b(?:I|we)\s+(?:gave|sent|provided|supplied|quoted|listed)\s+(?:you\s+)?(?:the\s+|an?\s+)?(?:wrong|incorrect|old)\s+(?:e-?mail(?:\s+address)?|address|(?:tele)?phone(?:\s+number)?|(?:contact\s+)?number|extension|direct\s+line|mobile|contact\s+details|details)\s+for\s+/gi;
// "Chinedu's nhs.net address is ...", "Sunita's direct line is ..." in a message that says it corrects
const WHOSE_DETAIL = /\b\p{Lu}\p{Ll}{2,}(?=(?:'s|’s)\s+(?:[\w.]+\s+)?(?:e-?mail\s+)?(?:address|e-?mail|number|phone|direct\s+line|mobile|extension)\s+(?:is|should\s+be)\b)/gu;
const CORRECTION = /\bcorrect(?:ion|ed)\b|\bapologies\b[^.\n]{0,60}\b(?:wrong|incorrect|error)\b/i;
// ...said to be wrong or changed, in the same stretch of text
export const SAYS_WRONG = /\b(?:wrong|incorrect|(?:has|have)\s+(?:now\s+)?changed|out\s+of\s+date|mistake|typo|correct(?:ed|ion)?)\b/i;
// "her email address is as before", "everything else stands"
const UNCHANGED = /\b(?:as\s+before|unchanged|(?:is|are)\s+(?:still\s+)?correct|(?:everything|all)\s+else\s+(?:stands|is\s+(?:the\s+same|correct)))\b/i;

/** "Dr Singer": a title and one name. */
function titledSurname(text: string): NameRead | null {
  const read = readNameAt(text, 0, { minWords: 1 });
  return read?.hasTitle ? read : null;
}

/**
 * A message that only corrects a nominee's details ("the email address I gave for Dr X was
 * wrong; the correct address is ..."): the nominee again, with the new details. A first name
 * alone ("for Sunita") is read in full from the earlier message quoted below; an address said
 * to be "as before" is taken from there too, the rest only from the new text.
 */
export function correctedNominee(content: string, quoted: string): FoundNominee | null {
  // "the address I gave for X was wrong"; "correction ...: Chinedu's nhs.net address is ..."
  const said = [...content.matchAll(GAVE_FOR), ...content.matchAll(GAVE_WRONG_FOR)].map((m) => ({ index: m.index!, at: m.index! + m[0].length }));
  if (CORRECTION.test(content)) for (const m of content.matchAll(WHOSE_DETAIL)) said.push({ index: m.index!, at: m.index! });
  for (const { index, at } of said) {
    if (!SAYS_WRONG.test(content.slice(Math.max(0, index - 200), at + 200))) continue;
    const read = personIn(content.slice(at, at + 120), 0) ?? titledSurname(content.slice(at, at + 60));
    // "Dr Singer": the full name from the earlier message quoted below, where it gives one
    let name = read ? (read.bare.length === 1 ? (fullNameEndingIn(read.bare[0]!, quoted)?.name ?? read.name) : read.name) : null;
    if (!name) {
      const first = /^(\p{Lu}\p{Ll}{2,})\b/u.exec(content.slice(at, at + 40))?.[1];
      name = first ? (fullNameFrom(first, quoted)?.name ?? null) : null;
    }
    if (!name) continue;
    const given = ownAddressIn(content, name);
    const before = !given && UNCHANGED.test(content) ? ownAddressIn(quoted, name) : null;
    // the new text's own number, where it gives one ("Her direct line is ...")
    const phone = firstPhone(content.slice(at))?.text ?? null;
    const email = given?.email ?? before?.email ?? null;
    return { name, email, phone: phone ?? given?.phone ?? null, jobTitle: null, role: 'lead', how: 'phrase', doubts: [] };
  }
  return null;
}
