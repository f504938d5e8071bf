import type { ParsedMessage } from '../message/types.js';
import { GATEWAY_REF, isLetterText, unquoteLines } from './letter.js';
import { LHS } from './people/roles.js';

// the letter's gateway reference cited in a subject or text
const GATEWAY_CITED = new RegExp(String.raw`\b${GATEWAY_REF}\b`);

const REPLY_SUBJECT = /^\s*(?:(?:re|fw|fwd|aw|tr|sv)\s*(?:\[\d+\])?\s*:\s*)+/i;
const ANSWER_WORDS = /\b(?:nominat\w*|response|reply|answer|confirm\w*|query|question|letter|request|details)\b/i;
// mail sent to many: marketing, bulletins, lists
const BULK = /^(?:bulk|list|junk)$/i;

/** text.split(/\n\s*\n/), one paragraph at a time: the search for the quoted letter stops at its second paragraph. */
function* paragraphsOf(text: string): Generator<string> {
  const blank = /\n\s*\n/g;
  let from = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    yield text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  yield text.slice(from);
}

// the code units /\s/ matches
const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** More than n characters besides ">" and white space: p.replace(/[>\s]/g, '').length > n, counting only as far as it needs to. */
function hasMoreTextThan(p: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c !== 0x3e && !isSpaceCode(c) && ++count > n) return true;
  }
  return false;
}

/** How the message ties to the letter: threading, subject, quoted letter. Empty when it does not. */
export function replyEvidence(msg: ParsedMessage, quoted: string, content: string): string[] {
  const out: string[] = [];
  const threaded = !!(msg.inReplyTo || msg.references.length);
  const subjectLhs = LHS.test(msg.subject);
  if (subjectLhs && (REPLY_SUBJECT.test(msg.subject) || ANSWER_WORDS.test(msg.subject))) out.push('subject');
  else if (subjectLhs) out.push('subject names the role');
  if (threaded && (subjectLhs || LHS.test(content))) out.push('thread');
  else if (threaded) out.push('thread only');
  let letterParas = 0;
  for (const p of paragraphsOf(quoted.slice(0, 30_000))) {
    if (hasMoreTextThan(p, 40) && isLetterText(unquoteLines(p)) && ++letterParas >= 2) {
      out.push('quoted letter');
      break;
    }
  }
  // the letter's own Publications Gateway reference, "Gateway 05659 - response"
  if (GATEWAY_CITED.test(`${msg.subject}\n${content.slice(0, 20_000)}`)) out.push('gateway reference');
  if (/\b(?:your|the)\s+(?:letter|request|e-?mail)\b[^.\n]{0,80}\b(?:lead\s+healthcare\s+scientist|LHS)\b|\b(?:lead\s+healthcare\s+scientist|LHS)\b[^.\n]{0,60}\b(?:letter|request)\b/i.test(content)) out.push('mentions the letter');
  // a bulletin or advert that merely mentions the role in its subject is not an answer
  const bulk = BULK.test((msg.headers['precedence'] ?? [''])[0]!.trim()) || !!msg.headers['list-unsubscribe'] || /\bunsubscribe\b/i.test(content) || /\bunsubscribe\b/i.test((msg.text ?? msg.html ?? '').slice(0, 50_000));
  if (bulk && !threaded && !out.includes('quoted letter')) return [];
  return out;
}

