import { findEmails } from '../contacts.js';
import { readNameAt, displayNameAsPerson, emailMatchesName, nameKey, type NameRead } from '../names.js';
import type { Address } from '../../message/types.js';

// "Royal Surrey's ", "Leeds Teaching Hospitals' ": a trust's name as the owner of the role, up to five words
const OWNER = String.raw`(?:(?:[\w&-]+\s+){0,4}?[\w-]+(?:'s|’s|s'|s’)\s+)?`;

// The sender says they are the nominee: "I am our LHS", "Dr X has nominated me as the Trust's LHS", "I have been appointed as ...".
export const SELF = new RegExp(
  String.raw`\b(?:confirm\s+that\s+I\s+(?:am|have\s+agreed\s+to|will\s+be|shall\s+be)\s+(?:the\s+|our\s+|your\s+|act\s+as\s+(?:the\s+)?|take\s+on\s+(?:the\s+)?|taking\s+on\s+(?:the\s+)?)?(?:Trust's\s+|new\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|I\s+am\s+(?:the|your|our)\s+(?:new\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|I\s+will\s+be\s+(?:taking\s+on|taking|acting\s+as|the|your|our)\s+(?:the\s+|our\s+|new\s+|Trust's\s+){0,2}(?:Lead\s+Healthcare\s+Scientist|LHS)|(?:LHS|Lead\s+Healthcare\s+Scientists?)\b[^.!?\n]{0,160}\bI\s+will\s+be\s+taking\s+(?:on\s+)?(?:the|this)\s+role\b(?!\s+of\b)|I(?:'d|\s+would|\s+am|'m)\s+(?:be\s+)?(?:happy|delighted|pleased|glad|willing)\s+to\s+(?:be|take\s+on|act\s+as)\s+(?:the\s+|our\s+|your\s+)?(?:Trust's\s+|new\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|I(?:'ll|\s+will|\s+shall)\s+(?:act|serve)\s+as\s+(?:the\s+|our\s+|interim\s+)*(?:LHS|Lead\s+Healthcare\s+Scientist)|I(?:\s+have|'ve|’ve)\s+agreed\s+to\s+(?:act\s+as|be|take\s+on)\s+(?:the\s+|our\s+|your\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS|role)|I(?:'ll|\s+will)\s+take\s+(?:on\s+)?(?:the|this)\s+(?:Lead\s+Healthcare\s+Scientist\s+|LHS\s+)?role|I\s+am\s+happy\s+to\s+(?:take\s+on|act\s+as|be)\s+(?:the\s+|your\s+|our\s+)?(?:Lead|LHS|role)|(?:has|have)\s+(?:now\s+|kindly\s+|formally\s+)?(?:nominated|appointed|named|designated|chosen|selected|proposed|confirmed|put\s+forward)\s+me\s+(?:as|to\s+be)\s+(?:the\s+|our\s+|your\s+|its\s+)?${OWNER}(?:new\s+|interim\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|I(?:\s+have|'ve|’ve)\s+been\s+(?:nominated|appointed|named|designated|chosen|selected)\s+(?:by\s+(?:[^.!?\n,]{1,60}?,\s+){0,2}?[^.!?\n,]{1,60}?,?\s+)?(?:as\s+|to\s+be\s+)?(?:the\s+|our\s+|your\s+)?${OWNER}(?:new\s+|interim\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|\b(?:put|have|keep|note)\s+me\s+down\s+as\s+(?:the\s+|our\s+|your\s+|its\s+)?${OWNER}(?:new\s+|interim\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|\b(?:nominating|appointing|naming|proposing)\s+me\s+as\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:[\w&'’-]+\s+){0,5}?(?:new\s+|interim\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|\b(?:fine|happy|ok|okay|content|glad)\s+for\s+me\s+to\s+(?:be|act\s+as|take\s+on)\s+(?:the\s+|our\s+|your\s+|its\s+)?${OWNER}(?:new\s+|interim\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|\b(?:record|list|register)\s+me\s+as\s+(?:the\s+|our\s+|your\s+|its\s+)?${OWNER}(?:new\s+|interim\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS))`,
  'i',
);

/**
 * The same said more freely: "I" and then, in lower-case words only (no one else named, no
 * "him", "you", "not"), taking the role: "I have decided to act as Lead Healthcare Scientist",
 * "I will be Southend's Lead Healthcare Scientist", "I will be the Dudley Group's LHS", "I'm happy
 * to be put forward as our LHS", "I will hold the Lead Healthcare Scientist role myself". Not
 * where the words put someone else in the role: "I would expect the successful candidate to take on
 * the LHS role".
 */
