import { readNameAt, type NameRead } from '../names.js';
import { LHS } from './roles.js';
import { samePerson } from './samePerson.js';
import { sentenceAround } from './sentence.js';
import { saidToHaveLeft } from './departed.js';

// Sentences that name someone for another reason: the medical director, a PA, a person a letter
// was passed to, candidates, the retired, people thanked or copied in, or reached through an office.
const OTHER_ROLE =
  /\b(?:medical\s+director|chief\s+executive|(?:PA|EA|assistant|secretary)\s+to|on\s+behalf\s+of|asked\s+me|has\s+asked|passed|forwarded|candidates?|considering|considered|shortlist\w*|interview\w*|retir\w*|left\s+the|copied|cc'?d?|chair\w*|award|thank\w*|previous\w*|former\w*|formerly|succeed\w*|replac\w*|rather\s+than|instead\s+of|disregard|withdraw\w*|acting|interim|until|covering|in\s+(?:his|her)\s+absence|contact\s+(?:my|his|her|the)|(?:via|through)\s+(?:my|his|her|their|the)\s+(?:PA|EA|secretary|assistant|office))\b/i;

// the words just before a name that make them the one meant: "it will be Mrs X", "is likely to be Dr Y"
// (not "would be", "could be": "the obvious candidates would be Dr X or Mrs Y" names candidates)
const BE_THE_ONE = /\b(?:will|to)\s+be\s+$/i;

/**
 * People named with a title ("Dr Jane Smith") in a sentence that gives no other reason for
 * naming them: where such a person is not among the nominees, a nominee may have been missed.
 * `lhsOnly` keeps only sentences about the role (for nominations, where other people are
 * often named for context).
 */
export function unexplainedPeople(content: string, known: string[], lhsOnly: boolean): string[] {
  const out: string[] = [];
  const text = content.slice(0, 20_000);
  // the known names read once, not again for every name in the text
  const knownReads = known.map((k) => readNameAt(k, 0));
  const isKnown = (read: NameRead) => knownReads.some((r) => (r ? samePerson(r, read) : false));
  for (const m of text.matchAll(/\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s/g)) {
    const read = readNameAt(text, m.index!);
    if (!read || read.bare.length < 2) continue;
    const sentence = sentenceAround(text, read.start, read.end);
    // "Dr Obi has asked me to let you know he thinks it will be Mrs X": named as the one it will
    // be, whatever else the sentence says of others
    if (OTHER_ROLE.test(sentence) && !BE_THE_ONE.test(text.slice(Math.max(0, read.start - 24), read.start))) continue;
    if (lhsOnly && !(LHS.test(sentence) || /\b(?:lead|deputy|role|nominat\w*)\b/i.test(sentence))) continue;
    if (isKnown(read) || saidToHaveLeft(read, text)) continue;
    if (!out.includes(read.name)) out.push(read.name);
  }
  // untitled names, where what follows reads as said of a person ("Jane Smith has agreed", "Jane Smith, our Head of ...")
  for (const m of text.matchAll(/(?<![\p{L}.'’-])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu})/gu)) {
    const read = readNameAt(text, m.index!);
    if (!read || read.hasTitle || read.bare.length < 2) continue;
    // ... or what comes before does: "I've asked Ngozi Eze in microbiology whether she would be willing"
    // ... or "It will be Sunita Raghunathan, head of ...": named as the one it will be
    const before = text.slice(Math.max(0, read.start - 30), read.start);
    const approached = /\b(?:asked|approached|sounded\s+out|(?:spoken|spoke|speaking|talked|talking)\s+(?:to|with))\s+$/i.test(before) || BE_THE_ONE.test(before);
    if (!approached && !/^\s*(?:,\s*(?:our|the|a|an|who|currently)\b|\((?!\d)|(?:has|have|had|is|was|will|would|who|kindly)\b)/i.test(text.slice(read.end, read.end + 30))) continue;
    const sentence = sentenceAround(text, read.start, read.end);
    if (OTHER_ROLE.test(sentence)) continue;
    if (lhsOnly && !(LHS.test(sentence) || /\b(?:lead|deputy|role|nominat\w*|agreed)\b/i.test(sentence))) continue;
    if (isKnown(read) || saidToHaveLeft(read, text)) continue;
    if (!out.some((o) => { const r = readNameAt(o, 0); return r ? samePerson(r, read) : false; })) out.push(read.name);
  }
  return out;
}