const NOT_YET =
  /\b(?:(?:does|do)\s+not\s+wish\s+to|not\s+to\s+nominate|still\s+(?:discussing|considering|deciding|looking|working)|(?:board|committee|executive(?:\s+team)?|panel)\s+(?:will|is\s+due\s+to|meets?\s+to)\s+(?:decide|discuss|consider|agree|approve)|revert|in\s+due\s+course|more\s+time|(?:to\s+follow|will\s+follow)|awaiting|pending|not\s+(?:been\s+)?able\s+to\s+(?:identify|agree|nominate)|no\s+healthcare\s+scientists|not\s+applicable|does\s+not\s+apply|not\s+yet|not\s+in\s+a\s+position|(?:will|shall|'ll)\s+(?:come\s+back|get\s+back|let\s+you\s+(?:have|know)|confirm|send|forward|reply|respond|be\s+in\s+touch|write)|before\s+(?:I|we)\s+(?:put|nominate|decide|confirm)|ha(?:ve|s)\s+not\s+(?:yet\s+)?(?:decided|settled|chosen|agreed|appointed|identified)|yet\s+to\s+(?:decide|agree|appoint|identify|confirm)|passed\s+(?:it|this|your\s+letter|the\s+letter|the\s+request)\b(?![^.!?\n]{0,40}?\bto\s+me\b)|being\s+(?:recruited|considered|appointed)|(?:will|would)\s+(?:therefore\s+|then\s+|also\s+)?not\s+be\s+(?:putting|nominating|able\s+to)|(?:do|does)\s+not\s+(?:directly\s+)?(?:employ|have)\s+(?:any|healthcare\s+scientists?|staff\s+in\s+any)|(?:get|send|give)\s+(?:a|the|our)\s+name\s+(?:back\s+)?to\s+you|(?:come|get)\s+back\s+to\s+you|respond\s+to\s+you\s+directly|identify\s+(?:someone|somebody|the\s+right\s+person)\s+for\s+you|(?:give|send|provide)\s+you\s+(?:a|the|our)\s+name|(?:have|give|send)\s+(?:you\s+)?a\s+name\s+(?:for\s+you\s+|to\s+you\s+)?(?:by|after|before|once|when|within|in\s+(?:the\s+)?(?:next|new|coming))|considering\s+who|(?:sent|provided|given|supplied|submitted)\s+(?:the|our|their|these|this)\s+(?:name|names|details|information)\b[^.]{0,80}?\bto\s+(?!you\b|yourselves\b|the\s+CSO\b|england\.cso)|declin(?:e|ing)|unable\s+to\s+(?:nominate|identify)|no\s+(?:one|suitable)|not\s+(?:be\s+)?(?:appropriate|relevant)\s+(?:for|to)\s+(?:us|our)|recruit(?:ing|ment)\s+to\s+the\s+post|(?:acknowledge|confirm)\s+receipt)\b/i;
const QUESTION = /\?|\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:clarify|confirm\s+whether|tell\s+(?:me|us)|advise|send|let\s+(?:me|us)\s+know)\b/i;

// a question that hands the request to a colleague rather than asking the CSO team
const DELEGATES = /\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:pick\s+(?:this|it)\s+up|suggest\s+(?:who|someone|a\s+name)|find\s+(?:someone|a\s+name)|deal\s+with\s+(?:this|it)|handle\s+(?:this|it)|action\s+(?:this|it)|take\s+(?:this|it)\s+(?:on|forward))\b|\bwho\s+(?:we|I)\s+should\s+(?:put\s+forward|nominate|suggest)\b/i;

/**
 * "Would she be eligible? ... I will send you our nomination as soon as I hear back": a question
 * and a promise of the answer, which a name in the same reply does not settle.
 */
export function asksAndDefers(content: string): boolean {
  const t = content.slice(0, 20_000);
  return asksQuestion(t) && NOT_YET.test(t);
}

/** A question mark or a "could you ..." outside any web address (a "?" in a link asks nothing). */
export const asksQuestion = (t: string): boolean => QUESTION.test(t.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ''));

// "We replied to this on 4th October", "I have already sent you our nomination": the answer is in an earlier message
const ANSWERED_BEFORE =
  /\b(?:we|I)\s+(?:have\s+|had\s+)?(?:already\s+)?(?:replied|responded|answered|(?:sent|e-?mailed|provided|given)\s+(?:you\s+(?:our|my|a|the|these|this)\s+(?:reply|response|nomination|answer|name|details)|(?:our|my|a|the|these|this)\s+(?:reply|response|nomination|answer|name|details)\s+to\s+(?:you|this\s+mailbox|the\s+CSO)))\b(?![^.!?\n]{0,20}\bbelow\b)/i;

