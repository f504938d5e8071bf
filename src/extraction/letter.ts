/**
 * The words NHS England sent: the letter of 13 September 2016 and the October reminder.
 * Replies quote them above or below the answer, so nothing in them is ever the answer
 * (shared/docs/the-letter.md). Used to tell an answer typed into the quoted letter from
 * the letter itself.
 */
/** The letter's Publications Gateway reference, which some replies cite ("Gateway 05659 - response"). */
export const GATEWAY_REF = '05659';

const LETTER = `Publications Gateway Ref. No. ${GATEWAY_REF}
To: Provider Medical Directors
Chief Scientific Officer's team
Medical Directorate
NHS England
Skipton House
80 London Road
London
SE1 6LH
england.cso@nhs.net
13 September 2016
Dear Colleagues,
Lead Healthcare Scientists (LHS)
Leadership is a key theme in the Five Year Forward View and has been identified across the system as a critical enabler of high quality care. To deliver the transformational changes the NHS seeks we need to focus, with our partners, on making better use of technology, further developing leadership and supporting scientific research and innovation.
The Healthcare Science workforce provides the scientific backbone of NHS and Public Health services, working across laboratory sciences, physiological sciences, bioinformatics, medical physics and clinical engineering. This 50,000 strong workforce underpins 80% of all diagnoses and makes a direct contribution to patient care.
A critical priority for the Chief Scientific Officer team is to develop the professional capacity and capability of our workforce to deliver whole system change. One element of this will be the provision of local healthcare science leadership and advice by;
Identifying Lead Healthcare Scientists in all provider organisations
Developing a network of Lead Healthcare Scientists to share, develop and support learning
Supporting scientific leadership and advice to the employing organisations and healthcare scientists within it
Linking strong leadership, strategic direction and influence for healthcare science services across the local health and care system and to local, regional and national networks.
To allow us to do this we would like to identify a Lead Healthcare Scientist for each provider Trust across England, many of whom will already be in place. A role descriptor is attached which will help you identify the appropriate individual.
Choose an item.
Could you please confirm their name and contact details so that they can join our network and take advantage of the opportunities we are developing for them.
Please send your response to, england.cso@nhs.net by cop Friday 11th October.
We look forward to receiving your response.
Yours sincerely,
(signature)
Fiona Carragher MSc FRCPATH EuSpLM CSci
Deputy Chief Scientific Officer
NHS England
Thank you to the many trusts that have already told us who their Lead Healthcare Scientist is. If your organisation has not yet replied, we would be grateful for your response as soon as possible and by Friday 28 October at the latest.
The original letter is copied below for ease of reference.
Kind regards
CSO Team
REMINDER: Lead Healthcare Scientists (LHS)`;

/** Letters and digits only, lower case: how quoted text is compared with the letter. */
export const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

const LETTER_SQUASHED = squash(LETTER);

/** Text with the ">" quote mark (and a space after it) taken off each line; text without one is returned as it is, unsearched. */
export const unquoteLines = (s: string): string => (s.includes('>') ? s.replace(/^>\s?/gm, '') : s);

/** True where a piece of text is (part of) the letter or reminder, however it was wrapped or quoted. */
export function isLetterText(s: string): boolean {
  // the same letter paragraphs come back in most replies: remember the answers
  const known = seen.get(s);
  if (known !== undefined) return known;
  // link remnants ("[mailto:x]", "[x@nhs.net]") out; a bracketed answer that holds an address stays
  const q = squash(s.replace(/<mailto:[^>]*>|\[mailto:[^\]]*\]|\[[^\]\s]*@[^\]\s]*\]/g, ''));
  const yes = q.length === 0 || (q.length <= LETTER_SQUASHED.length && LETTER_SQUASHED.includes(q));
  if (seen.size > 4000) seen.clear();
  if (s.length < 4000) seen.set(s, yes);
  return yes;
}
const seen = new Map<string, boolean>();

/** Names and addresses from the letter's sender side: never a nominee or a trust's answer. */
export const LETTER_PEOPLE = /\b(?:Fiona\s+Carragher|Carragher)\b/i;
export const CSO_ADDRESS = /england\.cso@nhs\.net/i;
