import { asciiTwin, testIu } from '../ascii.js';
import { NOT_A_CONTACT_ROLE } from './roles.js';
import { sentenceAround } from './sentence.js';

/**
 * Words that come with a nomination: where they stand and no name is found, a person should look.
 * "he has agreed", "will send you her details" and "will be in touch directly with her details" speak of
 * someone already chosen; "please put down Dr X as our LHS" of someone named, perhaps in a way no
 * rule reads.
 */
export const NOMINATION_CUE = new RegExp(
  String.raw`\b(?:I|we)\s+(?:would\s+like\s+to|wish\s+to|(?:am|are)\s+(?:pleased|happy|delighted)\s+to|can)\s+(?:nominate|confirm\s+(?:that|our)|put\s+forward)|\bour\s+(?:nomination|nominee)\b|\b(?:LHS|Lead\s+Healthcare\s+Scientist)\s+(?:is|will\s+be)\s+(?!appointed|confirmed|decided|agreed|identified|chosen)\p{L}|\b(?:has|have)\s+(?:kindly\s+|now\s+|also\s+)?agreed\s+to\s+(?:act|be|take)${NOT_A_CONTACT_ROLE}|\b(?:he|she)\s+has\s+(?:kindly\s+|now\s+)?agreed\b|\b(?:will|'ll)\s+(?:send|forward|provide|confirm|pass\s+on|be\s+in\s+touch)\b[^.\n]{0,40}?\b(?:his|her)\s+(?:own\s+)?(?:contact\s+)?details\b|\b(?:it's|it\s+is|it\s+will\s+be|(?:he|she)\s+(?:is|will\s+be))\s+(?:likely|probably|most\s+likely)\s+(?:to\s+be\s+)?(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s|\bplease\s+(?:record|register|put\s+down|enter|accept|add)\b[^.\n]{0,80}?\bas\s+(?:our|the|your)\s+(?:Trust's\s+)?(?:new\s+|interim\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b|\bplease\s+find\s+(?:below|attached)\b[^.\n]{0,60}\b(?:nomination|details|response|form)`,
  'iu',
);

const NOMINATION_CUE_ASCII = asciiTwin(NOMINATION_CUE);

/** True where the text has words that come with a nomination (NOMINATION_CUE). */
export const hasNominationCue = (text: string): boolean => testIu(NOMINATION_CUE, NOMINATION_CUE_ASCII, text);

/** Sentences that read like a nomination, for a second opinion where the rules found no name. */
export function cueSentences(content: string): string[] {
  const out: string[] = [];
  const re = new RegExp(NOMINATION_CUE.source, 'giu');
  for (const m of content.slice(0, 20_000).matchAll(re)) {
    const s = sentenceAround(content, m.index!, m.index! + m[0].length).trim();
    if (s && !out.includes(s)) out.push(s);
    if (out.length >= 3) break;
  }
  return out;
}