const SELF_FREE =
  /(?<![\p{L}'’])(?<!\b(?:if|whether|should|could|can|shall)\s+)I(?:'ll|’ll|'m|’m|'d|’d)?\s+(?:(?!(?:you|him|her|them|someone|somebody|anyone|not|never|no|might|may|could|cannot|can't|can’t|won't|won’t|if|whether|would\s+like|(?:expect|want|hope|ask|invite|propose|suggest|anticipate|imagine|envisage|assume|intend)s?\s+(?:the|a|an|our|this|that|their|whoever|whichever))\b)[a-z]+\s+){0,6}?(?:be|act\s+as|take\s+on|take\s+up|serve\s+as|become|remain|hold)\s+(?:(?:put\s+forward|nominated|named|proposed|recorded|registered|listed)\s+as\s+)?(?:the\s+role\s+of\s+|this\s+role\s+as\s+)?(?:the\s+|our\s+|your\s+|interim\s+)?(?:(?:\p{Lu}[\p{L}&'’-]*\s+|(?:and|of)\s+){0,5}\p{Lu}[\p{L}-]*(?:'s|’s|s'|s’|'|’)\s+)?(?:Trust's\s+|Trust’s\s+|new\s+|interim\s+){0,2}(?:LHS|Lead\s+Healthcare\s+Scientist)\b/u;

/**
 * Asked whether they would take the role, the sender says yes in the next breath: "Dr W asked
 * whether I would act as the Trust's LHS. I'm glad to: ...", "asked whether I would take it on -
 * I'm very happy to", "has asked me to act as Royal Surrey's LHS, and I am happy to do so", "I have been
 * asked by Dr T, our Medical Director, to take on the role of LHS for Oxford, and I am happy to accept".
 */
const SELF_ASKED = new RegExp(
  String.raw`\b(?:asked\s+(?:me\s+to\s+|(?:me\s+(?:[\w-]+\s+){0,3}?)?(?:whether|if)\s+I(?:\s+would|\s+could|\s+might|\s+will|'d|’d)\s+(?:be\s+(?:willing|able|happy)\s+to\s+|like\s+to\s+)?)|I(?:\s+have|'ve|’ve)\s+been\s+asked\s+(?:by\s+[^.!?\n]{1,100}?\s+)?to\s+)(?:(?:act\s+as|be|take\s+on|become)\s+(?:the\s+role\s+of\s+)?(?:the\s+|our\s+)?${OWNER}(?:LHS|Lead\s+Healthcare\s+Scientist)\b|take\s+(?:it|this|this\s+role|the\s+role)\s+on\b|take\s+on\s+(?:the|this)\s+role\b)[^.!?\n]{0,80}[.!]?\s+(?:and\s+)?I(?:'m|’m|\s+am|\s+was|\s+have|'ve|’ve)\s+(?:very\s+|more\s+than\s+|most\s+)?(?:glad|happy|pleased|delighted|willing|agreed|accepted|said\s+yes)\b(?![^.!?\n]{0,40}\b(?:not|decline\w*|but)\b)`,
  'i',
);

/**
 * "I'm very happy to take this on ... my details are:": taking "this" on is the role only where
 * the writer then gives their own details for the list (else it may be taking on the letter).
 * "I'm willing to do this (for both)" is the same offer: willing or prepared, where "happy to do
 * this" may be about anything.
 */
const TAKES_IT_ON = String.raw`\bI(?:'m|’m|\s+am)\s+(?:very\s+|more\s+than\s+|quite\s+)?(?:(?:happy|glad|pleased|delighted|willing|prepared)\s+to\s+take\s+(?:this|it)\s+on|(?:willing|prepared)\s+to\s+do\s+(?:this|it|so))\b`;
const SELF_TAKES_IT_ON = new RegExp(String.raw`${TAKES_IT_ON}(?=[^]{0,600}\bmy\s+(?:contact\s+)?details\b)`, 'i');
const TAKES_IT_ON_ANYHOW = new RegExp(TAKES_IT_ON, 'i');

/** "I am happy to take this on", with or without the writer's details after it: they may be the nominee. */
export const saysTakesItOn = (text: string): boolean => TAKES_IT_ON_ANYHOW.test(text);

/**
 * The sender takes the deputy's place: "I have agreed to act as Claire's deputy", "I will be her
 * deputy", "I will deputise for him". Not "I will ask X to act as my deputy".
 */
const SELF_DEPUTY =
  /(?<![\p{L}'’])I(?:\s+have|'ve|’ve|\s+will|'ll|’ll|\s+shall|\s+am\s+(?:happy|glad|pleased|willing)\s+to|'m\s+(?:happy|glad|pleased|willing)\s+to)?\s+(?:(?:also\s+)?agreed\s+to\s+)?(?:(?:act|serve)\s+as|be|become)\s+(?:the\s+|her\s+|his\s+|their\s+|(?:\p{Lu}[\p{L}-]+)(?:'s|’s)\s+)?(?:named\s+)?deputy\b(?!\s+(?:medical|chief|director|head|manager)\b)|(?<![\p{L}'’])I(?:\s+will|'ll|’ll|\s+shall|\s+have\s+agreed\s+to)\s+deputi[sz]e\b/u;

/** The sender says they are the deputy (SELF_DEPUTY). */
export const saysSelfDeputy = (text: string): boolean => SELF_DEPUTY.test(text);

const SELF_WAYS = [SELF, SELF_FREE, SELF_ASKED, SELF_TAKES_IT_ON].map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));

/**
 * The sentence a match stands in ends with a question mark: "which I take to mean I have been
 * asked to be the LHS?" (a clause after a dash is a sentence of its own: "I'll be our LHS - could
 * you pass this on?").
 */
function inQuestion(text: string, end: number): boolean {
  const stop = /[.!?;]|\s[-–—]\s|\n\s*\n/.exec(text.slice(end, end + 300));
  return stop?.[0] === '?';
}

// a negation just before: "don't", "didn't", "do not", "not", "never", with a word between at most ("not yet record me")
const NEGATED_BEFORE = /(?:\b(?:not|never|cannot)|n['’]t)\s+(?:[a-z]+\s+)?$/i;

/** Each way the sender says they are the nominee, and whether it was said or only asked. */
function selfStatements(text: string): { said: boolean; asked: boolean } {
  let said = false;
  let asked = false;
  for (const [k, re] of SELF_WAYS.entries()) {
    for (const m of text.matchAll(re)) {
      // "has asked whether I would be willing to act as the Trust's LHS" is asked of them, not said
      if (k === 0 && /\b(?:whether|if)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      // "please don't record me as Salisbury's LHS at this stage": the words of taking it on, refused
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      if (inQuestion(text, m.index! + m[0].length)) asked = true;
      else said = true;
      if (said) return { said, asked };
    }
  }
  return { said, asked };
}

/** The sender says they are the nominee, in any of the ways above (in a statement, not a question). */
export const saysSelf = (text: string): boolean => selfStatements(text).said;

/** The sender asks whether they are the nominee, and nowhere says so: "so I take it I am to be the LHS?" */
export const asksIfSelf = (text: string): boolean => {
  const { said, asked } = selfStatements(text);
  return asked && !said;
};

/** The sender's own name as their signature writes it, or as the From header does. */
export function senderName(signature: string, from: Address | null): (NameRead & { fromSignature: boolean }) | null {
  const display = from?.name ? displayNameAsPerson(from.name) : null;
  const keys = new Set([...(display ? nameKey(display) : []), ...(from?.address ? from.address.split('@')[0]!.split(/[._-]/) : [])].filter((k) => k.length > 2));
  const lines = signature.split('\n').slice(0, 12);
  for (const [i, line] of lines.entries()) {
    const r = readNameAt(line.replace(/\|.*$/, ''), 0);
    if (!r || !nameKey(r.name).some((k) => keys.has(k))) continue;
    // "Mei Ling" signed off, "Dr Mei Ling Tsang" in the block below: the name in full
    const fuller = lines
      .slice(i + 1)
      .map((l) => readNameAt(l.replace(/\|.*$/, ''), 0))
      .find((f) => f && f.bare.length > r.bare.length && r.bare.every((w) => f.bare.includes(w)));
    return { ...(fuller ?? r), fromSignature: true };
  }
  // sent from a shared mailbox ("Medical Director's Office"): the signature's person, where an
  // address in the signature spells their whole name
  const displayed = display ? readNameAt(display, 0) : null;
  const own = displayed ? [] : findEmails(signature);
  if (own.length) {
    for (const line of signature.split('\n').slice(0, 12)) {
      const r = readNameAt(line.replace(/\|.*$/, ''), 0);
      if (r && own.some((e) => emailMatchesName(e.address, r.name) === 2)) return { ...r, fromSignature: true };
    }
  }
  return displayed ? { ...displayed, fromSignature: false } : null;
}
