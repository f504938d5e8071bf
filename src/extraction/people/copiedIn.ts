import { displayNameAsPerson, emailMatchesName, nameKey } from '../names.js';
import type { Address } from '../../message/types.js';
import type { FoundNominee } from './candidate.js';

// "I am pleased to nominate my colleague copied in", "Dr X (cc'd)": the person in the Cc header
const COPIED_IN = /\b(?:copied\s+in(?:to\s+this)?|cc['’]?(?:e)?d(?:\s+in)?|copied\s+(?:here|above))\b/i;
const NOMINATES = /\bnominat\w*|\b(?:LHS|Lead\s+Healthcare\s+Scientist)\b|\btake\s+on\s+the\s+role\b/i;

/**
 * The nominee a reply names only as "my colleague copied in": the one person in the Cc header
 * (besides the sender and the CSO mailbox) whose address spells the name their mailbox shows.
 * Outlook shows "Surname Forename" without a comma, so the order is taken from the address.
 */
export function copiedInNominee(content: string, cc: Address[], exclude: (address: string) => boolean): FoundNominee | null {
  if (!COPIED_IN.test(content) || !NOMINATES.test(content)) return null;
  const people = cc.filter((a) => a.address && !exclude(a.address));
  if (people.length !== 1) return null;
  const [who] = people as [Address];
  const display = who.name ? displayNameAsPerson(who.name) : null;
  if (!display || emailMatchesName(who.address, display) < 2) return null;
  const words = display.split(/\s+/);
  const local = who.address.split('@')[0]!.toLowerCase();
  // "Dhillon Ranjit" <ranjit.dhillon@...>: the address puts the given name first
  const key = nameKey(display);
  const reversed = words.length === 2 && key.length === 2 && local.indexOf(key[1]!) >= 0 && local.indexOf(key[1]!) < local.indexOf(key[0]!);
  return {
    name: reversed ? `${words[1]} ${words[0]}` : display,
    email: who.address,
    phone: null,
    jobTitle: null,
    role: 'lead',
    how: 'phrase',
    // the text does not name them: that the one copied in is the colleague meant is for a person to confirm
    doubts: [`nominee read from the Cc header (${who.name} <${who.address}>), not named in the text`],
  };
}
