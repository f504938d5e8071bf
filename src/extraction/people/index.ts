// Finding the people a reply nominates: each rule in a module of its own, the whole put together in nominees.ts.
export type { FoundNominee } from './candidate.js';
export { cueSentences, hasNominationCue, NOMINATION_CUE } from './cues.js';
export { copiedInNominee } from './copiedIn.js';
export { correctedNominee, SAYS_WRONG } from './corrections.js';
export { acceptanceInForwarded, firstNamesSayingYes, ownAddressIn } from './forwarded.js';
export { titleNear } from './jobTitles.js';
export { findNominees, findNomineesInAttachment, type PeopleInput, type PeopleResult } from './nominees.js';
export { LHS, lhsRoleValue } from './roles.js';
export { sentenceAround } from './sentence.js';
export { givenNameShortened, sameSurnameOtherGiven, samePersonNamed } from './samePerson.js';
export { asksIfSelf, saysSelf, saysTakesItOn, senderName } from './self.js';
export { shortNameFits } from './shortNames.js';
export { unexplainedPeople } from './unexplained.js';
