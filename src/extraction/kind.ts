import type { ParsedMessage } from '../message/types.js';
import { isLetterText } from './letter.js';

const LHS_SUBJECT = /lead\s+healthcare\s+scientist|\bLHS\b/i;

/** How the message ties to the letter: threading, subject, quoted letter. Empty when it does not. */
export function replyEvidence(msg: ParsedMessage, quoted: string, content: string): string[] {
  const out: string[] = [];
  if (LHS_SUBJECT.test(msg.subject)) out.push('subject');
  if ((msg.inReplyTo || msg.references.length) && (LHS_SUBJECT.test(msg.subject) || LHS_SUBJECT.test(content) || out.length)) out.push('thread');
  let letterParas = 0;
  for (const p of quoted.slice(0, 30_000).split(/\n\s*\n/)) {
    if (p.replace(/[>\s]/g, '').length > 40 && isLetterText(p.replace(/^>\s?/gm, '')) && ++letterParas >= 2) {
      out.push('quoted letter');
      break;
    }
  }
  if (/\b(?:your|the)\s+(?:letter|request|e-?mail)\b[^.\n]{0,80}\b(?:lead\s+healthcare\s+scientist|LHS)\b|\b(?:lead\s+healthcare\s+scientist|LHS)\b[^.\n]{0,60}\b(?:letter|request)\b/i.test(content)) out.push('mentions the letter');
  return out;
}

const NOT_YET =
  /\b(?:not\s+yet|not\s+in\s+a\s+position|(?:will|shall|'ll)\s+(?:come\s+back|get\s+back|let\s+you\s+(?:have|know)|confirm|send|forward|reply|respond|be\s+in\s+touch|write)|before\s+(?:I|we)\s+(?:put|nominate|decide|confirm)|ha(?:ve|s)\s+not\s+(?:yet\s+)?(?:decided|settled|chosen|agreed|appointed|identified)|yet\s+to\s+(?:decide|agree|appoint|identify|confirm)|passed\s+(?:it|this|your\s+letter|the\s+letter|the\s+request)\b|being\s+(?:recruited|considered|appointed)|(?:will|would)\s+not\s+be\s+(?:putting|nominating|able\s+to)|do\s+not\s+(?:employ|have)\s+any|declin(?:e|ing)|unable\s+to\s+(?:nominate|identify)|no\s+(?:one|suitable)|not\s+(?:be\s+)?(?:appropriate|relevant)\s+(?:for|to)\s+(?:us|our)|recruit(?:ing|ment)\s+to\s+the\s+post|(?:acknowledge|confirm)\s+receipt)\b/i;
const QUESTION = /\?|\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:clarify|confirm\s+whether|tell\s+(?:me|us)|advise|send|let\s+(?:me|us)\s+know)\b/i;

/** A reply that names nobody: a question, or an answer that is not (yet) a name. */
export function noNomineeKind(content: string): { kind: 'query' | 'no_nomination'; sure: boolean; why: string } {
  const t = content.slice(0, 20_000);
  const q = QUESTION.test(t);
  const notYet = NOT_YET.test(t);
  if (q && notYet) {
    // "Before we nominate anyone, can you clarify...": the answer waits on the question
    const questions = (t.match(/\?/g) ?? []).length;
    const waitsOnAnswer = /\bbefore\s+(?:we|I)\s+(?:nominate|put|decide|confirm)|\bbefore\s+deciding\b/i.test(t);
    if (questions >= 2 || waitsOnAnswer) return { kind: 'query', sure: true, why: 'asks a question before answering' };
    return { kind: 'query', sure: false, why: 'asks a question and also says a name will follow' };
  }
  if (q) return { kind: 'query', sure: true, why: 'asks a question' };
  if (notYet) return { kind: 'no_nomination', sure: true, why: 'no name yet' };
  return { kind: 'no_nomination', sure: false, why: 'names nobody and neither asks nor says when a name will come' };
}
