import { findEmails } from '../contacts.js';
import { emailMatchesName, fullNamesWithFirst, isNotName, namesSpeltByAddresses, type NameRead } from '../names.js';
import type { Cand } from './candidate.js';
import { ROLE_WORDS } from './jobTitles.js';
import { personIn } from './personIn.js';
import { LHS, NOT_A_CONTACT_ROLE, THE_ROLE_PASSIVE } from './roles.js';
import { sentenceAround } from './sentence.js';

// Words that make a nomination conditional or only intended ("before we nominate", "we may put forward").
const CONDITIONAL = /\b(?:before|if|whether|once|unless|may|might|could|intend\w*|plan\w*|hop(?:e|ing)\s+to|consider\w*|thinking\s+of|propos(?:e|ing)\s+to|would\s+(?:you|it)|minded\s+to|likely\s+to)\b[^.;:,!?\n]{0,30}$/i;

// "I can confirm that Dr X ..." counts only where the sentence is about the role.
const CONFIRM_TRIGGER = /\bconfirm(?:ed)?\s+(?:that\s+)?(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\b)/g;

// "for NUH the lead will be X": "lead" alone, so it counts only where the sentence is about the LHS.
const LEAD_TRIGGER = /\b(?:our|the)\s+(?:Trust's\s+)?lead(?:\s+for\s+[^.\n]{1,40}?)?\s+(?:is|will\s+be|would\s+be)\s*:?\s*/gi;

// "the person best placed to take on the role is X", "the colleague we have chosen is X": counts
// only where the sentence is about the role
const PERSON_IS = /\b(?:person|individual|colleague)\s+(?:best\s+placed|we\s+(?:would\s+like|wish|propose|have\s+(?:chosen|identified|agreed\s+on))|(?:we\s+have\s+)?(?:chosen|nominated|identified))\b[^.:;\n]{0,80}?\bis\s*:?\s*(?:\n[ \t]*){0,3}/gi;

// "For the Walton Centre it will be Dr X <x@...>", "it'll be Sarah Jones: sarah.jones@...": said of
// the letter's question, so it counts only where the person's own address follows the name
const IT_WILL_BE = /\b(?:it|this)\s+(?:will\s+be|would\s+be|is)(?:\s+still)?\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)|\bit(?:'ll|’ll)\s+be\s+(?=[A-Z])|\bours\s+(?:is|will\s+be)\s*:?\s*/gi;

// "please record Dr X, ..., as the Trust's LHS", "For BSUH please put down Dr X", "Please accept Dr X as
// Kettering's LHS": the answer to the letter, said as what to write down
const PLEASE_RECORD =
  /\b(?:please\s+(?:could\s+you\s+)?|could\s+you\s+(?:please\s+)?)(?:instead\s+)?(?:record|register|put\s+down|enter|accept)\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)|\bplease\s+(?:take|have|use)\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s[^.\n]{2,60}?\s+as\s+(?:our|the)\s+(?:Trust's\s+)?(?:lead|LHS|Lead\s+Healthcare\s+Scientist)\b)/gi;

// "Please remove Dr X from your list and replace him with:\n\nDr Y", "replace his name with that of Dr Y": Y is the nominee
const REPLACE_WITH = /\breplace\s+(?:him|her|them|(?:his|her|their)\s+name|(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+as\s+[^.\n]{2,80}?)?\s+with\s*:?\s*(?:\n[ \t]*){0,3}(?:that\s+of\s+)?/g;

// The start of a line that repeats a subject ("Re: ...", "Subject: ...") in the body.
const SUBJECT_LINE = /^\s*(?:(?:re|fw|fwd|subject)\s*:\s*)+/i;

// The subject of the sentence is someone considered ("the obvious candidate for the role is X"), unless chosen.
const CANDIDATE = /\bcandidates?\b(?![^.]*\b(?:chosen|selected|agreed|appointed|confirmed)\b)/i;

// Words before a name that weigh a choice rather than make it ("whether X should be our LHS").
const WEIGHS_IT = /\b(?:whether|if|discuss\w*|consider\w*|wonder\w*|ask\w*|debat\w*|unsure|decide\w*)\b/i;
// ... unless a decision was made after them: "Having discussed it, we have agreed that X should ..."
const DECIDED_THAT = /\b(?:(?:have|has|had|was|were)\s+(?:now\s+|since\s+|therefore\s+)?(?:agreed|decided|confirmed)|it\s+is\s+agreed)\s+that\b/gi;

/** The words before a name weigh a choice that they do not then make. */
function weighsChoice(before: string): boolean {
  let from = 0;
  for (const m of before.matchAll(DECIDED_THAT)) from = m.index! + m[0].length;
  return WEIGHS_IT.test(before.slice(from));
}

// "Trust: Lead Healthcare Scientist Dr X (...), deputy Ms Y (...)": the role named, then the titled person
const ROLE_THEN_PERSON = /\b(?:LHS|Lead\s+Healthcare\s+Scientist)\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)/g;
// ... not one that was or is someone else's: "our former Lead Healthcare Scientist Dr X"
const SOMEONE_ELSES = /\b(?:former|previous|retiring|outgoing|acting|interim|other|their|your|another|regional|network)\s+$/i;

// Each ends where the name starts.
const TRIGGERS: RegExp[] = [
  /\b(?:nominat(?:es|ing|e)|propos(?:es|e)|put(?:s|ting)?\s+forward|(?<=\b(?:like|wish|pleased|happy|delighted)\s+to\s+)name)\b(?:\s+(?:our|my|the\s+Trust's)\s+([A-Z][^,.\n]{3,60}?),|\s+(?:two|three|the\s+following)\s+(?:colleagues|people|individuals|members\s+of\s+(?:our\s+)?staff)\b[^,:.\n]{0,100}[,:])?\s*:?\s*(?:\n[ \t]*){0,3}/gi,
  /\b(?:LHS|Lead\s+Healthcare\s+Scientist|nomination|nominee|nominated\s+(?:individual|person|lead|officer|colleague))(?:\s+(?:role|post))?(?:\s+here)?(?:\s+(?:for|at|across|in|of)\s+[^.\n]{1,80}?)?(?:\s+(?:from\s+now\s+on|going\s+forward|with\s+(?:immediate\s+)?effect|henceforth|therefore|however|from\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+20\d\d)?|next\s+(?:week|month|year))))?(?:,\s+who\s+[^,.;\n]{1,120},)?,?\s+(?:(?:is|will|would|shall)\s+(?:now|instead|therefore|then|still)\s+be|is\s+(?:now|still)|is\s+to\s+be|will\s+continue\s+to\s+be|continues\s+to\s+be|remains|will\s+be|would\s+be|shall\s+be|should\s+be|is)\b\s*(?:to\s+be\s+)?:?\s*(?:\n[ \t]*){0,3}(?:[A-Z][a-z]+,?\s+(?:i\.?e\.?|that\s+is|namely),?\s+)?/gi,
  /\b(?:LHS|Lead\s+Healthcare\s+Scientist)s\s+(?:are|will\s+be)\s*:?\s*(?:\n[ \t]*){0,3}/gi,
  /\b(?:LHSs?|Lead\s+Healthcare\s+Scientists?|nominations?|nominees?)(?:\s+(?:for|covering|across)\s+[^:=\n]{1,120}?)?(?:\s*:|\s*=|[ \t]+[-–][ \t])[ \t]*(?:\n[ \t]*){0,3}/gi,
  CONFIRM_TRIGGER,
  // "We already have one - Dr X, ...": the trust's LHS in post
  /\balready\s+(?:have|has)\s+(?:one|an?\s+(?:LHS|Lead\s+Healthcare\s+Scientist|lead))(?:\s+in\s+(?:post|place))?\s*(?:[-–—:,]\s*|\s+who\s+is\s+|\s+in\s+)/gi,
  LEAD_TRIGGER,
  REPLACE_WITH,
  IT_WILL_BE,
  PLEASE_RECORD,
  PERSON_IS,
  // "please disregard that nomination and record instead:" with the person below
  /\b(?:record|list|register|note|add)\s+(?:instead|the\s+following|this\s+instead)\s*:\s*(?:\n[ \t]*){0,3}/gi,
  // "Please record the Trust's Lead Healthcare Scientist as:" with the person below
  /\b(?:record|register|list|note|add|show|confirm)\s+(?:the\s+|our\s+)?(?:[\p{Lu}][^.\n]{0,60}?(?:'s|’s|s'|s’)\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\s+as\s*:?\s*(?:\n[ \t]*){0,3}/giu,
  ROLE_THEN_PERSON,
  // "the LHS role will be shared jointly by Dr A, ..., and Mr B"
  /\b(?:LHS|Lead\s+Healthcare\s+Scientist)(?:\s+(?:role|post))?\s+(?:will\s+be|is|is\s+to\s+be)\s+(?:(?:shared|held|taken(?:\s+on)?|filled|covered|undertaken)\s+)(?:jointly\s+)?by\s*:?\s*(?:\n[ \t]*){0,3}/gi,
  // "it has been agreed that the role will be taken by Mr X", "we propose that the role be held
  // jointly by:": the role the letter asks about, said in the passive
  new RegExp(String.raw`${THE_ROLE_PASSIVE}by\s*:?\s*(?:\n[ \t]*){0,3}`, 'gi'),
  // "... to be joint LHS alongside Mr Hamid Rezaei": the other joint lead
  /\b(?:joint|jointly|share\w*)\b[^.\n]{0,60}?\balongside\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)/gi,
];
// "His deputy will be Dr ..." / "Deputy: Dr ..." / "with, as deputy:" over "- Mr ..." on the next line
const DEPUTY_TRIGGER = /\bdeputy(?:\s+|\s*:[ \t]*(?:\n[ \t]*)?(?:[-–•*][ \t]+)?)(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)|\b(?:his|her|their|our)\s+deputy,\s+who\b[^:\n.]{0,60}:\s*(?:\n[ \t]*){0,3}|\bdeputi[sz]ing\s+for\s+(?:him|her|them)\s+(?:will\s+be|is)\s*:?\s*|\b(?:will\s+be|is)\s+backed\s+up\s+by\s*|\b(?:deputy|alternate|deputy\s+lead)(?:\s+(?:LHS|Lead\s+Healthcare\s+Scientist))?(?:\s+for\s+[^.\n]{1,60}?)?(?:,[^,.\n]{1,60},)?\s+(?:will\s+be|is|would\s+be|(?:will|would)\s+(?:also|then)\s+be)\s*:?\s*(?:(?:my|our)\s+colleague,?\s+)?/gi;

// Said of a named person after the name: they take the role.
const TAKES_ROLE = new RegExp(
  String.raw`\b(?:(?:will|would)\s+be\s+(?:our|the|joint)\s+(?:joint\s+)?(?:Trust's\s+|new\s+)?(?:LHSs?|Lead\s+Healthcare\s+Scientists?)|(?:has|have)\s+(?:kindly\s+|now\s+|already\s+|nevertheless\s+|since\s+)?agreed\s+to\s+(?:act${NOT_A_CONTACT_ROLE}|be${NOT_A_CONTACT_ROLE}|take|lead)|(?:has|have)\s+been\s+(?:nominated|appointed|identified|selected|chosen|confirmed|elected)\s+(?:as\s+|to\s+be\s+)?(?:our|the)\s+(?:Trust's\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist|lead)|is\s+(?:our|the)\s+(?:nominated\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|will\s+take\s+over|(?:will\s+continue|continues)\s+(?:to\s+act\s+)?as\s+(?:our|the)\s+(?:Trust's\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|(?:will\s+remain|remains)\s+(?:as\s+)?(?:our|the)\s+(?:Trust's\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|takes?\s+on\s+the\s+(?:LHS|Lead\s+Healthcare\s+Scientist)\s+role|(?:will|are\s+to)\s+(?:hold|share)\s+the\s+(?:LHS\s+|Lead\s+Healthcare\s+Scientist\s+)?role\s+(?:together|jointly|between\s+them)|takes?\s+over\s+as\s+(?:the\s+|our\s+)?(?:Trust's\s+|new\s+|interim\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|(?:will|should|is\s+to)\s+take\s+(?:on|up)\s+(?:the|this)\s+(?:(?:LHS|Lead\s+Healthcare\s+Scientist)\s+)?role|(?:will|should|is\s+to)\s+take\s+(?:the|this)\s+(?:LHS|Lead\s+Healthcare\s+Scientist)\s+role|acts?\s+as\s+(?:our|the)\s+(?:LHS|Lead\s+Healthcare\s+Scientist)|has\s+agreed\s+to\s+(?:act${NOT_A_CONTACT_ROLE}|be${NOT_A_CONTACT_ROLE}|take)|is\s+happy\s+to\s+(?:take|act|be)(?!\s+(?:contacted|reached|called|approached|copied|involved)\b)|(?:is|are)\s+(?:happy|willing|pleased|delighted)\s+to\s+represent\s+[^.\n]{1,60}?\s+as\s+(?:our\s+|the\s+|its\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|has\s+accepted(?!\s+(?:a|an|another)\s+(?:new\s+)?(?:post|position|role|job|appointment)\b)|(?:will\s+)?act(?:s|ing)?\s+as\s+(?:our|the)\s+(?:interim\s+|acting\s+|new\s+)?(?:Trust's\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|(?:will\s+)?act\s+as\s+(?:our\s+|the\s+)?joint\s+(?:LHSs?|Lead\s+Healthcare\s+Scientists?)|will\s+take\s+(?:this|it)\s+on|(?:has|have)\s+(?:kindly\s+)?volunteered\s+to\s+(?:take\s+on|be|act\s+as)|(?:has|have)\s+been\s+(?:confirmed|appointed)\s+(?:in|to|into)\s+the\s+(?:role|post)\s+of\s+(?:the\s+Trust's\s+|our\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|will\s+represent\s+(?:us|the\s+Trust|the\s+organisation)\s+on\s+(?:the\s+|your\s+)?(?:LHS\s+|Lead\s+Healthcare\s+Scientists?\s+)?network|(?:has|have)\s+said\s+yes(?!\s+to\b)|(?:is|will\s+be|would\s+be)\s+(?:\p{Lu}[\p{L}\s&'’-]{1,60}?(?:'s|’s|s'|s’))\s+["“]?(?:nominated\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b)\b`,
  'iu',
);
// A person named near these words is not being nominated.
const NOT_NOMINATED_BEFORE = /\b(?:passed\s+(?:it|this|your\s+letter|the\s+letter|the\s+request)\s+(?:on\s+)?to|candidates?|on\s+behalf\s+of|(?:PA|EA|assistant)\s+to|copy\s+me|chaired\s+by|shadowed|considering|shortlist(?:ed)?|interview(?:ing)?|succeed(?:ing|s)?|replac(?:e|es|ing)|rather\s+than|instead\s+of)\b(?:[\s,:]+[\w'’-]+){0,3}[\s,:]*$/i;
const NOT_NOMINATED_AFTER = /^[^.;\n]{0,80}\b(?:retir\w*|leaving|left\s+the|award|of\s+the\s+year|being\s+considered|will\s+come\s+back|is\s+considering|are\s+considering|but\s+(?:he|she|they)\s+(?:has|have)\s+(?:since|now)|(?:will|would)\s+not\s+be\s+(?:our|the)|(?:has|have)\s+declined|let\s+you\s+know|get\s+back\s+to\s+you|be\s+in\s+touch|come\s+back\s+to\s+you|confirm\s+(?:a|the)\s+name)\b/i;
const NOT_NOMINATED = { test: (s: string) => NOT_NOMINATED_BEFORE.test(s) };
const DEPUTY_AFTER = /^[^.;\n]{0,140}?\bas\s+(?:my|his|her|their|the|our)\s+(deputy|joint\s+lead|alternate)\b/i;

/**
 * "Nisha" at `at`, read as the one full name the text gives with that first name ("Dr Nisha
 * Patel" earlier): at the first name's place, and where the full name stands; null where no
 * full name, or more than one, has it.
 */
function firstNameOfOne(text: string, at: number): { said: NameRead; full: NameRead } | null {
  const first = /^(\p{Lu}\p{Ll}{2,})(?=\s)/u.exec(text.slice(at, at + 30))?.[1];
  if (!first || isNotName(first)) return null;
  // only where the role words follow the first name straight away (the costly search comes after)
  if (TAKES_ROLE.exec(text.slice(at + first.length, at + first.length + 160))?.index !== 1) return null;
  const names = fullNamesWithFirst(first, text);
  if (names.length !== 1) return null;
  const full = names[0]!;
  return { said: { ...full, start: at, end: at + first.length }, full };
}

export function phrasePeople(text: string): Cand[] {
  const out: Cand[] = [];
  // "Will Head", "Joy Trust": names with an ordinary word in them, where their own address spells them
  const confirmed = namesSpeltByAddresses(text);
  for (const re of TRIGGERS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index! + m[0].length;
      // "Re: Lead Healthcare Scientist - UH Bristol": a subject line names the topic, not a person
      if (SUBJECT_LINE.test(text.slice(text.lastIndexOf('\n', m.index!) + 1, m.index!))) continue;
      // "... is our Consultant Clinical Scientist in Audiology, Dr Mei-Ling Tan": the job, then the person
      const titleFirst = /^(?:our|the|a|an)\s+([A-Z][^,.;:\n]{3,80}?),\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)/.exec(text.slice(at, at + 120));
      const nameAt = titleFirst && ROLE_WORDS.test(titleFirst[1]!) && !LHS.test(titleFirst[1]!) ? at + titleFirst[0].length : at;
      const read = personIn(text.slice(nameAt, nameAt + 160), nameAt, confirmed) ?? null;
      if (!read) continue;
      // "whether our LHS should be X or Y" weighs it, it does not decide it
      if (/should\s+be\s*$/i.test(m[0].trimEnd() + ' ') && weighsChoice(text.slice(Math.max(0, m.index! - 80), m.index!))) continue;
      const sentence = sentenceAround(text, m.index!, read.end);
      // "The obvious candidate for the LHS role is X": someone considered, not chosen
      const opening = sentence.slice(0, Math.max(0, sentence.indexOf(m[0].trim())));
      if (CANDIDATE.test(opening)) continue;
      if (re === CONFIRM_TRIGGER && !LHS.test(sentence) && !/\brole\b/i.test(sentence)) continue;
      if (re === LEAD_TRIGGER && !LHS.test(sentence)) continue;
      if (re === ROLE_THEN_PERSON && SOMEONE_ELSES.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      // "The colleague we have agreed on is X": about the role where this or the paragraph before names it
      const textBefore = text.slice(Math.max(0, m.index! - 600), m.index!);
      if (re === PERSON_IS && !LHS.test(sentence) && !/\b(?:the|this)\s+role\b/i.test(sentence) && !LHS.test(textBefore)) continue;
      if (re === IT_WILL_BE && !findEmails(text.slice(read.end, read.end + 240)).some((e) => emailMatchesName(e.address, read.name) >= 1)) continue;
      // "it'll be Rich Penhale ... richard.penhale@": a name said in passing may be short for the one on record
      if (re === IT_WILL_BE && /ll\s+be\s*$/.test(m[0]) && !findEmails(text.slice(read.end, read.end + 240)).some((e) => e.address.split(/[._]/)[0] === read.bare[0]?.toLowerCase())) continue;
      // "Please disregard my email of 16 September nominating X", "... in which I put forward X": that nomination is withdrawn
      if (re === TRIGGERS[0] && /\b(?:disregard\w*|withdraw\w*|cancel\w*)\b[^.!?\n]{0,80}$/i.test(text.slice(Math.max(0, m.index! - 100), m.index!))) continue;
      if (re !== REPLACE_WITH && NOT_NOMINATED_BEFORE.test(text.slice(Math.max(0, read.start - 60), read.start))) continue;
      if (NOT_NOMINATED_AFTER.test(text.slice(read.end, read.end + 100))) continue;
      const before = m[1] && ROLE_WORDS.test(m[1]) ? { jobTitle: m[1].trim() } : nameAt > at ? { jobTitle: titleFirst![1]!.trim() } : {};
      const conditional = re === TRIGGERS[0] && CONDITIONAL.test(text.slice(Math.max(0, m.index! - 50), m.index!));
      out.push({ read, how: 'phrase', role: null, window: '', fields: before, ...(conditional ? { doubt: `the nomination of ${read.name} reads as conditional or only intended` } : {}) });
      // "nominate Dr X (contacts) and Dr Y as joint leads"; after "shared jointly by", the "and
      // Mr Y" that follows the first person's contacts, in the same sentence
      const jointly = /jointly|shared/i.test(m[0]) ? /^(?:[^\n]|\n(?!\s*\n))*?\s(?:and|&)\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)/.exec(text.slice(read.end, read.end + 300).split(/\.(?:\s|$)/)[0]!) : null;
      const and = jointly ?? /^(?:\s*\([^)\n]{0,160}\))?(?:,[^,.;\n]{0,80},)?\s+(?:and|&)\s+/.exec(text.slice(read.end, read.end + 300));
      if (and) {
        const at2 = read.end + and[0].length;
        const second = personIn(text.slice(at2, at2 + 160), at2, confirmed);
        if (second && !NOT_NOMINATED_AFTER.test(text.slice(second.end, second.end + 100))) out.push({ read: second, how: 'phrase', role: null, window: '', fields: {} });
      }
    }
  }
  for (const m of text.matchAll(DEPUTY_TRIGGER)) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at, confirmed);
    if (read && !NOT_NOMINATED_AFTER.test(text.slice(read.end, read.end + 100))) out.push({ read, how: 'phrase', role: 'deputy', window: '', fields: {} });
  }
  // "We have appointed Dr X as our LHS", "I would like to put Dr X forward"
  for (const m of text.matchAll(/\b(?:appointed|identified|selected|chosen|named|put|record|list|register|note|add)\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)/g)) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at, confirmed);
    if (!read) continue;
    const rest = text.slice(read.end, read.end + 200).split(/[.;]\s|\n\s*\n/)[0]!;
    // "I named Dr X as our LHS, but ...", "disregard my email, which named Mr X as ...": the one withdrawn
    if (/\b(?:disregard|withdraw\w*|in\s+error|correct\w*|but\s+(?:he|she|they)\b|instead)\b/i.test(sentenceAround(text, m.index!, read.end))) continue;
    const asRole = /^[^.;]{0,160}?\bas\s+(?:our|the|its|their)\s+(?:Trust's\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b/i.test(rest);
    const forward = m[0].startsWith('put') && /^[^.;]{0,120}?\bforward\b/i.test(rest);
    // "Please add Dr X to your network"
    const toNetwork = m[0].startsWith('add') && /^(?:\s*\([^)]*\))?\s+to\s+(?:your|the)\s+(?:LHS\s+|Lead\s+Healthcare\s+Scientists?\s+)?network\b/i.test(rest);
    if (asRole || forward || toNetwork) out.push({ read, how: 'phrase', role: null, window: '', fields: {} });
  }
  // "I have asked Siân Pryce, our ..., to act as Lead Healthcare Scientist", "We would like our
  // Consultant Biomedical Scientist, Mrs D F, to take on the LHS role", "I'm happy for Sandra Lyle
  // to be our LHS", "asked Ms Y to act as his deputy": "to" straight after the person (and an
  // aside), so "asked X whether she would be willing to act as ..." is not one
  for (const m of text.matchAll(/\b(?:asked|invited|would\s+like|wish|want|(?:happy|content|pleased|glad)\s+for)\s+(?:our\s+[^,.;\n]{3,80},\s+)?(?=\p{Lu})/gu)) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at, confirmed);
    if (!read) continue;
    const rest = text.slice(read.end, read.end + 240);
    const asLead = /^(?:\s*\([^)]*\))?(?:\s*,[^,.;]{0,100},)?,?\s+to\s+(?:act\s+as|be|become|take\s+on)\s+(?:the\s+role\s+of\s+)?(?:the\s+|our\s+|your\s+)?(?:Trust's\s+|interim\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b/i.test(rest);
    // "we have also asked Ms Y (job) to act as his deputy"
    const asDeputy = !asLead && /^(?:\s*\([^)]*\))?(?:\s*,[^,.;]{0,100},)?,?\s+to\s+(?:act\s+as|be)\s+(?:his|her|their|the|our)\s+deputy\b/i.test(rest);
    if ((!asLead && !asDeputy) || NOT_NOMINATED_AFTER.test(rest)) continue;
    out.push({ read, how: 'phrase', role: asDeputy ? 'deputy' : null, window: '', fields: {} });
  }
  // "From April, Dr Sarah Kinsella, ..., will take over"; "...agreed that Dr X, Head of Y, will be our LHS"
  // a person starts a sentence, a clause (after a dash too: "Hi - X will be our LHS"), or is titled
  // anywhere ("In the interim Dr X, ..., has agreed")
  for (const m of TAKES_ROLE.test(text) ? text.matchAll(/(?:^|[.,;:!]\s+|\n|\s[-–—]\s+|\b(?:that|and)\s+|\)\s+and\s+|\s(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s))(?=\p{Lu})/gu) : []) {
    const at = m.index! + m[0].length;
    // "Nisha will be our LHS": a first name alone, where the text gives one full name with it;
    // the person is then read (contacts, job) where the full name stands
    const named = personIn(text.slice(at, at + 160), at, confirmed);
    const alias = named ? null : firstNameOfOne(text, at);
    const read = named ?? alias?.said;
    if (!read) continue;
    // to the end of the sentence, not stopping inside brackets ("(Blood Sciences; x@y; 0161 ...)")
    const raw = text.slice(read.end, read.end + 300);
    const masked = raw.replace(/\([^()\n]*\)/g, (p) => '(' + ' '.repeat(p.length - 2) + ')');
    const rest = raw.slice(0, masked.search(/[.;]\s|\n\s*\n|$/));
    const sentence = sentenceAround(text, at, read.end);
    // the role words must be said of this name: only an aside ("(contacts)", ", Head of X,") between
    // them, or "and" another person with theirs ("Dr A (...) and Mr B (...) will be joint leads")
    const said = TAKES_ROLE.exec(rest);
    // "X should take on the role" is a decision only where nothing before it asks or weighs it
    if (said && /^should/i.test(said[0]) && weighsChoice(text.slice(Math.max(0, at - 80), at))) continue;
    // asides in brackets emptied, so a comma inside one ("(x@y, 0113 ...)") does not end an aside
    // (and an aside set off by dashes, "X - known to all as Kobby - will ...", read as one in brackets)
    const between = said ? rest.slice(0, said.index).replace(/\([^()\n]*\)/g, '()').replace(/^\s[-–—]\s[^-–—()\n]{1,80}\s[-–—](?=\s)/, ' ()') : '';
    // "The current postholder, Dr X, will be ...": a name set off by commas is the subject before it
    const apposition = /,\s$/.test(text.slice(Math.max(0, at - 2), at)) && /^\s*,\s*$/.test(between);
    // "Lee Harrow looks after our equipment standards and has agreed to ...": two things said of one person
    const twoPredicates = /^(?:\s*\([^)]*\))?\s*,?\s+(?:[a-z]+s|is|has)\s(?![^]*\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|who|whom|whose|which)\b)[^,.;()\n]{0,100}?\s+and\s+$/.test(between);
    if (said && (apposition || twoPredicates || /^(?:\s*\([^)]*\),?)?(?:\s*,[^,]*,|\s*,(?!\s*(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\b)[^,]*,[^,]*,)?\s*(?:who\s+|is\s+(?:the\s+)?(?:obvious|natural|right|best)\s+(?:choice|person|candidate)\s+and\s+|and\s+(?:she|he|they)\s+)?$/.test(between) || /^(?:\s*\([^)]*\))?(?:\s*,[^,]*,?)?\s+(?:and|&)\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[^()\n]{0,60}?(?:\s*\([^)]*\))?(?:\s*,[^,]*,)?\s*$/u.test(between)) && !NOT_NOMINATED.test(text.slice(Math.max(0, at - 60), at)) && !NOT_NOMINATED_AFTER.test(rest) && sentence) {
      // "has agreed to act as deputy": the role the words give
      const as = /^\s+as\s+(?:(?:his|her|their|the|our)\s+)?(deputy|alternate|joint\s+lead)\b/i.exec(rest.slice(said.index + said[0].length));
      out.push({ read: alias?.full ?? read, how: 'phrase', role: as ? (/joint/i.test(as[1]!) ? 'joint' : 'deputy') : null, window: '', fields: {} });
    }
  }
  // "... and Jun Wei Lim (contacts) as her deputy", "Dr X, Principal ..., will deputise", "Mr Z, ..., who has agreed to deputise", "Ms Y,
  // Principal ..., stays on as deputy", "Z (z@...) covers for her": the name just before the
  // words, with only an aside between
  for (const m of text.matchAll(/\b(?:as|will\s+be)\s+(?:my|his|her|their|the|our|[A-Z][A-Za-z-]+(?:'s|’s))\s+(deputy|joint\s+lead|alternate)\b|\bas\s+(deputy|alternate|second)\b(?!\s+(?:director|chief|head|manager|medical|chair|of|choice|option|preference|candidate|author|reader|opinion)\b)|\b(?:will|(?:has|have)\s+(?:kindly\s+|also\s+|now\s+)?agreed\s+to|(?<=,\s*)to)\s+(deputi[sz]e|stand\s+in\s+for|cover\s+for|provide\s+cover|cover\s+in\s+(?:his|her|their)\s+absence|understudy)\b|\b(deputi[sz]ing)\s+(?:for|when|in\s+(?:his|her|their)\s+absence)\b|\b(covers|deputi[sz]es|stands\s+in)\s+for\s+(?:him|her|them)\b/gi)) {
    const from = Math.max(0, m.index! - 200);
    const before = text.slice(from, m.index!);
    let found: NameRead | null = null;
    for (const s of before.matchAll(/(?:\band\s+|&\s+|,\s+|[.!?;]\s+|\bwith\s+|\bby\s+|\n|^|\s(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s))(?=\p{Lu})/gu)) {
      const at = from + s.index! + s[0].length;
      const read = personIn(text.slice(at, at + 120), at, confirmed);
      // only an aside between the name and the words, or "who has agreed to act" before "as her deputy"
      if (read && read.end <= m.index! && /^(?:\s*\([^()]{0,160}\))?(?:\s*,(?:[^,()]|\([^()]{0,60}\)){0,80}(?:,(?:[^,()]|\([^()]{0,60}\)){0,60})?,)?\s*(?:(?:who\s+)?(?:has|have|will)\s+(?:(?:kindly|also|now)\s+){0,2}(?:agreed\s+to\s+)?(?:act|serve)\s+|(?:who\s+)?(?:stays|remains|continues|will\s+(?:stay|remain|continue))(?:\s+on)?\s+|to\s+(?:be\s+(?:recorded|listed|named|registered|noted)|act|serve)\s+|who\s+)?$/.test(text.slice(read.end, m.index!))) found = read;
    }
    if (found && !NOT_NOMINATED_BEFORE.test(text.slice(Math.max(0, found.start - 60), found.start)))
      out.push({ read: found, how: 'phrase', role: /joint/i.test(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!) ? 'joint' : 'deputy', window: '', fields: {} });
  }
  // "..., with Ms Rosalind Tan, Principal ..., as his deputy"
  for (const m of text.matchAll(/\bwith\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\s)/g)) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at, confirmed);
    if (!read) continue;
    const dep = DEPUTY_AFTER.exec(text.slice(read.end, read.end + 200));
    if (dep) out.push({ read, how: 'phrase', role: /deputy|alternate/i.test(dep[1]!) ? 'deputy' : 'joint', window: '', fields: {} });
  }
  return out;
}