// what a question about the request itself speaks of: the role, the nomination, the letter
const ABOUT_THE_REQUEST = new RegExp(
  String.raw`${LHS.source}|\bnominat\w*|\bput\s+(?:\w+\s+){0,2}forward\b|\b(?:the|this|that|a)\s+(?:role|post|lead)\b|\b(?:your|the)\s+(?:letter|request)\b|\bhealthcare\s+scien\w*|\bnil\s+return\b|\bnamed\s+(?:contact|person|individual)\b|\bnetwork\b|\bmeetings?\b`,
  'i',
);

// "Not about the nomination itself, but ...", "a separate query", "please don't treat this email as our response": the
// writer says the question is about something else
const NOT_ABOUT_THE_REQUEST =
  /(?:\bnot|n['’]t)\s+(?:about|regarding|concerning|related\s+to|to\s+do\s+with|in\s+connection\s+with|in\s+relation\s+to)\s+(?:the|your|our|this)\s+(?:[\w-]+\s+){0,2}?(?:nomination|request|letter|LHS|lead\s+healthcare\s+scientist|role)\b|\b(?:separate|different|unrelated)\s+(?:from|to)\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:nomination|request|letter)\b|\b(?:a|one|another)\s+(?:separate|different|unrelated)\s+(?:matter|query|question|point|issue|note)\b|\b(?:this|it|my\s+(?:e-?mail|message|note))\s+(?:is\s+not|isn['’]t)\s+about\s+(?:that|this|it)\b|\b(?:do\s+not|don['’]t)\s+treat\s+(?:this|my)\s+(?:e-?mail\s+|message\s+|note\s+)?as\s+(?:our|the|a|my)\s+(?:response|reply|answer|nomination|return)\b/i;

/** The writer says this mail is not about the request: "Not about the nomination itself, but ...", "this isn't about that". */
export const saysNotAboutRequest = (content: string): boolean => NOT_ABOUT_THE_REQUEST.test(content.slice(0, 20_000));

/** A reply that names nobody: a question, or an answer that is not (yet) a name. */
export function noNomineeKind(content: string): { kind: 'query' | 'no_nomination'; sure: boolean; why: string } {
  const t = content.slice(0, 20_000);
  if (ANSWERED_BEFORE.test(t)) return { kind: 'no_nomination', sure: false, why: 'says the answer was sent before: find that message' };
  const q = asksQuestion(t);
  const notYet = NOT_YET.test(t);
  // whatever else it says, a question the writer says is about something else is no sure query about the request
  if (q && NOT_ABOUT_THE_REQUEST.test(t)) return { kind: 'query', sure: false, why: 'asks a question it says is not about the LHS request itself: it may be about something else' };
  if (q && notYet) {
    // "Before we nominate anyone, can you clarify...": the answer waits on the question
    const questions = (t.match(/\?/g) ?? []).length;
    const waitsOnAnswer = /\bbefore\s+(?:we|I)\s+(?:nominate|put|decide|confirm)|\bbefore\s+deciding\b/i.test(t);
    if (questions >= 2 || waitsOnAnswer) return { kind: 'query', sure: true, why: 'asks a question before answering' };
    return { kind: 'query', sure: false, why: 'asks a question and also says a name will follow' };
  }
  // "Jo - can you pick this up and suggest who we should put forward?": a question to a colleague, sent here by mistake
  if (q && DELEGATES.test(t)) return { kind: 'query', sure: false, why: 'asks someone to take the request on: it may be an internal message sent here by mistake' };
  // "Sorry to use this thread, but do you know who collates the training numbers?": asked here, but not about the request
  if (q && !ABOUT_THE_REQUEST.test(t)) return { kind: 'query', sure: false, why: 'asks a question that does not speak of the LHS request: it may be about something else' };
  if (q) return { kind: 'query', sure: true, why: 'asks a question' };
  if (notYet) return { kind: 'no_nomination', sure: true, why: 'no name yet' };
  return { kind: 'no_nomination', sure: false, why: 'names nobody and neither asks nor says when a name will come' };
}
