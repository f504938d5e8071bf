import { findEmails, firstPhone } from '../contacts.js';
import { isNotName } from '../names.js';
import type { Role } from '../types.js';
import type { Cand } from './candidate.js';
import { personIn } from './personIn.js';

// Short forms of first names, for "put Jen forward" beside a block for "Dr Jennifer ...".
const DIMINUTIVES: Record<string, string[]> = {
  bob: ['robert'], rob: ['robert'], robbie: ['robert'], bill: ['william'], will: ['william'], liz: ['elizabeth'], beth: ['elizabeth', 'bethany'],
  libby: ['elizabeth'], kate: ['katherine', 'catherine', 'kathryn'], katie: ['katherine', 'catherine', 'kathryn'], kath: ['katherine', 'catherine', 'kathryn'],
  sue: ['susan', 'suzanne'], mike: ['michael'], mick: ['michael'], dave: ['david'], jim: ['james'], jimmy: ['james'], tom: ['thomas'],
  chris: ['christopher', 'christine', 'christina'], nick: ['nicholas'], nicky: ['nicola', 'nicholas'], alex: ['alexander', 'alexandra'],
  sam: ['samantha', 'samuel'], andy: ['andrew'], tony: ['anthony', 'antony'], steve: ['stephen', 'steven'], pete: ['peter'], rich: ['richard'],
  dick: ['richard'], ted: ['edward'], ed: ['edward', 'edmund'], jo: ['joanne', 'joanna', 'josephine'], maggie: ['margaret'], meg: ['margaret'],
  peggy: ['margaret'], jen: ['jennifer'], jenny: ['jennifer'], becky: ['rebecca'], debbie: ['deborah'], pat: ['patricia', 'patrick'],
  ben: ['benjamin'], dan: ['daniel'], matt: ['matthew'], harry: ['henry', 'harold'], jack: ['john'], sandy: ['sandra', 'alexander'],
  mandy: ['amanda'], vicky: ['victoria'], ali: ['alison', 'alistair', 'alastair'], tim: ['timothy'], phil: ['philip', 'phillip'],
  fred: ['frederick'], gill: ['gillian'], jill: ['gillian'], di: ['diana', 'diane'], val: ['valerie'], ros: ['rosalind', 'rosamund'],
};

/** True where a short first name ("Jen") can be the first name written in full ("Jennifer"). */
export function shortNameFits(short: string, full: string): boolean {
  const s = short.toLowerCase();
  const f = full.toLowerCase();
  if (s === f) return true;
  if (s.length >= 3 && f.startsWith(s)) return true;
  return (DIMINUTIVES[s] ?? []).includes(f);
}

// A person named by a first name alone where the role is given: "put Jen forward", "nominate Rob as".
const SHORT_NAME =
  /\b(?:nominat(?:e|ing)|put(?:ting)?\s+forward|propos(?:e|ing)|recommend(?:ing)?|put(?:ting)?)\s+(\p{Lu}\p{Ll}{1,12})\b(?![ \t]+\p{Lu}|['’-])|\b(?:LHS|Lead\s+Healthcare\s+Scientist)\s+(?:will\s+be|is)\s+(\p{Lu}\p{Ll}{1,12})\b(?![ \t]+\p{Lu})|(?:^|[.!]\s+|\band\s+|,\s+)(\p{Lu}\p{Ll}{1,12})\s+(?:has\s+(?:kindly\s+)?agreed|is\s+happy\s+to|will\s+(?:be|take))\b/gmu;

/**
 * A first name alone in the nomination ("I'd like to put Jen forward"), and a pasted contact
 * block in the same text whose full name fits it ("Dr Jennifer Ashdown-Pryce" over a job title
 * and contacts): the block is the nominee's.
 */
export function shortNamePeople(text: string): Cand[] {
  const shorts = new Map<string, Role | null>();
  for (const m of text.slice(0, 20_000).matchAll(SHORT_NAME)) {
    const w = m[1] ?? m[2] ?? m[3];
    if (w && !isNotName(w) && !TITLE_WORD.test(w)) shorts.set(w, null);
  }
  for (const m of text.slice(0, 20_000).matchAll(SHORT_DEPUTY)) {
    const w = m[1] ?? m[2];
    if (w && !isNotName(w) && !TITLE_WORD.test(w)) shorts.set(w, 'deputy');
  }
  if (!shorts.size) return [];
  const out: Cand[] = [];
  const lines = text.slice(0, 20_000).split('\n');
  let o = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const read = line.length < 100 ? personIn(line, o) : null;
    o += line.length + 1;
    if (!read || read.bare.length < 2 || line.slice(read.end - (o - line.length - 1)).trim()) continue;
    // a block: contacts within the next few lines
    const below = lines.slice(i + 1, i + 6).join('\n');
    if (!findEmails(below).length && !firstPhone(below)) continue;
    const first = read.bare[0]!;
    const fit = [...shorts].find(([s]) => shortNameFits(s, first));
    if (fit) out.push({ read, how: 'pasted block', role: fit[1], window: '', fields: {} });
  }
  return out;
}
const SHORT_DEPUTY = /\b(\p{Lu}\p{Ll}{1,12})\s+as\s+(?:his|her|their|the|our)\s+deputy\b|\bdeputy\s+(?:will\s+be|is)\s+(\p{Lu}\p{Ll}{1,12})\b(?![ \t]+\p{Lu})/gu;
const TITLE_WORD = /^(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Our|The|This|Him|Her|Them|Forward)$/;
