import type { ParsedMessage } from '../message/types.js';
import { readBody, type Body } from './body/index.js';
import { detectAutomatic } from './automatic.js';
import { asksAndDefers, asksQuestion, noNomineeKind, replyEvidence, saysNotAboutRequest } from './kind.js';
import { findEmails, firstPhone } from './contacts.js';
import { CSO_ADDRESS } from './letter.js';
import { accentedSpelling, addressReversesName, emailMatchesName, readNameAt } from './names.js';
import { peopleByNlp } from './nlp.js';
import {
  acceptanceInForwarded,
  copiedInNominee,
  correctedNominee,
  cueSentences,
  findNominees,
  findNomineesInAttachment,
  firstNamesSayingYes,
  hasNominationCue,
  ownAddressIn,
  givenNameShortened,
  samePersonNamed,
  sameSurnameOtherGiven,
  asksIfSelf,
  saysSelf,
  saysTakesItOn,
  SAYS_WRONG,
  senderName,
  sentenceAround,
  unexplainedPeople,
  type FoundNominee,
} from './people/index.js';
import { answersInQuotedLetter, forwardedMessages, sectionsOf, splitSignOff, tidy, unwrap } from './text.js';
import { splitQuoted } from './body/quotes.js';
import { htmlToTextMarkingQuote, tidyLinks } from '../text/html.js';
import { buildTrustIndex, findTrustMentions, startsTrustName, trustRef, type TrustIndex } from './trust.js';
import { chooseTrust } from './trustChoice.js';
import { ASSISTANT, LHS } from './people/roles.js';
import type { Extraction, Kind, Nominee } from './types.js';

export { buildTrustIndex, type TrustIndex };

const SUPERSEDES =
  /\b(?:please\s+disregard|disregard\s+my|withdraw(?:s|n|ing)?|supersed(?:e|es|ing)|replac(?:e|es|ing)\s+(?:my|our|the)\s+(?:earlier|previous|(?:original\s+)?nomination\s+of)|correction|(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:Dr|Mr|Mrs|Ms|Miss|Prof)|will\s+no\s+longer\s+be|replace\s+(?:him|her|them|(?:his|her|their)\s+name|(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+as\s+[^.\n]{2,80}?)?\s+with)\b/iu;
// "please contact my PA, Mrs X, on ... or x@...": the sentence gives someone's office, not a nominee
const OFFICE_ADDRESS = new RegExp(String.raw`\b(?:my|his|her|the\s+MD's|the\s+Medical\s+Director's)\s+(?:${ASSISTANT}|office)\b|\b(?:${ASSISTANT}|assistant)\s+to\b|\badministrative\s+matters\b`, 'i');
// "Deputising for him will be ...", "as my deputy", "as Claire's deputy", "X will deputise": a deputy is named somewhere
// (not a "Deputy Medical Director", nor "no deputy")
const DEPUTY_SPOKEN = /\bdeputi[sz](?:e|es|ing)\b|\b(?:two|three|both|the|our|its|with)\s+deputies\b|(?<!\bno\s)\b(?:as|is|be|my|his|her|their|our|a|as\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor)\.?\s+)?\p{L}[\p{L}-]*(?:'s|’s))\s+deputy\b(?!\s+(?:medical|chief|director|head|manager|nurse|chair|CEO|to\s+the)\b)/iu;
const SEVERAL_DEPUTIES = /\b(?:two|three|both)\s+(?:of\s+(?:the|our)\s+)?deputies\b|\bdeputies\s*:/i;
// "Dr Y is acting up in his place", "Mr Z covers for her": someone standing in for the one named (not
// "Dr Y takes the role in her place", which a correction says of the new nominee)
const STAND_IN_SPOKEN = /\bacting\s+up\b|\b(?:stand(?:s|ing)?\s+in|cover(?:s|ing)?)\s+for\s+(?:him|her|them)\b/i;
// "X is the natural choice ... are you content for me to put your name forward?", "two scientists have
// offered to take this on ... I am happy for either or both": someone found, and a question asked
const CHOICE_OFFERED =
  /\bput\s+your\s+name\s+forward\b|\b(?:is|would\s+be)\s+the\s+(?:natural|obvious|right|best)\s+choice\b|\b(?:offered|volunteered)\s+to\s+(?:take\s+(?:this|it|the\s+role)\s+on|do\s+(?:this|it)|be\s+(?:our|the)\b)|\b(?:has|have)\s+(?:very\s+)?(?:kindly\s+)?(?:offered|volunteered)\b|\b(?:she|he|they)\s+would\s+be\s+(?:excellent|ideal|perfect|great|a\s+(?:good|great|natural)\s+(?:choice|fit))\b|\bI(?:'ve|’ve|\s+have)\s+been\s+asked\b[^.!?\n]{0,80}?\bto\s+(?:take\s+on|act\s+as|be)\s+(?:the\s+|our\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b|\bhappy\s+for\s+(?:him|her|them|either|both)\b/i;
// "one nomination for both trusts", "forwarded to me by more than one of our partner trusts", "each of the three medical directors",
// and a writer who holds a second medical director's post ("I am covering the MD role for X", "also interim MD of X")
const SPEAKS_FOR_SEVERAL =
  /\b(?:both|two|three|four|five|several|multiple|partner|member|all\s+(?:three|four|five)|each\s+of\s+the(?:\s+(?:two|three|four|five))?)\s+(?:(?:NHS|partner|member|acute)\s+)?(?:trusts|organisations|organizations)\b|\bon\s+behalf\s+of\s+both\b|\beach\s+of\s+the\s+(?:two|three|four|five)\s+medical\s+directors\b|\b(?:against|for|under)\s+one\s+(?:trust|organi[sz]ation)\s+or\s+(?:both|all|the\s+other)\b|\b(?:covering|deputising\s+as|acting\s+up\s+as)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:medical\s+director|MD)(?:'s|’s)?(?:\s+(?:role|responsibilities|duties|post))?\s+(?:for|at)\b|\balso\s+(?:the\s+)?(?:acting|interim)\s+(?:medical\s+director|MD)\s+(?:for|of|at)\b|\bboth\s+(?:of\s+the\s+|our\s+)?medical\s+directors\b|\b(?:two|three|four)\s+medical\s+directors\s+(?:have\s+|had\s+)?(?:agreed|asked)\b|\b(?:LHS|Lead\s+Healthcare\s+Scientist)\b[^.\n]{0,40}\bfor\s+both\b|\b(?:across|for|cover(?:s|ing)?)\s+the\s+(?:whole\s+)?(?:group|partnership)\b|\bthe\s+partners\s+(?:have\s+)?agreed\b/i;
// the writer turns the role down: "I am not able to take this on", "I must decline"
const DECLINES_IT =
  /\b(?:not\s+able\s+to|unable\s+to|cannot|can't|can’t|won't\s+be\s+able\s+to|won’t\s+be\s+able\s+to)\s+(?:take\s+(?:this|it|the\s+role|the\s+LHS\s+role)\s+on|take\s+on\s+(?:this|the)\b|accept\b|do\s+(?:this|it)\b|act\s+as\b)|\b(?:I|we)\s+(?:must|have\s+to|will\s+have\s+to)\s+decline\b|\bdeclin(?:e|ed|ing)\s+the\s+(?:nomination|role|invitation)\b/i;
// "our lead is Mr X", "ours would be Dr Y": the writer's own organisation's person for a role
const OURS_IS = /\b(?:(?:our|the\s+Trust's|the\s+Trust’s)\s+(?:lead|LHS|Lead\s+Healthcare\s+Scientist)|ours)\s+(?:is|will\s+be|would\s+be)\s+(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}/u;
// a lead for healthcare science in other words than the letter's: "our lead for healthcare science", "Healthcare Science Lead"
const SCIENCE_LEAD = /\blead\s+(?:for|of|in)\s+healthcare\s+science\b|\bhealthcare\s+science\s+lead\b/i;
// "please disregard the above", "ignore what I said above": the reply takes back what it said first
const TAKES_BACK_ABOVE = /\b(?:disregard|ignore)\s+(?:all\s+(?:of\s+)?)?(?:the\s+above|what\s+I\s+(?:said|wrote|put)\s+above|my\s+(?:first|opening)\s+paragraph)\b|\bscrap\s+that\b/i;
// "Correction: I have the roles the wrong way round. Dr C will be the lead and Mr N the deputy": the
// same reply names the roles twice, and which reading the rules kept cannot be told (a swap of what
// an earlier e-mail said, "in my email below", is read from the new text as it stands)
const ROLES_SWAPPED = /\b(?:wrong|other)\s+way\s+(?:round|around)\b|\broles?\s+(?:are\s+|were\s+)?(?:reversed|swapped|transposed)\b|\b(?:swap|reverse|switch)\s+(?:the\s+|their\s+)?roles\b/gi;
const EARLIER_MAIL = /\b(?:below|originally|earlier|previous(?:ly)?|last|original|sent|my\s+(?:e-?mail|message|reply|note)|as\s+I\s+(?:wrote|said|put))\b/i;
const swapsRolesHere = (content: string): boolean =>
  [...content.slice(0, 20_000).matchAll(ROLES_SWAPPED)].some((m) => !EARLIER_MAIL.test(sentenceAround(content, m.index!, m.index! + m[0].length)));
// "please scrap the deputy from my email below", "he'd rather not be listed": part of an earlier answer taken out
const CHANGES_IT = /\b(?:scrap|drop|remove|delete|take\s+out|leave\s+out|cross\s+out)\s+(?:the|him|her|them|his|my)\b|\brather\s+not\s+be\s+(?:listed|named|included|put\s+forward)\b/i;
// "please could you remove him from your list": a nominee taken off the register
const REMOVE_FROM_LIST = /\b(?:remove|delete|take)\s+(?:him|her|them|me|(?:his|her|their|my)\s+name|(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+))\s+(?:off|from)\s+(?:your|the)\s+(?:list|records?|register|database|distribution\s+list)\b/giu;

const ASKS_REMOVAL = new RegExp(REMOVE_FROM_LIST.source, 'iu');

/**
 * Whether the reply asks for a nominee read from it to be taken off the list: "Please remove Dr
 * Toft from your list" removes whoever is Dr Toft; "please remove him from your list" removes
 * someone named before it, so a nominee not named again after it may be the one removed (a
 * replacement is named after: "Our LHS will instead be Dr Y").
 */
function removesNominee(content: string, names: string[]): boolean {
  const words = (name: string) => name.toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w.length > 1);
  for (const m of content.matchAll(REMOVE_FROM_LIST)) {
    if (m[1]) {
      if (names.some((n) => words(n).includes(m[1]!.toLowerCase()))) return true;
      continue;
    }
    const after = content.slice(m.index! + m[0].length).toLowerCase();
    if (names.some((n) => !words(n).some((w) => after.includes(w)))) return true;
  }
  return false;
}

// "my direct line is", "my mobile number is": the writer giving their own number
const OWN_NUMBER = /\bmy\s+(?:direct\s+(?:line|dial)|mobile|(?:work\s+|office\s+|phone\s+|contact\s+|telephone\s+)?number|extension|phone)\s+(?:is|number\s+is)\b/i;
// "My name is Dr X, not Y as recorded", "you have spelt my name wrongly": the writer puts their own name right
const OWN_NAME = /\bmy\s+(?:name|surname|first\s+name)\s+(?:is|should\s+(?:be|read)|has\s+been|was|appears)\b|\b(?:spelt|spelled|misspelt|misspelled|recorded|listed|entered)\s+my\s+(?:name|surname)\b/i;
const PUTS_RIGHT = /\b(?:recorded|spelt|spelled|misspel\w*|listed|correct\w*|updat\w*|wrong\w*|mistake)\b/i;
// "Could you treat our nomination as on hold until ...": the answer is paused
const ON_HOLD = /\bon\s+hold\b|\bhold\s+off\s+(?:on\s+)?(?:adding|recording|listing|including|putting|naming)\b|\bput\s+(?:it|this|the\s+nomination)\s+on\s+ice\b/i;
// "I got married and am now Dr X", "my new email address is ...": the person's name or address changed
const NOW_CALLED = /\b(?:I\s+am|I'm|I’m|she\s+is|he\s+is)\s+now\s+(?:called\s+|known\s+as\s+)?(?:Dr|Mrs|Ms|Miss|Mr|Prof|Professor)\.?\s+\p{Lu}/u;
const NEW_ADDRESS = /\bnew\s+(?:e-?mail\s+)?address\b[^.\n]{0,80}?([\w.'+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/** "my new email address is x@...", where x@ is no nominee's address as read: the record would keep the old one. */
function givesUnreadNewAddress(content: string, nominees: { email: string | null }[]): boolean {
  const given = NEW_ADDRESS.exec(content)?.[1]?.toLowerCase();
  return !!given && nominees.every((n) => n.email?.toLowerCase() !== given);
}

// "I'm sorry to do this, but I need to withdraw": the writer takes their own name back
const WRITER_WITHDRAWS = /\bI\s+(?:need|have|must|wish|want|would\s+like)\s+to\s+withdraw\b|\bwithdraw\s+(?:my\s+name|myself)\b/i;
// "I have heard from a colleague that I am to be put forward", "I'm not sure whether a nomination has been sent": the writer does not know
const WRITER_UNSURE = /\b(?:heard|been\s+told|told\s+me|gather)\b[^.!?\n]{0,80}\bthat\s+I(?:\s+am|'m|’m|\s+was|\s+have\s+been|\s+will\s+be)\b|\b(?:not\s+sure|unsure)\s+(?:whether|if)\s+(?:a|our|the|any|my)\s+(?:nomination|name)\b|\b(?:don't|don’t|do\s+not)\s+want\s+to\s+assume\b/i;
// words of a change for a while: someone away, someone standing in
const FOR_A_WHILE = /\b(?:maternity|paternity|sick|long[\s-]term)\s+leave\b|\bwhile\s+(?:he|she|they)\s+(?:is|are)\s+away\b|\buntil\s+(?:he|she|they)\s+(?:returns?|is\s+back|are\s+back)\b|\bin\s+the\s+meantime\b|\bfor\s+the\s+time\s+being\b|\bpick\s+(?:things|it|this)\s+up\b|\btemporarily\b|\bacting\s+up\b/i;
// the writer standing in: "I'll cover as interim", "I will step in", "I'll act as her deputy"
const WRITER_STANDS_IN = /\bI(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to)\s+(?:cover|step\s+in|stand\s+in|deputi[sz]e|hold\s+the\s+fort|act\s+as\s+(?:interim|acting|her\s+deputy|his\s+deputy))\b/i;
// the subject a scanner or copier gives its mail, or none: no topic of its own
const SCANNER_SUBJECT = /^\s*(?:(?:re|fw|fwd)\s*:\s*)*(?:(?:scan(?:ned)?|attached\s+(?:image|file|document)s?|message\s+from\s+\S+|document|image)\b|$)/i;
const TITLED_PERSON = /\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}/u;
const WONT_NOMINATE = /\b(?:will|shall|would)\s+not\s+be\s+(?:nominating|putting\s+(?:anyone|anybody|someone|a\s+name|a\s+nominee)\s+forward)|\bdeclin(?:e|es|ed|ing)\s+to\s+nominate|\b(?:do|does)\s+not\s+(?:wish|intend|plan|propose)\s+to\s+(?:nominate|identify|name|put\s+(?:anyone|someone|a\s+name)\s+forward|do\s+so)\b/i;
const NOT_DECIDED = /\bbefore\s+I\s+(?:say\s+yes|agree|accept|commit)\b|\bbefore\s+(?:we|I)\s+(?:nominate|decide|put\s+(?:anyone|someone|a\s+name)\s+forward|(?:reply|respond|answer)\s+formally)\b|\bbefore\s+(?:they|he|she)\s+(?:has|have)\s+agreed\b|\bonce\s+(?:I|we)(?:\s+have|'ve|’ve)\s+(?:spoken|talked)\s+(?:to|with)\s+(?:him|her|them)\b|\b(?:I|we)\s+(?:have\s+not|haven't|haven’t)\s+(?:yet\s+)?(?:been\s+able\s+to\s+|had\s+(?:the\s+|a\s+|an\s+)?(?:chance|opportunity)\s+to\s+)?(?:spoken|spoke|speak|talked|talk|asked|ask)\s+(?:to|with)?\s*(?:him|her|them)\b|\b(?:our|my)\s+intention\s+is\s+to\s+(?:nominate|put\s+forward|propose)\b|\buntil\s+(?:we|I|the\s+Trust)\s+(?:decide|have\s+decided|make\s+a\s+decision)\b|\b(?:we|I)\s+have\s+(?:not\s+yet|yet\s+to)\s+(?:decide|decided|choose|chosen)\b/i;
// ... "once I have spoken to Fatima": the person named (case matters here)
const NOT_DECIDED_NAMED = /\b[Oo]nce\s+(?:I|we)\s+have\s+(?:spoken|talked)\s+(?:to|with)\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}\p{Ll}+/u;
// who of two named takes the lead, left for later: "they will confirm who is to take the lead role"
const WHO_LEADS_OPEN = new RegExp(
  [
    String.raw`\b(?:confirm|decide|agree|settle|let\s+you\s+know)\s+(?:between\s+themselves\s+)?(?:who|which\s+(?:of\s+them|one))\s+(?:is\s+to|will|should|is\s+going\s+to)\s+(?:take\s+(?:on\s+)?the\s+lead|lead|be\s+(?:the\s+)?(?:lead|LHS|Lead\s+Healthcare\s+Scientist|deputy))\b`,
    // "they are going to agree between them who takes which role" (not "... who attends meetings"), "which way round they'd prefer"
    String.raw`\bagree\s+between\s+(?:them|themselves)\s+(?:who|which\s+of\s+them)\s+(?:takes|will\s+take|is|will\s+be|should\s+be|leads|will\s+lead)\b|\bwhich\s+way\s+round\b`,
    // "they haven't yet agreed which of them will be the named lead"
    String.raw`\b(?:not|n't|n’t)\s+(?:yet\s+)?(?:agreed|decided|settled)\s+(?:who|which\s+of\s+them)\s+(?:will|is\s+to|should)\s+(?:be|take|lead)\b`,
  ].join('|'),
  'i',
);
// A nomination the reply itself says is not final: still to be agreed by the nominee, ratified by a
// board, or conditional on an answer ("Provisionally, our LHS will be Dr X ... subject to her
// agreement", "Subject to ratification by our Executive Board", "Assuming he agrees", "If so,
// please take this as our nomination"). A careful person records it but would not call it settled.
const NOT_FINAL: RegExp[] = [
  /\bprovisional(?:ly)?\b|\bdraft\s+(?:return|form|response|reply|nomination)\b/i,
  /\bsubject\s+to\s+(?:(?:his|her|their)\s+(?:agreement|agreeing|acceptance|consent)|the\s+nominee['’]s\s+(?:agreement|acceptance|consent)|(?:formal\s+)?(?:ratification|approval|confirmation|sign[\s-]?off|endorsement)\s+(?:by|from|at)\b|(?:the\s+|our\s+)?(?:Trust\s+)?(?:Board|Executive|Exec)\b[^.\n]{0,40}?\b(?:approval|ratification|sign[\s-]?off|endorsement))/i,
  /\b(?:needs?|has|have|is\s+yet|are\s+yet)\s+(?:still\s+)?to\s+be\s+(?:ratified|approved|signed\s+off|endorsed)\b|\bpending\s+(?:ratification|approval|sign[\s-]?off)\b/i,
  /\bassuming\s+(?:he|she|they)\s+(?:agrees?|accepts?|(?:is|are)\s+willing)\b|\bexpect\s+(?:he|she|they)\s+will\s+(?:agree|accept)\b/i,
  /\b(?:has|have)\s+not\s+yet\s+(?:confirmed|agreed)\s+(?:(?:that\s+)?(?:he|she|they)\s+(?:is|are)\s+willing|to\s+(?:take|do)\b)/i,
  /\b(?:I|we)\s+(?:have\s+not|haven't|haven’t)\s+(?:yet\s+)?(?:had\s+(?:the\s+|a\s+|an\s+)?(?:chance|opportunity)\s+to\s+)?(?:spoken|speak|talked|talk)\s+(?:to|with)\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}\p{Ll}+/u,
  /\bif\s+(?:so|it\s+is|that\s+is\s+(?:acceptable|the\s+case|fine|OK|okay)|(?:he|she|they)\s+(?:is|are)\s+eligible)\s*,?\s*(?:then\s+)?please\s+(?:take|treat|accept|record|consider)\b/i,
  // "please let me know if this would not be acceptable", "but only if it comes with protected time", "depends on the answer"
  /\blet\s+(?:me|us)\s+know\s+if\s+(?:this|that|he|she|they)\s+(?:would\s+not|wouldn't|wouldn’t|is\s+not|isn't|isn’t)\s+(?:be\s+)?(?:acceptable|suitable|appropriate|eligible)\b|\bbut\s+only\s+if\b|\bdepends\s+on\s+(?:the\s+)?(?:answer|outcome)\b/i,
  // "I would rather you didn't list me as the LHS or circulate my details"
  /\brather\s+you\s+(?:didn't|didn’t|did\s+not)\s+(?:list|record|name|include|add|circulate)\b/i,
];
const saysNotFinal = (content: string): boolean => NOT_FINAL.some((re) => re.test(content));
const JOINT = /\bjoint(?:ly)?\s+(?:leads?|LHS|Lead\s+Healthcare|nominat)|\bas\s+a\s+job[\s-]?share\b|\bshare(?:d)?\s+the\s+role|\brole\s+will\s+be\s+shared\b|\btwo\s+(?:joint\s+)?(?:leads|LHSs?|Lead\s+Healthcare\s+Scientists)\b/i;
// The reply points to answers typed into the quoted letter.
const INLINE_POINTER =
  /\b(?:see|find|read)\s+(?:my\s+|our\s+|the\s+)?(?:answers?|responses?|comments?|replies|details|reply)?\s*(?:inline|in\s+line|below|beneath|underneath)\b|\b(?:answers?|responses?|comments?|replies|details|reply)\s+(?:are\s+|is\s+|typed\s+|added\s+|given\s+|provided\s+)?(?:inline|in\s+line|below|beneath|underneath|in\s+(?:red|blue|green|bold|colou?r))\b|\b(?:in|marked\s+in|highlighted\s+in)\s+(?:red|blue|green|bold|yellow)\b|\bsee\s+inline\b/i;
const ATTACHED = /\battach(?:ed|ment)|\benclosed?\b|please\s+find\b/i;

const strip = (n: FoundNominee): Nominee => ({ name: n.name, email: n.email, phone: n.phone, jobTitle: n.jobTitle, role: n.role });

/** The extraction stage: pure, text in, result out. */
/** A mailto link in the text whose shown address and target differ, one of them `email`. */
function linkedAddress(email: string, content: string): { shown: string; target: string } | null {
  // anchored on "<": the shown address is the one that ends just before it
  for (const m of content.matchAll(/<(?:mailto:)?([\w.'+-]{1,64}@[\w-]+(?:\.[\w-]+)+)>/g)) {
    const shownMatch = /([\w.'+-]{1,64}@[\w-]+(?:\.[\w-]+)+)\s*$/.exec(content.slice(Math.max(0, m.index! - 300), m.index!));
    if (!shownMatch) continue;
    const [shown, target] = [shownMatch[1]!.toLowerCase(), m[1]!.toLowerCase()];
    if (shown !== target && (shown === email || target === email)) return { shown, target };
  }
  return null;
}

/**
 * An address for a nominee the rules found without one, where it can only be theirs: written
 * in the reply in a sentence of its own ("Anwen can be contacted at ..."), or in the Cc or To of
 * the message ("whom I have cc'd here"), and spelling the nominee's name. With it, a phone on
 * the same line. Where the reply says the details are elsewhere, there too: on an attached form
 * that names the same person ("her details are on the attached form"), or in the forwarded
 * chain below ("his details are in Maria's note").
 */
function addressElsewhere(
  name: string,
  content: string,
  msg: ParsedMessage,
  elsewhere: { attached: FoundNominee[]; forwarded: string[] },
): { email: string | null; phone?: string | null; jobTitle?: string | null; name?: string } {
  const own = ownAddressIn(content, name);
  if (own) return own;
  const copied = [...msg.cc, ...msg.to].find((a) => !CSO_ADDRESS.test(a.address) && a.address !== msg.from?.address && emailMatchesName(a.address, name) >= 1);
  if (copied) return { email: copied.address };
  // the attached letter, form or contact card names the same person with their own address
  const attachedNamed = DETAILS_ATTACHED.test(content);
  const form = elsewhere.attached.find((n) => n.email && samePersonNamed(n.name, name) && (attachedNamed || emailMatchesName(n.email, name) === 2));
  if (form) return { email: form.email, phone: form.phone, jobTitle: form.jobTitle };
  // "Ali Penhaligon" in the text, "Dr Alison Penhaligon" with alison.penhaligon@ in the attached
  // letter: the same person, recorded by the name in full
  const fuller = elsewhere.attached.find((n) => n.email && givenNameShortened(name, n.name) && emailMatchesName(n.email, n.name) === 2);
  if (fuller) return { email: fuller.email, phone: fuller.phone, jobTitle: fuller.jobTitle, name: fuller.name };
  const below = DETAILS_BELOW.test(content);
  for (const text of elsewhere.forwarded) {
    const found = ownAddressIn(text, name);
    // "Dr X remains our LHS ... my original email is below": an address in the earlier mail
    // that spells the whole name is theirs, whether or not the reply points to it
    if (found && (below || emailMatchesName(found.email, name) === 2)) return found;
  }
  return { email: null };
}

// "The Royal Surrey's Lead Healthcare Scientist", "on the Royal Surrey's behalf": the trust the answer is for
const OWNS_THE_ROLE = /^[^.\n]{0,90}?(?:'s|’s)\s+(?:Lead\s+Healthcare\s+Scientist|LHS|behalf|nominat\w*|nominee)\b/i;
// "... will not be the LHS", "is no longer our Lead Healthcare Scientist": the role denied
const NOT_THE_ROLE = /\b(?:will\s+not|won['’]t|would\s+not|wouldn['’]t|is\s+not|isn['’]t|(?:is\s+|will\s+)?no\s+longer)\s+(?:be\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:Trust['’]s\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b/i;
/** A sentence that names the person (by surname) also says they will not be, or are no longer, the LHS. */
function saysNotTheLead(content: string, name: string): boolean {
  const surname = readNameAt(name, 0)?.bare.at(-1);
  if (!surname) return false;
  const text = content.slice(0, 20_000);
  const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + surname.length)) {
    // the whole word only: "Lee" is not in "Leeds"
    if (isLetter(text[i - 1]) || isLetter(text[i + surname.length])) continue;
    if (NOT_THE_ROLE.test(sentenceAround(text, i, i + surname.length))) return true;
  }
  return false;
}
// a question whether an earlier answer arrived: "Could you confirm that you have it on file?", "Could you check your records please?"
const RECEIPT_QUESTION = /[^.?!\n]*\b(?:confirm|check|let\s+(?:me|us)\s+know)\b[^.?!\n]*\b(?:have\s+(?:it|this|them|received)|received|got\s+(?:it|this|them)|on\s+file|your\s+records|(?:more|else)\s+is\s+needed|safely|arrived)\b[^.?!\n]*\?/gi;
// the writer answers for someone else: "on behalf of ...", "at the request of Dr X, Medical Director of ..."
const FOR_SOMEONE_ELSE = /\bbehalf\b|\bat\s+the\s+request\s+of\b/i;

// free webmail: never a trust's work address
const PERSONAL_MAIL = /@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|aol|btinternet|sky|talktalk|virginmedia|mail)\.(?:com|co\.uk|net)$/i;

// an address spelt out in words where no address could be read: "jo.bloggs at nhs dot net"
const SPELT_ADDRESS = /[\w.'-]+\s*(?:[[(]\s*at\s*[\])]|\s(?:at|AT)\s)\s*[\w-]+\s*(?:\.|\s*[[(]?\s*dot\s*[\])]?\s*)\s*(?:nhs|net|uk|com|org)\b/;

// "her details are on the attached form"; "his details are in Maria's note below", "Karen's note below has his details"
const DETAILS_ATTACHED = /\b(?:details|contacts?|information)\b[^.\n]{0,60}\battach/i;
const DETAILS_BELOW = /\b(?:details|contacts?|information)\b[^.\n]{0,60}\b(?:below|chain|trail|note|e-?mail|message|signature)\b|\bsee\s+(?:the\s+)?(?:chain|trail|below)\b|\b(?:note|e-?mail|message|chain|trail)\s+below\b[^.\n]{0,30}\b(?:details|contacts?)\b/i;

export function extract(msg: ParsedMessage, index: TrustIndex): Extraction {
  const body: Body = readBody(msg);
  const sec = sectionsOf(body);
  const reasons: string[] = [];
  const base = { replyText: body.replyText, signature: body.signature, supersedes: false };

  let people: ReturnType<typeof findNominees> | null = null;
  let me: ReturnType<typeof senderName> | undefined;
  const sender = () => (me === undefined ? (me = senderName(sec.signature, msg.from)) : me);
  const readPeople = () =>
    (people ??= findNominees({ content: sec.content, inline: sec.inline, signature: sec.signature, subject: msg.subject, from: msg.from, attachments: body.attachments }));
  let auto = detectAutomatic(msg, body);
  // wording alone ("I am on leave from Friday") does not outweigh a nomination in the same text
  if (auto && /^(?:the text says|X-Auto-Response-Suppress)/.test(auto) && (readPeople().cue || readPeople().nominees.length)) {
    reasons.push(`reads partly like an automatic reply (${auto}) but names a nominee`);
    auto = null;
  }
  const attachmentTexts = body.attachments.map((a) => a.text.slice(0, 20_000));
  const trustInputs = {
    displayName: msg.from?.name ?? '',
    sender: msg.from?.address ?? '',
    subject: msg.subject,
    content: sec.content,
    signature: sec.signature,
    attachments: attachmentTexts,
    nomineeEmails: [] as string[],
  };
  if (auto) {
    const t = chooseTrust(trustInputs, index);
    // "I am on leave ... Mrs X has agreed to take this on and can be contacted on ...": an
    // automatic reply that answers the letter all the same is for a person to record
    // (not the writer saying "I am the LHS" in their absence note, nor "contact my deputy Dr Y")
    const answers = LHS.test(sec.content) && readPeople().nominees.some((n) => n.how !== 'self' && n.role !== 'deputy');
    const why = [`automatic: ${auto}`, ...(answers ? ['an automatic reply that names someone for the LHS role'] : [])];
    return { ...base, kind: 'auto_reply', trust: t.sure && t.ods ? trustRef(index, t.ods) : null, trustCandidates: [], nominees: [], needsReview: answers, reasons: why };
  }

  // the team's own mail (the letter, the reminder, a colleague's reply in the thread) is no trust's answer
  if (CSO_ADDRESS.test(msg.from?.address ?? '')) {
    return { ...base, kind: 'unrelated', trust: null, trustCandidates: [], nominees: [], needsReview: false, reasons: ['sent from the CSO mailbox itself'] };
  }
  const evidence = replyEvidence(msg, body.quoted, sec.content);
  // unrelated, but where it passes on someone's mail about the LHS role that names a person (a
  // colleague forwarding a trust's answer sent to them directly), a person should look
  const unreadable = msg.attachments.filter((a) => !a.text && !/^image\//.test(a.contentType) && !/calendar/.test(a.contentType));
  const notAReply = (): Extraction => {
    // a nomination for review, from what an attachment holds or might hold
    const attachedNomination = (nominees: Nominee[], reason: string): Extraction => {
      const t = chooseTrust(trustInputs, index);
      return { ...base, kind: 'nomination', trust: t.sure && t.ods ? trustRef(index, t.ods) : null, trustCandidates: [], nominees, needsReview: true, reasons: [reason] };
    };
    // "Please find attached the signed reply", forwarding a scanner's mail ("Scanned from a Xerox
    // ..."), a subject of no topic of its own: the answer may be in the attachment lhs could not read
    const scanned = msg.attachments.some((a) => !a.text && (/^image\//.test(a.contentType) || a.contentType === 'application/pdf' || /\.pdf$/i.test(a.filename ?? '')));
    if (scanned && SCANNER_SUBJECT.test(msg.subject) && ATTACHED.test(sec.content)) {
      return attachedNomination([], 'not a reply to the letter by its headers or words, but it points to an attachment that could not be read');
    }
    // a scanner's mail, or "please find attached our response", whose attachment could be read: the signed reply, as the answer
    const attachedAnswer = attachmentTexts.find((a) => LHS.test(a) && findNomineesInAttachment(a).length);
    if (attachedAnswer !== undefined && (SCANNER_SUBJECT.test(msg.subject) || !sec.content.trim() || ATTACHED.test(sec.content))) {
      return attachedNomination(findNomineesInAttachment(attachedAnswer).map(strip), 'not a reply to the letter by its headers or words, but its attachment names a Lead Healthcare Scientist');
    }
    // (in the words of the letter, or of an earlier request: "our lead for healthcare science is Prof X")
    const passesOn = forwardedMessages(body.quoted).some((f) => (LHS.test(f.text) || SCIENCE_LEAD.test(f.text)) && TITLED_PERSON.test(f.text));
    // "Is this the same role as the one HEE asked for? If so, our lead is Mr X": the role, and someone named for it
    const namesForRole = !passesOn && LHS.test(sec.content) && OURS_IS.test(sec.content);
    const reason = passesOn
      ? 'not a reply to the letter, but it passes on mail about the LHS role that names someone'
      : namesForRole
        ? 'not a reply to the letter, but it speaks of the LHS role and names someone'
        : 'not a reply to the letter';
    return { ...base, kind: 'unrelated', trust: null, trustCandidates: [], nominees: [], needsReview: passesOn || namesForRole, reasons: [reason] };
  };
  // not a reply and no nomination wording: unrelated, without reading people at all
  if (!evidence.length && !(hasNominationCue(sec.content) && LHS.test(sec.content))) {
    return notAReply();
  }
  const found = readPeople();
  let nominees = found.nominees;
  let fromAttachment = false;
  /** the attachment or forwarded message the nominees were read from, where not the reply itself */
  let readFrom = '';
  let inlineFromQuote = false;
  if (!nominees.length) {
    for (const a of attachmentTexts) {
      const inAttachment = findNomineesInAttachment(a);
      if (inAttachment.length) {
        // "the address on the form is wrong, it should be ...": the covering text gives another
        // address for the person on the form; it is the later word, but a person should see both
        nominees = inAttachment.map((n) => {
          const said = n.email ? findEmails(sec.content).find((e) => e.address !== n.email && emailMatchesName(e.address, n.name) >= 1) : undefined;
          return said ? { ...n, email: said.address, doubts: [...n.doubts, `the text gives ${said.address} for ${n.name}, the attachment ${n.email}`] } : n;
        });
        fromAttachment = true;
        readFrom = a;
        break;
      }
    }
  }
  if (!nominees.length && sec.content.length < 600 && INLINE_POINTER.test(sec.content)) {
    // "see my answers below in red": typed into the quoted letter, but quoted along with it (an
    // HTML reply marks everything under the header block as quoted, colour is lost in text)
    const quotedTexts = [body.quoted];
    // an unquoted answer between quoted lines reads to the body stage as a bottom-posted reply: the whole plain part from the first quoted line
    const plain = msg.textFromHtml ? '' : tidy(msg.text ?? '');
    const firstQuoted = plain.search(/^>/m);
    if (firstQuoted >= 0) quotedTexts.push(plain.slice(firstQuoted));
    // (the body stage read the HTML already where it chose it)
    if (msg.html && body.source !== 'html') quotedTexts.push(splitQuoted(tidyLinks(tidy(htmlToTextMarkingQuote(msg.html.slice(0, 1_000_000))))).quoted);
    for (const q of quotedTexts) {
      const answer = unwrap(answersInQuotedLetter(q, { prefixed: true }));
      if (!answer.trim()) continue;
      const inner = findNominees({ content: answer, inline: answer, signature: sec.signature, subject: '', from: msg.from, attachments: [] });
      if (inner.nominees.length) {
        nominees = inner.nominees.map((n) => ({ ...n, how: 'answer in letter' as const }));
        inlineFromQuote = true;
        break;
      }
    }
  }
  if (!nominees.length) {
    // "I am pleased to nominate my colleague copied in": the one person in the Cc header
    const own = new Set([msg.from?.address ?? '', ...findEmails(sec.signature).map((e) => e.address)]);
    const copied = copiedInNominee(sec.content, msg.cc, (a) => CSO_ADDRESS.test(a) || own.has(a));
    if (copied) nominees = [copied];
  }
  let corrected = false;
  if (!nominees.length) {
    // "the email address I gave for Dr X was wrong": the nominee again, with the new details (before
    // the forwarded chain below, which holds the old ones)
    const c = correctedNominee(sec.content, body.quoted);
    if (c) {
      nominees = [c];
      corrected = true;
    }
  }
  // ("Resending - the original went to the wrong address": the sender's own earlier answer, forwarded)
  if (!nominees.length && sec.content.length < 600 && /\bbelow\b|\bFYI\b|\bforward|\bre-?send(?:ing)?\b|\bsending\s+(?:this|it)\s+again\b/i.test(sec.content)) {
    // "See below - Helen has agreed": the answer is in the forwarded chain; read it, and say so
    const saidYes = firstNamesSayingYes(sec.content);
    for (const fwd of forwardedMessages(body.quoted).slice(0, 3)) {
      const addr = /[\w.'+-]+@[\w.-]+\.\w+/.exec(fwd.from)?.[0] ?? '';
      const name = fwd.from.replace(/\[mailto:[^\]]*\]|<[^>]*>|"/g, '').trim();
      const parts = splitSignOff(fwd.text);
      // no sign-off line: the last lines are where the writer's name stands
      const signature = parts.signature || parts.content.trim().split('\n').slice(-10).join('\n');
      const inner = findNominees({ content: parts.content, inline: '', signature, subject: '', from: addr || name ? { name, address: addr.toLowerCase() } : null, attachments: [] });
      if (inner.nominees.length) {
        // a colleague's answer passed on: from the sender's own organisation (the same mail
        // domain, or an Exchange header with a name and no address, which only an internal
        // message has) it is the trust's answer; from elsewhere a person should look
        const senderDomain = msg.from?.address.split('@')[1] ?? '';
        const internal = !addr || addr.toLowerCase() === msg.from?.address || (senderDomain !== 'nhs.net' && addr.toLowerCase().endsWith(`@${senderDomain}`));
        const doubt = internal ? [] : ['found in mail forwarded from outside the sender\'s organisation, not in the reply itself'];
        // a reply that corrects or withdraws something over its own earlier message: that message is what it corrects
        if (SUPERSEDES.test(sec.content) || SAYS_WRONG.test(sec.content) || CHANGES_IT.test(sec.content)) doubt.push('read from an earlier message quoted below, which the reply corrects or withdraws');
        // "I see Dr F put my name forward ... I am not able to take this on": the nominee below says no
        else if (DECLINES_IT.test(sec.content)) doubt.push('read from an earlier message quoted below, but the reply declines it');
        // "Priya starts maternity leave ... Chris will pick things up for now": the arrangement below, changed for a while
        else if (FOR_A_WHILE.test(sec.content)) doubt.push('read from an earlier message quoted below, which the reply changes for a while');
        // "Our LHS (nominated in my e-mail below) has asked two questions ...": the reply's own text is a query
        // (not "could you confirm you have it?": a question about the answer's receipt)
        else if (asksQuestion(body.replyText.slice(0, 20_000).replace(RECEIPT_QUESTION, ' '))) doubt.push('read from an earlier message quoted below, and the reply itself asks a question');
        nominees = inner.nominees.map((n) => ({ ...n, doubts: [...n.doubts, ...doubt] }));
        readFrom = fwd.text;
        break;
      }
      const accepted = acceptanceInForwarded(sec.content, saidYes, { text: fwd.text, signature, from: addr || name ? { name, address: addr.toLowerCase() } : null }, msg.subject);
      if (accepted) {
        nominees = [accepted];
        break;
      }
    }
  }
  if (!nominees.length && found.cue) {
    // the words of a nomination but no name the rules can read: ask compromise, then a person
    // only sentences with two capitalised words in a row beyond the role's own name can hold a name
    const maybeName = (t: string) => /\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(t.replace(/Lead\s+Healthcare\s+Scientists?|Medical\s+Director|NHS\s+\w+/g, ''));
    for (const sentence of cueSentences(sec.content).filter(maybeName)) {
      for (const name of peopleByNlp(sentence)) {
        if (nominees.some((n) => n.name === name)) continue;
        const email = findEmails(sentence).find((e) => emailMatchesName(e.address, name))?.address ?? null;
        nominees.push({ name, email, phone: null, jobTitle: null, role: 'lead', how: 'phrase', doubts: ['name found only by the NLP model'] });
      }
    }
  }
  let kind: Kind;
  let sureKind = true;
  if (!evidence.length) {
    kind = 'unrelated';
    if (nominees.length && found.cue && LHS.test(sec.content)) {
      kind = 'nomination';
      sureKind = false;
      reasons.push('names a Lead Healthcare Scientist but is not a reply to the letter');
    } else {
      return notAReply();
    }
  } else if (nominees.length) {
    kind = 'nomination';
    if (evidence.length === 1 && evidence[0] === 'thread only') {
      sureKind = false;
      reasons.push('a reply in the thread that does not mention the request');
    }
  } else if (unreadable.length && ATTACHED.test(sec.content)) {
    kind = 'nomination';
    sureKind = false;
    reasons.push('nomination is only in an attachment that could not be read');
  } else {
    const k = noNomineeKind(sec.content);
    kind = k.kind;
    if (evidence.length === 1 && evidence[0] === 'thread only') {
      sureKind = false;
      reasons.push('a reply in the thread that does not mention the request');
    }
    if (evidence.length === 1 && evidence[0] === 'subject names the role') {
      sureKind = false;
      reasons.push('not a reply to the letter, though its subject names the role');
    }
    if (!k.sure) {
      sureKind = false;
      reasons.push(k.why);
    }
    if (sec.content.length < 600 && INLINE_POINTER.test(sec.content) && k.kind === 'no_nomination') {
      // "see my answers below": the answer may be in a shape no rule reads
      sureKind = false;
      reasons.push('points to answers below or inline, but no nominee could be read there');
    }
    if ((found.cue && k.kind === 'no_nomination') || (k.kind === 'query' && CHOICE_OFFERED.test(sec.content))) {
      sureKind = false;
      reasons.push('reads like a nomination but no name could be found');
    } else if (asksIfSelf(sec.content)) {
      // "... which I take to mean I have been asked to be the LHS?": they may be, once someone says so
      sureKind = false;
      reasons.push('the writer asks whether they are the nominee');
    } else if (saysTakesItOn(sec.content)) {
      // "... and I am happy to take this on. However ...": the writer may be the nominee
      sureKind = false;
      reasons.push('the writer says they will take it on, but no nominee could be read');
    } else if (k.kind === 'no_nomination' && CHOICE_OFFERED.test(sec.content)) {
      // "Helen has very kindly offered and I think she would be excellent, but ...": someone is in view
      sureKind = false;
      reasons.push('says someone has offered or is favoured, but no nominee could be read');
    }
  }
  if (kind !== 'nomination') nominees = [];
  // read once, and only for a nominee still without an address
  let elsewhereRead: { attached: FoundNominee[]; forwarded: string[] } | null = null;
  const elsewhere = () =>
    (elsewhereRead ??= {
      attached: fromAttachment ? [] : attachmentTexts.flatMap((a) => findNomineesInAttachment(a)),
      forwarded: forwardedMessages(body.quoted).slice(0, 3).map((f) => f.text),
    });
  nominees = nominees.map((n) => {
    if (n.email) {
      // "julie.ashworth@nhs.net <julie.ashworth2@nhs.net>": a link whose text and target differ
      const link = linkedAddress(n.email, sec.content);
      return link ? { ...n, email: link.target, doubts: [...n.doubts, `the e-mail link shows ${link.shown} but goes to ${link.target}`] } : n;
    }
    const found = addressElsewhere(n.name, sec.content, msg, elsewhere());
    return { ...n, name: found.name ?? n.name, email: found.email, phone: n.phone ?? found.phone ?? null, jobTitle: n.jobTitle ?? found.jobTitle ?? null };
  });

  // "Sinead" in the prose, "Sinéad" in the contact block: the name as written with its accents
  nominees = nominees.map((n) => {
    const accented = accentedSpelling(n.name, sec.content);
    return accented ? { ...n, name: accented } : n;
  });
  trustInputs.nomineeEmails = nominees.map((n) => n.email).filter((e): e is string => !!e);
  const t = chooseTrust(trustInputs, index);
  if (!t.sure && t.reason) reasons.push(t.reason);

  let sure = sureKind && t.sure;
  const trustCandidatesExtra: string[] = [];
  // a lead must come with a way to reach them (an address, or a phone where none is given); a
  // deputy named beside a lead with contacts may come without
  const reachableLead = nominees.some((n) => n.role !== 'deputy' && n.email);
  for (const n of nominees) {
    if (!n.email && !n.phone && !(n.role === 'deputy' && reachableLead)) {
      sure = false;
      reasons.push(`nominee ${n.name} has no e-mail or phone`);
    } else if (!n.email && n.role !== 'deputy' && (findEmails(sec.content).length || SPELT_ADDRESS.test(sec.content))) {
      // addresses are written, none of them this nominee's: one may be theirs under another name
      sure = false;
      reasons.push(`nominee ${n.name} has no e-mail`);
    }
    for (const d of n.doubts) {
      sure = false;
      reasons.push(d);
    }
    // "Dr Ellison, whom we named before, will remain our workforce lead but will not be the LHS"
    if (saysNotTheLead(sec.content, n.name)) {
      sure = false;
      reasons.push(`the text says ${n.name} will not be the LHS`);
    }
    const also = sameSurnameOtherGiven(sec.content, n.name, [...nominees.map((o) => o.name), ...(sender() ? [sender()!.name] : [])]);
    if (also) {
      sure = false;
      reasons.push(`${n.name} is also written as ${also}: which name is theirs?`);
    }
    if (n.email && addressReversesName(n.email, n.name)) {
      sure = false;
      reasons.push(`${n.email} spells ${n.name} the other way round: which part is the surname?`);
    }
    // a personal webmail address (the sender writing from home) is no work address for the register
    if (n.email && PERSONAL_MAIL.test(n.email)) {
      sure = false;
      reasons.push(`${n.name}'s address ${n.email} is a personal mailbox`);
    }
    // "tobias.kerensa@rcht... and tobias.kerensa@nhs.net. Please use the nhs.net one": which one is for a person to see
    const theirs = [...new Set(findEmails(sec.content).filter((e) => emailMatchesName(e.address, n.name) >= 1).map((e) => e.address))];
    if (n.email && theirs.length > 1) {
      sure = false;
      reasons.push(`two addresses for ${n.name}: ${theirs.slice(0, 3).join(', ')}`);
    } else if (n.email && theirs.length === 1 && theirs[0] !== n.email.toLowerCase()) {
      // "her address should be x@nhs.net, not the kch.nhs.uk one" over the nomination quoted
      // below: the reply's own address for someone read with another from elsewhere
      sure = false;
      reasons.push(`the reply gives ${theirs[0]} for ${n.name}, who was read with ${n.email}`);
    }
  }
  if (kind === 'nomination' && nominees.length && nominees.every((n) => n.role === 'deputy')) {
    // a deputy is named beside a lead: the lead was there and not read
    sure = false;
    reasons.push('names a deputy but no lead');
  }
  if (kind === 'nomination' && nominees.length && !fromAttachment && attachmentTexts.length) {
    // the covering note names one person, the attached letter or form (the formal answer) someone else too
    const others = elsewhere().attached.filter((a) => !nominees.some((n) => samePersonNamed(n.name, a.name) || givenNameShortened(n.name, a.name)));
    if (others.length) {
      sure = false;
      reasons.push(`the attachment names ${others.slice(0, 3).map((a) => a.name).join(', ')} as well as the text's ${nominees.map((n) => n.name).join(', ')}`);
    }
  }
  if (fromAttachment) reasons.push('nominee read from an attachment');
  if (inlineFromQuote) reasons.push('nominee read from answers typed into the quoted letter');
  // "Please see Sam's response below (in green)": words of taking the role typed into the quoted
  // letter may be an earlier writer's in the chain, not the sender's
  // (a reply written only below the quote, with nothing above it, is the sender's own)
  if (nominees.some((n) => n.how === 'self') && sec.inline && saysSelf(sec.inline) && body.replyText.trim() && !saysSelf(body.replyText)) {
    sure = false;
    reasons.push('the writer is read as the nominee from answers typed into the quoted letter, which someone else in the thread may have written');
  }
  // attachments the message stage could not read: a winmail.dat is usually Outlook's RTF copy of
  // the body, so it only forces review where the body's own answer is not complete
  const tnef = body.problems.filter((p) => /winmail\.dat|\bTNEF\b/i.test(p));
  // attachments with no text and a problem: refused, password-protected, a format lhs does not read
  const otherProblems = msg.attachments.flatMap((a) => (!a.text && a.problem && !tnef.includes(a.problem) ? [a.problem] : []));
  const complete =
    kind === 'nomination' && sure && nominees.length > 0 && !fromAttachment && nominees.every((n) => n.email && !n.doubts.length);
  for (const p of tnef) {
    reasons.push(complete ? `${p} (the text itself gives a complete nomination)` : p);
    if (!complete) sure = false;
  }
  if (otherProblems.length && kind === 'nomination' && nominees.length && ATTACHED.test(sec.content)) {
    // the body says the answer is attached, and an attachment could not be read
    sure = false;
    for (const p of otherProblems.slice(0, 3)) reasons.push(p);
  }
  // ("Please remove Dr Toft from your list": someone recorded before is taken off)
  const supersedes = kind === 'nomination' && (corrected || SUPERSEDES.test(sec.content) || (fromAttachment && SUPERSEDES.test(readFrom)) || ASKS_REMOVAL.test(sec.content) || /\bcorrection\b|\bamended\b|\brevised\b/i.test(msg.subject));
  if (supersedes) reasons.push('replaces an earlier nomination');
  if (kind === 'nomination') {
    // a person with an address in the text who is neither nominated nor the sender: a nominee may have been missed
    const me = sender();
    const listed = readPeople().listed;
    const known = new Set([msg.from?.address ?? '', ...nominees.map((n) => n.email ?? ''), ...listed.map((p) => p.email ?? ''), ...findEmails(sec.signature).map((e) => e.address)]);
    // an address given for someone's office ("please contact my PA, Mrs X, on ... or x@...") is no missed nominee
    const officeAddress = (e: { address: string; index: number }) => OFFICE_ADDRESS.test(sentenceAround(sec.content, e.index, e.index + e.address.length));
    const stray = [...new Set(findEmails(sec.content).filter((e) => !officeAddress(e)).map((e) => e.address))].filter(
      (a) => !known.has(a) && !(me && emailMatchesName(a, me.name) === 2) && !nominees.some((n) => emailMatchesName(a, n.name) === 2),
    );
    if (stray.length) {
      sure = false;
      reasons.push(`address in the text that belongs to no nominee: ${stray.slice(0, 3).join(', ')}`);
    }
    // (in the attachment or forwarded message too, where the nominees were read from one)
    const deputies = nominees.filter((n) => n.role === 'deputy').length;
    if (!deputies && (DEPUTY_SPOKEN.test(sec.content) || DEPUTY_SPOKEN.test(readFrom))) {
      sure = false;
      reasons.push('the text speaks of a deputy but none was read');
    } else if (deputies === 1 && (SEVERAL_DEPUTIES.test(sec.content) || SEVERAL_DEPUTIES.test(readFrom))) {
      // "a lead with two deputies": one read, one missed
      sure = false;
      reasons.push('the text speaks of more than one deputy but one was read');
    }
    // "she is on maternity leave until January, so I'll cover as interim": the writer stands in, unread
    if (WRITER_STANDS_IN.test(sec.content) && !nominees.some((n) => n.role === 'deputy')) {
      sure = false;
      reasons.push('the writer says they will stand in for the nominee');
    }
    if (nominees.length === 1 && STAND_IN_SPOKEN.test(sec.content)) {
      sure = false;
      reasons.push('the text speaks of someone standing in for the lead, who was not read');
    }
    // words of the reply that keep a nomination in review, in the order their reasons are given
    const doubts: [boolean, string][] = [
      // "we will not be nominating an LHS of our own. ... the LHS at Chesterfield Royal is Dr X": someone else's
      [WONT_NOMINATE.test(sec.content), 'says it will not nominate, yet names someone'],
      // "Would she be eligible? ... I will send our nomination when I hear back": the name is a candidate
      [asksAndDefers(sec.content), 'asks a question and says the answer will follow, yet names someone'],
      // "Two questions before we nominate ... Dr X will be our contact until we decide": not the choice
      [NOT_DECIDED.test(sec.content) || NOT_DECIDED_NAMED.test(sec.content), 'says the choice is still to be made, yet names someone'],
      // "they are agreeing between themselves and will confirm who is to take the lead role"
      [WHO_LEADS_OPEN.test(sec.content), 'says who takes the lead is still to be settled'],
      [saysNotFinal(sec.content), 'says the nomination is provisional'],
      // "Dr X ... I am afraid she is not able to take this on": someone named has said no
      [DECLINES_IT.test(sec.content), 'the text says someone cannot take the role on'],
      [TAKES_BACK_ABOVE.test(sec.content), 'the reply takes back what it said above'],
      [swapsRolesHere(sec.content), 'says the roles are the other way round'],
      [removesNominee(sec.content, nominees.map((n) => n.name)), 'asks for someone to be taken off the list'],
      [WRITER_WITHDRAWS.test(sec.content), 'the writer withdraws'],
      [WRITER_UNSURE.test(sec.content), 'the writer is not sure a nomination has been made'],
      // "I have been nominated by our Trust as LHS as well ... but this isn't about that": mail about something else
      [saysNotAboutRequest(sec.content), 'says it is not about the nomination'],
      [ON_HOLD.test(sec.content), 'asks for the nomination to be put on hold'],
      [NOW_CALLED.test(sec.content), 'says someone\'s name has changed'],
      [givesUnreadNewAddress(sec.content, nominees), 'gives a new address that no nominee was read with'],
    ];
    for (const [doubtful, why] of doubts) {
      if (!doubtful) continue;
      sure = false;
      reasons.push(why);
    }
    if (JOINT.test(sec.content) && nominees.length < 2) {
      sure = false;
      reasons.push('the text speaks of more than one lead but one nominee was found');
    }
  }
  if (kind === 'nomination' || kind === 'no_nomination' || kind === 'query') {
    const me = sender();
    // a trust's own name that reads like a person's ("Alder Hey", "Frimley Health") is no one left unread
    const stray = unexplainedPeople(sec.content, [...nominees.map((n) => n.name), ...readPeople().listed.map((p) => p.name), ...(me ? [me.name] : [])], kind === 'nomination').filter(
      (name) => !startsTrustName(name, index),
    );
    if (stray.length) {
      sure = false;
      reasons.push(`names ${stray.slice(0, 3).join(', ')}, not read as a nominee`);
    }
    if (kind !== 'nomination') {
      // no nomination read, yet someone's own address is given ("X is acting up into the role
      // and could represent us ... she can be contacted on x@"): they may be meant as the nominee
      const own = new Set([msg.from?.address ?? '', ...findEmails(sec.signature).map((e) => e.address)]);
      const personal = findEmails(sec.content).find((e) => !own.has(e.address) && !CSO_ADDRESS.test(e.address) && /^[a-z]+[._-][a-z]+/i.test(e.address) && !/^(?:(?:medical|md|office|pa|admin|enquiries|info|contact)[._-])/i.test(e.address) && !(me && emailMatchesName(e.address, me.name) >= 1));
      if (personal) {
        sure = false;
        reasons.push(`gives ${personal.address} but no nominee was read: it may be the nominee's`);
      }
      // "My direct line is 0161 ..., which is better for anything network-related": the writer's
      // own number for the list, so they may be the nominee
      if (!personal && OWN_NUMBER.test(sec.content) && firstPhone(sec.content)) {
        sure = false;
        reasons.push('gives the writer\'s own number but no nominee was read: they may be the nominee');
      }
      // "the nomination was recorded as Dr Anne Kelleher. My name is Dr Áine Ó Ceallaigh": a nominee putting their name right
      if (OWN_NAME.test(sec.content) && PUTS_RIGHT.test(sec.content)) {
        sure = false;
        reasons.push('the writer puts their own name right but no nominee was read: they may be the nominee');
      }
    }
  }
  if (kind === 'nomination' && t.ods) {
    // another trust named in full beside the nomination: one nominee for two trusts, or the wrong one
    const others = new Set<string>();
    for (const text of [sec.content, ...attachmentTexts]) {
      // a form the nominee came from speaks for one trust as a whole
      const wholeForm = fromAttachment && text !== sec.content;
      for (const sentence of text.slice(0, 20_000).split(/(?<=[.!?])\s+|\n\s*\n/)) {
        // the nomination's own sentences ("For Derby, please record Mr Y"), and "on behalf of X" or "at the request of X's MD": a shared
        // service or a partner trust may answer for another trust ("The Royal Surrey's LHS will be ...")
        if (!wholeForm && !LHS.test(sentence) && !/nominat|\bplease\s+(?:record|list|register|put\s+down)\b/i.test(sentence) && !FOR_SOMEONE_ELSE.test(sentence)) continue;
        for (const m of findTrustMentions(sentence, index)) {
          const byName = m.how === 'name' || m.how === 'former name';
          const named = (m.full && m.how !== 'acronym') || (byName && (OWNS_THE_ROLE.test(sentence.slice(m.index, m.index + 100)) || FOR_SOMEONE_ELSE.test(sentence)));
          // "Our LHS here at Hinchingbrooke will be ...": a trust's distinctive word, as the place the role is for
          const placed =
            ((m.how === 'first word' || m.how === 'short name') && /\b(?:at|for)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) ||
            // "For Derby Teaching Hospitals, please record Mr Y": a trust's name heading its own answer
            (m.how === 'name' && /^\s*(?:for|at)\s+(?:the\s+)?$/i.test(sentence.slice(0, m.index)));
          if ((named || placed) && m.ods !== t.ods) others.add(m.ods);
        }
      }
    }
    // one answer for several trusts
    if (!t.candidates.length && SPEAKS_FOR_SEVERAL.test(sec.content)) {
      sure = false;
      reasons.push('the reply speaks for more than one trust');
    }
    if (others.size && !t.candidates.length) {
      sure = false;
      reasons.push(`another trust named with the nomination: ${[...others].join(', ')}`);
      trustCandidatesExtra.push(t.ods, ...others);
    }
  }
  if (nominees.length >= 2 && (nominees.filter((n) => n.role === 'lead').length >= 2 || nominees.every((n) => n.role === 'deputy'))) {
    // two leads and no word of a joint role, or only deputies: which of them is the lead cannot be told
    sure = false;
    reasons.push(`${nominees.length} nominees but which is lead and which deputy is not clear`);
  }
  if (nominees.length > 3) {
    sure = false;
    reasons.push(`${nominees.length} people named as nominees`);
  }
  return {
    ...base,
    supersedes,
    kind,
    trust: t.ods ? trustRef(index, t.ods) : null,
    trustCandidates: (t.candidates.length > 1 ? t.candidates : trustCandidatesExtra).map((o) => trustRef(index, o)),
    nominees: nominees.map(strip),
    needsReview: !sure,
    // a doubt shared by several nominees is said once
    reasons: [...new Set(reasons)],
  };
}
