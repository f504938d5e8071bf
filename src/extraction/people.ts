import { findEmails, findPhones, firstPhone } from './contacts.js';
import { LETTER_PEOPLE } from './letter.js';
import { displayNameAsPerson, emailMatchesName, isNotName, NHSMAIL_PERSON, nameKey, POST_NOMINALS, readNameAt, type NameRead } from './names.js';
import type { Address } from '../message/types.js';
import type { Nominee, Role } from './types.js';

/** Where a nominee was found and how sure the rule that found them is. */
export interface FoundNominee extends Nominee {
  how: 'labelled field' | 'table' | 'phrase' | 'list' | 'answer in letter' | 'subject' | 'self' | 'pasted block' | 'attachment';
  /** reasons to doubt this nominee, for the reviewer */
  doubts: string[];
}

interface Cand {
  read: NameRead;
  how: FoundNominee['how'];
  role: Role | null;
  /** text where this person's details are written */
  window: string;
  fields: { email?: string; phone?: string; jobTitle?: string };
  /** why this person may not be a firm nomination */
  doubt?: string;
  /** the role was written in a field of its own (a Role column or label) */
  roleFromField?: boolean;
  /** the job title came from a "Role:" field that a "Job title:" field may replace */
  titleFromRole?: boolean;
}

// Words that make a nomination conditional or only intended ("before we nominate", "we may put forward").
const CONDITIONAL = /\b(?:before|if|whether|once|unless|may|might|could|intend\w*|plan\w*|hop(?:e|ing)\s+to|consider\w*|thinking\s+of|propos(?:e|ing)\s+to|would\s+(?:you|it)|minded\s+to|likely\s+to)\b[^.;:,!?\n]{0,30}$/i;

const LHS = /\b(?:lead\s+healthcare\s+scientists?|LHS)\b/i;
const ROLE_WORDS = /\b(?:Head|Director|Scientist|Manager|Physiologist|Consultant|Lead|Officer|Engineer|Biochemist|Physicist|Chief|Principal|Specialist|Technologist|Audiologist|Geneticist|Practitioner|Professor)\b/;

// ---------- labelled fields and tables (body and forms)

type Field = 'name' | 'title' | 'role' | 'email' | 'phone' | 'skip' | 'other';
const LABELS: [RegExp, Field][] = [
  [/^nominated\s+(?:lhs|lead\s+healthcare\s+scientist|person|individual)$|^(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:nominee|nominated\s+\w+|lead\s+healthcare\s+scientist|lhs))?$|^nominee(?:'s)?\s*(?:name)?$|^(?:nominated\s+)?lead\s+healthcare\s+scientist(?:\s+name)?$|^lhs(?:\s+name)?$|^(?:deputy|joint)(?:\s+(?:lead\s+healthcare\s+scientist|lhs|lead))?(?:\s+name)?$|^lead(?:\s+name)?$/i, 'name'],
  // the place in the LHS network (lead, deputy), as opposed to the job the person holds
  [/^(?:role|(?:lhs|network)\s+role|role\s+in\s+(?:the\s+)?network|position\s+in\s+(?:the\s+)?network|lhs\s+position|nominated\s+(?:as|for|role)|role\s*\((?:lead|deputy)[^)]{0,30}\))$/i, 'role'],
  [/^(?:job\s+)?title$|^position$|^designation$|^post$|^job\s+role$|^current\s+(?:post|role|position)$|^substantive\s+(?:post|role)$/i, 'title'],
  [/^e-?mail(?:\s+address)?$/i, 'email'],
  [/^(?:tel(?:ephone)?|phone|direct\s+line|contact\s+(?:number|telephone|no\.?)|telephone\s+number|mobile|mob)(?:\s+(?:no|number))?\.?$/i, 'phone'],
  [/^(?:trust|organisation|organization|trust\s+name|name\s+of\s+trust|department|sites?|wte|address)$/i, 'skip'],
];
const labelOf = (s: string): { field: Field; role: Role | null } | null => {
  const t = s.trim().replace(/[:\s]+$/, '');
  if (!t || t.length > 60) return null;
  for (const [re, field] of LABELS) {
    if (re.test(t)) return { field, role: /^deputy/i.test(t) ? 'deputy' : /^joint/i.test(t) ? 'joint' : null };
  }
  return null;
};
/**
 * A value that is only a place in the LHS network ("Lead Healthcare Scientist", "Deputy",
 * "Deputy LHS", "Joint lead"): the role it sets, never a job title.
 */
export function lhsRoleValue(value: string): Role | null {
  const v = value.trim().replace(/[.:;,]+$/, '').replace(/\s+/g, ' ');
  if (v.length > 60) return null;
  const m = /^(?:the\s+)?(?:(?:trust|nominated|proposed)\s+)?(?:(deputy|joint|co-?)(?:\s*[-/]?\s*)(?:lead\s+)?)?(lead\s+healthcare\s+scientists?|LHS|lead)?(?:\s*\(?\s*(deputy|joint|lead)\s*\)?)?$/i.exec(v);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const word = `${m[1] ?? ''} ${m[3] ?? ''}`.toLowerCase();
  return /deputy/.test(word) ? 'deputy' : /joint|co/.test(word) ? 'joint' : 'lead';
}

/** A job title that is only the LHS role ("Lead Healthcare Scientist", "Deputy") is no job title. */
const notRole = (t: string | null | undefined): string | null => (t && !lhsRoleValue(t) ? t : null);

const SECTION = /^\s*(lead|deputy|joint(?:\s+lead)?|deputy\s+lead(?:\s+healthcare\s+scientist)?|lead\s+and\s+deputy)\s*:?\s*$/i;
const UNFILLED = /^choose an item\.?$/i;

function personIn(value: string, offset: number): NameRead | null {
  const v = value.replace(/^\s+/, '');
  const shift = value.length - v.length;
  const nhsmail = new RegExp(NHSMAIL_PERSON.source, 'u').exec(v);
  if (nhsmail && nhsmail.index === 0 && !POST_NOMINALS.test(nhsmail[1]!) && !nhsmail[2]!.split(/[ -]/).some(isNotName) && !nhsmail[1]!.split(/[ \t]+/).some(isNotName)) {
    const first = nhsmail[2]!;
    const last = nhsmail[1]!.replace(/[ \t]+/g, ' ').replace(/\p{Lu}+/gu, (p) => p[0] + p.slice(1).toLowerCase());
    return { name: `${first} ${last}`, bare: [...first.split(/[ -]/), ...last.split(' ')], start: offset + shift, end: offset + shift + nhsmail[0].length, hasTitle: false };
  }
  // "HUSSAIN Imran": the NHSmail directory's order without the comma
  // "LIM Jun Wei": two given names after the surname
  const caps = /^(\p{Lu}{2,}(?:['’-]\p{Lu}+)*)[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+(\p{Lu}\p{Ll}+))?(?=[\s,;(<]|$)/u.exec(v);
  if (caps && !isNotName(caps[1]!) && !isNotName(caps[2]!) && !POST_NOMINALS.test(caps[1]!) && caps[1]!.length <= 20) {
    const last = caps[1]!.replace(/\p{Lu}+/gu, (p) => p[0] + p.slice(1).toLowerCase());
    const given = caps[3] && !isNotName(caps[3]) ? [caps[2]!, caps[3]] : [caps[2]!];
    const end = given.length === 2 ? caps[0].length : caps[1]!.length + v.slice(caps[1]!.length).indexOf(caps[2]!) + caps[2]!.length;
    return { name: `${given.join(' ')} ${last}`, bare: [...given, last], start: offset + shift, end: offset + shift + end, hasTitle: false };
  }
  // "Raman, Priya" filling a whole cell or field: surname first, as a list of staff writes it
  const sf = /^(?:(Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)?),[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)\s*$/u.exec(v.slice(0, 80));
  if (sf && v.length <= 80 && ![sf[2]!, ...sf[3]!.split(/[ \t]/)].some(isNotName)) {
    const given = sf[3]!.split(/[ \t]+/);
    return { name: `${sf[1] ? sf[1] + ' ' : ''}${given.join(' ')} ${sf[2]}`, bare: [...given, sf[2]!], start: offset + shift, end: offset + shift + sf[0].trimEnd().length, hasTitle: !!sf[1] };
  }
  const r = readNameAt(v, 0);
  return r ? { ...r, start: r.start + offset + shift, end: r.end + offset + shift } : null;
}

/** People written as "Name: ... / Title: ... / Email: ..." blocks, one-cell-a-line tables, or column tables. */
function labelledPeople(text: string, how: Cand['how']): Cand[] {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let o = 0;
  for (const l of lines) {
    offsets.push(o);
    o += l.length + 1;
  }
  const out: Cand[] = [];
  let cur: Cand | null = null;
  let section: Role | null = null;
  let header: { field: Field; role: Role | null }[] | null = null;
  let columns: { roles: (Role | null)[]; cands: (Cand | undefined)[] } | null = null;
  const push = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  const set = (field: Field, value: string, offset: number, role: Role | null) => {
    value = value.trim();
    if (!value || UNFILLED.test(value) || field === 'skip') return;
    if (field === 'name') {
      const read = personIn(value, offset);
      if (!read) return;
      push();
      cur = { read, how, role: role ?? section, window: '', fields: {} };
      return;
    }
    if (!cur) return;
    // a column with no known header whose values are LHS roles is the role column
    const lhsRole = field === 'title' || field === 'role' || field === 'other' ? lhsRoleValue(value) : null;
    if (lhsRole) {
      // "Role: Deputy", or the LHS role put in a title column: the role, not the job
      cur.role = lhsRole === 'lead' && cur.role ? cur.role : lhsRole;
      cur.roleFromField = true;
      return;
    }
    if (field === 'other') return;
    // "Role: Consultant Clinical Scientist" is a job title, but one given under "Job title:" wins
    if (field === 'role' && !cur.fields.jobTitle) {
      cur.fields.jobTitle = value;
      cur.titleFromRole = true;
    }
    if (field === 'title' && (!cur.fields.jobTitle || cur.titleFromRole)) {
      cur.fields.jobTitle = value;
      cur.titleFromRole = false;
    }
    if (field === 'email' && !cur.fields.email) cur.fields.email = findEmails(value)[0]?.address;
    if (field === 'phone' && !cur.fields.phone) cur.fields.phone = firstPhone(value)?.text;
  };
  const nextNonEmpty = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const sec = SECTION.exec(line);
    if (sec) {
      push();
      section = /deputy/i.test(sec[1]!) ? 'deputy' : /joint/i.test(sec[1]!) ? 'joint' : 'lead';
      continue;
    }
    // table rows with cells between "|": a header row of labels, then one row a person
    const tabbed = !line.includes('|') && (line.match(/\t/g)?.length ?? 0) >= 2;
    if (line.includes('|') || tabbed) {
      const cells = (tabbed ? line.trim().split(/\t+/) : line.split('|')).map((c) => c.trim());
      const labels = cells.map((c) => labelOf(c));
      // a table a column a person: "Role | Lead | Deputy", then "Name | Dr A | Dr B", "Email | a@ | b@"
      if (cells.length >= 3 && (!cells[0] || labels[0]?.field === 'role' || labels[0]?.field === 'title') && cells.slice(1).every((c) => lhsRoleValue(c))) {
        push();
        header = null;
        columns = { roles: cells.slice(1).map((c) => lhsRoleValue(c)), cands: [] };
        continue;
      }
      if (columns && cells.length === columns.roles.length + 1 && labels[0] && labels[0].field !== 'skip') {
        const field = labels[0].field;
        cells.slice(1).forEach((value, k) => {
          if (field === 'name') {
            const read = value && !UNFILLED.test(value) ? personIn(value, offsets[i]! + line.indexOf(value)) : null;
            if (read) columns!.cands[k] = { read, how, role: columns!.roles[k] ?? null, window: '', fields: {}, roleFromField: true };
            return;
          }
          const c = columns!.cands[k];
          if (!c) return;
          cur = c;
          set(field, value, offsets[i]!, null);
          cur = null;
        });
        continue;
      }
      if (columns) {
        for (const c of columns.cands) if (c) out.push(c);
        columns = null;
      }
      // a header row: a name column and mostly known labels; a column of something else ("Notes") is skipped
      const known = labels.filter((l) => l).length;
      if (cells.length >= 3 && labels.some((l) => l?.field === 'name') && known >= Math.max(3, Math.ceil(cells.length / 2)) && cells.every((c, k) => labels[k] || (c.length < 30 && !/@|\d/.test(c)))) {
        push();
        header = labels.map((l) => l ?? { field: 'other' as const, role: null });
        continue;
      }
      if (header && cells.length === header.length) {
        let at = offsets[i]!;
        const nameCol = header.findIndex((h) => h.field === 'name');
        if (nameCol >= 0) set('name', cells[nameCol]!, offsets[i]! + line.indexOf(cells[nameCol]!), header[nameCol]!.role);
        header.forEach((h, k) => {
          if (k !== nameCol) set(h.field, cells[k]!, at, h.role);
        });
        at += 0;
        continue;
      }
    }
    const inline = /^\s*([A-Za-z][A-Za-z' -]{1,40}?)\s*(?::|\t|\||\s{3,})\s*(\S.*)$/.exec(line);
    const inlineLabel = inline ? labelOf(inline[1]!) : null;
    if (inline && inlineLabel) {
      set(inlineLabel.field, inline[2]!, offsets[i]! + line.indexOf(inline[2]!), inlineLabel.role);
      continue;
    }
    // "Email jane@x.nhs.uk" as a PDF form flattens a two-column table
    if (line.length < 160) {
      const words = line.trim().split(/\s+/);
      let done = false;
      for (let n = 1; n <= Math.min(5, words.length - 1) && !done; n++) {
        const l = labelOf(words.slice(0, n).join(' '));
        if (l && l.field !== 'skip') {
          const value = words.slice(n).join(' ');
          set(l.field, value, offsets[i]! + line.lastIndexOf(value), l.role);
          done = true;
        }
      }
      if (done) continue;
    }
    const bare = labelOf(line);
    if (!bare) continue;
    // a run of bare labels is a table's header row: values follow in the same order
    const run: { field: Field; role: Role | null }[] = [bare];
    let j = nextNonEmpty(i);
    while (j < lines.length && labelOf(lines[j]!) && !/:\s*\S/.test(lines[j]!)) {
      run.push(labelOf(lines[j]!)!);
      j = nextNonEmpty(j);
    }
    if (run.length === 1) {
      if (j < lines.length && !SECTION.test(lines[j]!)) {
        set(bare.field, lines[j]!, offsets[j]!, bare.role);
        i = j;
      }
      continue;
    }
    if (!run.some((r) => r.field === 'name')) {
      // a table of something else (departments, sites): skip its rows
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < lines.length) {
      for (const r of run) {
        if (k >= lines.length) break;
        set(r.field, lines[k]!, offsets[k]!, r.role);
        k = nextNonEmpty(k);
      }
      if (k >= lines.length || !personIn(lines[k]!, 0) || labelOf(lines[k]!)) break;
    }
    i = k - 1;
  }
  push();
  if (columns) for (const c of (columns as { cands: (Cand | undefined)[] }).cands) if (c) out.push(c);
  return out;
}

// ---------- phrases

// "I can confirm that Dr X ..." counts only where the sentence is about the role.
const CONFIRM_TRIGGER = /\bconfirm(?:ed)?\s+(?:that\s+)?(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\b)/g;

// Each ends where the name starts.
const TRIGGERS: RegExp[] = [
  /\b(?:nominat(?:es|ing|e)|propos(?:es|e)|put(?:s|ting)?\s+forward)\b(?:\s+(?:our|my|the\s+Trust's)\s+([A-Z][^,.\n]{3,60}?),)?\s*:?\s*(?:\n[ \t]*){0,3}/gi,
  /\b(?:LHS|Lead\s+Healthcare\s+Scientist|nomination|nominee|nominated\s+(?:individual|person|lead|officer|colleague))(?:\s+(?:role|post))?(?:\s+(?:for|at|across|in|of)\s+[^.\n]{1,80}?)?\s+(?:is|will\s+be|will\s+now\s+be|would\s+be|is\s+to\s+be|shall\s+be)\s+(?:to\s+be\s+)?/gi,
  /\b(?:LHS|Lead\s+Healthcare\s+Scientist)s\s+(?:are|will\s+be)\s*:?\s*(?:\n[ \t]*){0,3}/gi,
  /\b(?:LHS|Lead\s+Healthcare\s+Scientist|nomination|nominee)(?:\s+for\s+[^:\n]{1,80}?)?(?:\s*:|[ \t]+[-–][ \t])[ \t]*(?:\n[ \t]*){0,3}/gi,
  CONFIRM_TRIGGER,
];
// "His deputy will be Dr ..." / "Deputy: Dr ..."
const DEPUTY_TRIGGER = /\b(?:deputy|alternate|deputy\s+lead)(?:\s+(?:LHS|Lead\s+Healthcare\s+Scientist))?\s+(?:will\s+be|is|would\s+be)\s+/gi;

// Said of a named person after the name: they take the role.
const TAKES_ROLE = /\b(?:(?:will|would)\s+be\s+(?:our|the)\s+(?:Trust's\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|(?:has|have)\s+(?:kindly\s+|now\s+|already\s+)?agreed\s+to\s+(?:act|be|take|lead)|(?:has|have)\s+been\s+(?:nominated|appointed|identified|selected|chosen|confirmed)\s+(?:as|to\s+be)\s+(?:our|the)\s+(?:Trust's\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist|lead)|is\s+(?:our|the)\s+(?:nominated\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)|will\s+take\s+over|will\s+take\s+on\s+(?:the|this)\s+role|has\s+agreed\s+to\s+(?:act|be|take)|is\s+happy\s+to\s+(?:take|act|be)|has\s+accepted)\b/i;
// A person named near these words is not being nominated.
const NOT_NOMINATED_BEFORE = /\b(?:passed\s+(?:it|this|your\s+letter|the\s+letter|the\s+request)\s+(?:on\s+)?to|candidates?|on\s+behalf\s+of|(?:PA|EA|assistant)\s+to|copy\s+me|chaired\s+by|shadowed|considering|shortlist(?:ed)?|interview(?:ing)?|succeed(?:ing|s)?|replac(?:e|es|ing)|rather\s+than|instead\s+of)\b(?:[\s,:]+[\w'’-]+){0,3}[\s,:]*$/i;
const NOT_NOMINATED_AFTER = /^[^.;\n]{0,80}\b(?:retir\w*|leaving|left\s+the|award|of\s+the\s+year|being\s+considered|will\s+come\s+back|is\s+considering|are\s+considering)\b/i;
const NOT_NOMINATED = { test: (s: string) => NOT_NOMINATED_BEFORE.test(s) };
const DEPUTY_AFTER = /^[^.;\n]{0,140}?\bas\s+(?:his|her|their|the|our)\s+(deputy|joint\s+lead|alternate)\b/i;
const SELF =
  /\b(?:confirm\s+that\s+I\s+(?:am|have\s+agreed\s+to|will\s+be|shall\s+be)\s+(?:the\s+|our\s+|your\s+|act\s+as\s+(?:the\s+)?|take\s+on\s+(?:the\s+)?|taking\s+on\s+(?:the\s+)?)?(?:Trust's\s+|new\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|I\s+am\s+(?:the|your|our)\s+(?:new\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|I\s+will\s+be\s+(?:taking\s+on|taking|acting\s+as|the|your|our)\s+(?:the\s+|our\s+|new\s+|Trust's\s+){0,2}(?:Lead\s+Healthcare\s+Scientist|LHS)|I(?:'d|\s+would|\s+am|'m)\s+(?:be\s+)?(?:happy|delighted|pleased|glad|willing)\s+to\s+(?:be|take\s+on|act\s+as)\s+(?:the\s+|our\s+|your\s+)?(?:Trust's\s+|new\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS)|I(?:'ll|\s+will|\s+shall)\s+(?:act|serve)\s+as\s+(?:the\s+|our\s+|interim\s+)*(?:LHS|Lead\s+Healthcare\s+Scientist)|I\s+have\s+agreed\s+to\s+(?:act\s+as|be|take\s+on)\s+(?:the\s+|our\s+|your\s+)?(?:Lead\s+Healthcare\s+Scientist|LHS|role)|I(?:'ll|\s+will)\s+take\s+(?:on\s+)?(?:the|this)\s+(?:Lead\s+Healthcare\s+Scientist\s+|LHS\s+)?role|I\s+am\s+happy\s+to\s+(?:take\s+on|act\s+as|be)\s+(?:the\s+|your\s+|our\s+)?(?:Lead|LHS|role))/i;

const sentenceAround = (text: string, start: number, end: number): string => {
  const before = text.slice(Math.max(0, start - 300), start);
  const b = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('? '));
  const after = text.slice(end, end + 300);
  const a = after.search(/\.(?:\s|$)|\n\n|\?/);
  return before.slice(b + 1) + text.slice(start, end) + (a >= 0 ? after.slice(0, a) : after);
};

function phrasePeople(text: string): Cand[] {
  const out: Cand[] = [];
  for (const re of TRIGGERS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index! + m[0].length;
      const read = personIn(text.slice(at, at + 160), at) ?? null;
      if (!read) continue;
      const sentence = sentenceAround(text, m.index!, read.end);
      if (re === CONFIRM_TRIGGER && !LHS.test(sentence) && !/\brole\b/i.test(sentence)) continue;
      if (NOT_NOMINATED_BEFORE.test(text.slice(Math.max(0, read.start - 60), read.start))) continue;
      if (NOT_NOMINATED_AFTER.test(text.slice(read.end, read.end + 100))) continue;
      const before = m[1] && ROLE_WORDS.test(m[1]) ? { jobTitle: m[1].trim() } : {};
      const conditional = re === TRIGGERS[0] && CONDITIONAL.test(text.slice(Math.max(0, m.index! - 50), m.index!));
      out.push({ read, how: 'phrase', role: null, window: '', fields: before, ...(conditional ? { doubt: `the nomination of ${read.name} reads as conditional or only intended` } : {}) });
      // "nominate Dr X (contacts) and Dr Y as joint leads"
      const and = /^(?:\s*\([^)\n]{0,160}\))?(?:,[^,.;\n]{0,80},)?\s+(?:and|&)\s+/.exec(text.slice(read.end, read.end + 300));
      if (and) {
        const at2 = read.end + and[0].length;
        const second = personIn(text.slice(at2, at2 + 160), at2);
        if (second && !NOT_NOMINATED_AFTER.test(text.slice(second.end, second.end + 100))) out.push({ read: second, how: 'phrase', role: null, window: '', fields: {} });
      }
    }
  }
  for (const m of text.matchAll(DEPUTY_TRIGGER)) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at);
    if (read && !NOT_NOMINATED_AFTER.test(text.slice(read.end, read.end + 100))) out.push({ read, how: 'phrase', role: 'deputy', window: '', fields: {} });
  }
  // "We have appointed Dr X as our LHS", "I would like to put Dr X forward"
  for (const m of text.matchAll(/\b(?:appointed|identified|selected|chosen|named|put)\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s)/g)) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at);
    if (!read) continue;
    const rest = text.slice(read.end, read.end + 200).split(/[.;]\s|\n\s*\n/)[0]!;
    const asRole = /^[^.;]{0,120}?\bas\s+(?:our|the)\s+(?:Trust's\s+|new\s+)?(?:LHS|Lead\s+Healthcare\s+Scientist)\b/i.test(rest);
    const forward = m[0].startsWith('put') && /^[^.;]{0,120}?\bforward\b/i.test(rest);
    if (asRole || forward) out.push({ read, how: 'phrase', role: null, window: '', fields: {} });
  }
  // "From April, Dr Sarah Kinsella, ..., will take over"; "...agreed that Dr X, Head of Y, will be our LHS"
  for (const m of TAKES_ROLE.test(text) ? text.matchAll(/(?:^|[.,;:!]\s+|\n|\bthat\s+)(?=\p{Lu})/gu) : []) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at);
    if (!read) continue;
    const rest = text.slice(read.end, read.end + 160).split(/[.;]\s|\n\s*\n/)[0]!;
    const sentence = sentenceAround(text, at, read.end);
    // the role words must be said of this name: only an aside ("(contacts)", ", Head of X,") between them
    const said = TAKES_ROLE.exec(rest);
    if (said && /^(?:\s*\([^)]*\))?(?:\s*,[^,]*,)?\s*$/.test(rest.slice(0, said.index)) && !NOT_NOMINATED.test(text.slice(Math.max(0, at - 60), at)) && !NOT_NOMINATED_AFTER.test(rest) && sentence) out.push({ read, how: 'phrase', role: null, window: '', fields: {} });
  }
  // "... and Jun Wei Lim (contacts) as her deputy": the name just before the words, with only an aside between
  for (const m of text.matchAll(/\bas\s+(?:his|her|their|the|our)\s+(deputy|joint\s+lead|alternate)\b/gi)) {
    const from = Math.max(0, m.index! - 200);
    const before = text.slice(from, m.index!);
    let found: NameRead | null = null;
    for (const s of before.matchAll(/(?:\band\s+|&\s+|,\s+|\bwith\s+|\n|^)(?=\p{Lu})/gu)) {
      const at = from + s.index! + s[0].length;
      const read = personIn(text.slice(at, at + 120), at);
      if (read && read.end <= m.index! && /^(?:\s*\([^()]{0,160}\))?(?:\s*,[^,()]{0,80},)?\s*$/.test(text.slice(read.end, m.index!))) found = read;
    }
    if (found && !NOT_NOMINATED_BEFORE.test(text.slice(Math.max(0, found.start - 60), found.start)))
      out.push({ read: found, how: 'phrase', role: /deputy|alternate/i.test(m[1]!) ? 'deputy' : 'joint', window: '', fields: {} });
  }
  // "..., with Ms Rosalind Tan, Principal ..., as his deputy"
  for (const m of text.matchAll(/\bwith\s+(?=(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\s)/g)) {
    const at = m.index! + m[0].length;
    const read = personIn(text.slice(at, at + 160), at);
    if (!read) continue;
    const dep = DEPUTY_AFTER.exec(text.slice(read.end, read.end + 200));
    if (dep) out.push({ read, how: 'phrase', role: /deputy|alternate/i.test(dep[1]!) ? 'deputy' : 'joint', window: '', fields: {} });
  }
  return out;
}

/** Bulleted people under a line that names the LHS role ("would like to nominate two joint ...:"). */
function listedPeople(text: string): Cand[] {
  const out: Cand[] = [];
  const lines = text.split('\n');
  let o = 0;
  let intro = '';
  let prev = '';
  for (const line of lines) {
    const b = /^(\s*(?:[*•·\-–]|\d{1,2}[.)])\s+|)/.exec(line);
    if (b && line.trim() && LHS.test(intro) && /:\s*$/.test(intro) && (b[1] || /[,(]|@/.test(line))) {
      const read = personIn(line.slice(b[1]!.length), o + b[1]!.length);
      if (read) out.push({ read, how: 'list', role: null, window: '', fields: {} });
    } else if (!line.trim()) {
      if (out.length) intro = '';
    } else if (!b || !b[1]) {
      if (!/@|\d{3}/.test(line)) intro = /:\s*$/.test(line) && !LHS.test(line) ? `${prev} ${line}` : line;
    } else intro = line;
    if (line.trim()) prev = line;
    o += line.length + 1;
  }
  return out;
}

/** A name alone on a line just under "... details ... below:" (a pasted signature block). */
function blockPeople(text: string): Cand[] {
  const out: Cand[] = [];
  const re = /(?:below|as follows|following)[^\n]{0,40}[.:]?[ \t]*\n(?:[ \t]*\n){0,2}/gi;
  for (const m of text.matchAll(re)) {
    // the role may be named in the sentence before ("... put Jen forward as our LHS. Her details are below:")
    const sentence = text.slice(Math.max(0, m.index! - 300), m.index! + 5).split(/\n\s*\n/).pop()!;
    if (!LHS.test(sentence) && !/nominat|put\s+\S+(?:\s+\S+)?\s+forward/i.test(sentence)) continue;
    const at = m.index! + m[0].length;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd < 0 ? undefined : lineEnd);
    const read = personIn(line, at);
    if (read && text.slice(read.end, lineEnd < 0 ? undefined : lineEnd).trim() === '') {
      out.push({ read, how: 'pasted block', role: null, window: '', fields: {} });
    }
  }
  return out;
}

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
function shortNamePeople(text: string): Cand[] {
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

/** Answers typed into the quoted letter: "[TRUST] Yes - Dr Jane Smith, Head of ..., email". */
function inlineAnswerPeople(inline: string, content: string): Cand[] {
  const out: Cand[] = [];
  const base = content.indexOf(inline);
  if (!inline || base < 0) return out;
  let o = 0;
  for (const para of inline.split(/\n\s*\n/)) {
    const lead = /^\s*(?:\[[^\]\n]{1,40}\]\s*)?(?:(?:yes|answer|response)\b[\s,:\-–]*)?/i.exec(para)![0];
    const read = personIn(para.slice(lead.length, lead.length + 160), base + o + lead.length);
    const after = para.slice(read ? read.end - base - o : 0);
    if (
      read &&
      para.length < 400 &&
      (findEmails(para).length || firstPhone(para)) &&
      /^\s*(?:[,(–—-]|$)/.test(after) &&
      !/\b(?:asked|passed|on\s+behalf|PA\s+to|retir\w*)\b/i.test(para)
    ) {
      out.push({ read, how: 'answer in letter', role: null, window: '', fields: {} });
    }
    o += para.length + 2;
  }
  return out;
}

// ---------- details near a name

function titleAfter(text: string): string | null {
  // the rest of the name's line holds only contacts: the title is the next line, whole
  const line = /^([^\n]*)\n[ \t]*([^\n]{3,120})/.exec(text);
  if (line && !/\p{L}{3,}/u.test(line[1]!.replace(/<[^>]*>+|\S+@\S+|\([^)]*\)/g, ''))) {
    const t = line[2]!.trim();
    // "Role: Lead Healthcare Scientist" on the next line is a labelled field, read as one
    if (ROLE_WORDS.test(t) && !/@|\d{3}/.test(t) && !/^[A-Za-z][A-Za-z ]{1,30}:/.test(t)) return t;
  }
  const paren = /^\s*\(([A-Z][^()\n@]{2,90})\)/.exec(text);
  if (paren && ROLE_WORDS.test(paren[1]!) && !/\d{3}/.test(paren[1]!)) return paren[1]!.trim();
  const m = /^\s*(?:,|\s[-–—]|\(|\n)\s*(?:who\s+is\s+)?(?:our|the|as)?\s*([A-Z][^,;.\n–—()]{2,90}(?:\([^)\n@\d]{2,50}\))?)/.exec(text);
  if (!m) return null;
  const t = m[1]!
    .split(/\s[-–—]\s/)[0]!
    .trim()
    .replace(/\s+(?:(?:at|in|for|with)\s+(?:the|our|a|an|this)\b|at\s+\p{Lu}|who|will|has|and\s+is|is|based|which|from)\b.*$/u, '')
    .trim();
  if (!ROLE_WORDS.test(t) || /@|\d{4}/.test(t) || /^(?:Lead\s+Healthcare\s+Scientist|LHS)\b/i.test(t) || /^[A-Za-z][A-Za-z ]{1,30}:/.test(t)) return null;
  return t;
}

const TITLE_NOUN = /\b(?:scientist|physicist|physiologist|manager|engineer|biochemist|audiologist|geneticist|technologist|practitioner|officer|director|consultant|head\s+of\s+[a-z][a-z ]{2,40})\b/i;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Cuts a job title at the words that end it in prose ("... and will be", "who", "at the Trust"). */
function cutTitle(t: string): string {
  return t
    .replace(/\s+(?:and\s+(?:is|will|has|would|who)|who|will|has|is|based|which|from|since|where|within\s+(?:the|our)|(?:at|for|with)\s+(?:the|our|a|an|this)|at\s+\p{Lu})\b.*$/u, '')
    .replace(/[\s,;:-]+$/, '')
    .trim();
}

/**
 * A job title the text gives elsewhere than straight after the name: in a sentence about the
 * nominee ("She is currently our Consultant Clinical Scientist in Cardiac Physiology.",
 * "Dr Okafor is Pathology Quality Manager and ..."), in lower case after a comma, or first in
 * brackets with the contacts ("(Consultant Clinical Scientist, jane@..., 0113 ...)").
 */
export function titleNear(window: string, read: NameRead): string | null {
  const w = window.slice(0, 400);
  const ok = (t: string | undefined) => {
    if (!t) return null;
    const c = cutTitle(t);
    return c.length >= 4 && c.length <= 100 && TITLE_NOUN.test(c) && !LHS.test(c) && !lhsRoleValue(c) && !/@|\d{3}/.test(c) ? c : null;
  };
  // "Dr X who is currently Head of Blood Sciences"
  const who = /^\s*,?\s*who\s+is\s+(?:currently\s+|presently\s+|now\s+)?(?:the\s+Trust's\s+|our\s+|the\s+|a\s+|an\s+)?([A-Za-z][^.;:\n()]{3,120})/.exec(w);
  const h = ok(who?.[1]?.split(/,\s/)[0]);
  if (h) return h;
  // ", consultant clinical scientist," written in lower case
  const lower = /^\s*,\s*(?:who\s+is\s+|currently\s+)?(?:our|the|a|an)?\s*([a-z][a-z ]{3,80}?)\s*(?:[,;(]|\bas\b|$)/.exec(w);
  const l = ok(lower?.[1]);
  if (l) return l;
  // first in brackets beside contacts, within the sentence
  const sentence = w.split(/\.(?:\s|$)|\n\s*\n/)[0]!;
  const paren = /\(([A-Za-z][^(),@\n]{2,80}),[^()]{0,200}?(?:@|\d{3})[^()]{0,200}\)/.exec(sentence);
  const p = ok(paren?.[1]);
  if (p) return p;
  // a following sentence whose subject is the nominee
  const surname = read.bare[read.bare.length - 1]!;
  const first = read.bare[0]!;
  const subject = `(?:He|She|They|(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?(?:${escapeRe(first)}\\s+)?${escapeRe(surname)}|${escapeRe(first)})`;
  const re = new RegExp(
    `(?:^|[.!?]\\s+|\\n)${subject}\\s+(?:is|works|has\\s+been|was\\s+appointed)\\s+(?:currently\\s+|presently\\s+|now\\s+)?(?:working\\s+as\\s+|employed\\s+as\\s+|as\\s+)?(?:the\\s+Trust's\\s+|our\\s+|the\\s+|a\\s+|an\\s+)?([A-Za-z][^.;:\\n()]{3,120})`,
    'u',
  );
  const m = re.exec(w);
  return ok(m?.[1]?.split(/,\s/)[0]);
}

/** The nominee's number in a window: the first, but a landline over a mobile given beside it on the same line. */
function phoneIn(window: string): string | null {
  const first = firstPhone(window);
  if (!first?.mobile) return first?.text ?? null;
  const lineEnd = window.indexOf('\n', first.end);
  const landline = findPhones(window.slice(first.end, lineEnd < 0 ? undefined : lineEnd)).find((p) => !p.mobile);
  return landline?.text ?? first.text;
}

function contactsFor(c: Cand, exclude: Set<string>): { email: string | null; phone: string | null; emailDoubt: string | null } {
  const email = c.fields.email ?? null;
  const phone = c.fields.phone ?? phoneIn(c.window);
  if (email) return { email, phone, emailDoubt: emailMatchesName(email, c.read.name) >= 1 ? null : `e-mail ${email} does not look like ${c.read.name}'s` };
  // the sender's own address counts for the sender only
  const emails = findEmails(c.window).filter((e) => !exclude.has(e.address) || emailMatchesName(e.address, c.read.name) === 2);
  const scored = emails.map((e) => ({ e, s: emailMatchesName(e.address, c.read.name) })).sort((a, b) => b.s - a.s || a.e.index - b.e.index);
  const best = scored[0];
  if (!best) return { email: null, phone, emailDoubt: null };
  return { email: best.e.address, phone, emailDoubt: best.s >= 1 ? null : `e-mail ${best.e.address} does not look like ${c.read.name}'s` };
}

export interface PeopleInput {
  content: string;
  inline: string;
  signature: string;
  subject: string;
  from: Address | null;
  attachments: { filename: string | null; text: string }[];
}

export interface PeopleResult {
  nominees: FoundNominee[];
  /** the sender says they are the nominee */
  self: boolean;
  /** words that usually come with a nomination were there */
  cue: boolean;
}

/** Words that come with a nomination: where they stand and no name is found, a person should look. */
export const NOMINATION_CUE =
  /\b(?:I|we)\s+(?:would\s+like\s+to|wish\s+to|(?:am|are)\s+(?:pleased|happy|delighted)\s+to|can)\s+(?:nominate|confirm\s+(?:that|our)|put\s+forward)|\bour\s+(?:nomination|nominee)\b|\b(?:LHS|Lead\s+Healthcare\s+Scientist)\s+(?:is|will\s+be)\s+(?!appointed|confirmed|decided|agreed|identified|chosen)\p{L}|\b(?:has|have)\s+agreed\s+to\s+(?:act|be|take)|\bplease\s+find\s+(?:below|attached)\b[^.\n]{0,60}\b(?:nomination|details|response|form)/iu;

const samePerson = (a: NameRead, b: NameRead) => {
  const x = nameKey(a.name);
  const y = nameKey(b.name);
  const first = (p: string, q: string) => p === q || p.length === 1 || q.length === 1;
  if (x[x.length - 1] === y[y.length - 1] && (x.length === 1 || y.length === 1 || first(x[0]!, y[0]!))) return true;
  // "Rowntree Helen" (Outlook's display order) and "Dr Helen Rowntree"
  return x.length === 2 && y.length >= 2 && x[0] === y[y.length - 1] && x[1] === y[0];
};

/** The sender's own name as their signature writes it, or as the From header does. */
export function senderName(signature: string, from: Address | null): (NameRead & { fromSignature: boolean }) | null {
  const display = from?.name ? displayNameAsPerson(from.name) : null;
  const keys = new Set([...(display ? nameKey(display) : []), ...(from?.address ? from.address.split('@')[0]!.split(/[._-]/) : [])].filter((k) => k.length > 2));
  for (const line of signature.split('\n').slice(0, 12)) {
    const r = readNameAt(line.replace(/\|.*$/, ''), 0);
    if (r && nameKey(r.name).some((k) => keys.has(k))) return { ...r, fromSignature: true };
  }
  if (display) {
    const r = readNameAt(display, 0);
    if (r) return { ...r, fromSignature: false };
  }
  return null;
}

export function findNominees(input: PeopleInput): PeopleResult {
  const { content, signature, from } = input;
  const sender = from?.address ?? '';
  const exclude = new Set<string>([sender, ...findEmails(signature).map((e) => e.address)]);
  let cands: Cand[] = [
    ...labelledPeople(content, 'labelled field'),
    ...phrasePeople(content),
    ...listedPeople(content),
    ...blockPeople(content),
    ...shortNamePeople(content),
    ...inlineAnswerPeople(input.inline, content),
  ];
  cands = cands.filter((c) => !LETTER_PEOPLE.test(c.read.name));
  // one person found by several rules: keep the first by position, with any labelled fields
  cands.sort((a, b) => a.read.start - b.read.start);
  const merged: Cand[] = [];
  for (const c of cands) {
    const same = merged.find((m) => samePerson(m.read, c.read));
    if (same) {
      same.fields = { ...c.fields, ...same.fields };
      same.role ??= c.role;
      if (c.read.bare.length > same.read.bare.length) same.read = c.read;
      if (same.how === 'phrase' && c.how !== 'phrase') same.how = c.how;
    } else merged.push(c);
  }
  merged.sort((a, b) => a.read.start - b.read.start);
  merged.forEach((c, i) => {
    const next = merged[i + 1]?.read.start ?? content.length;
    c.window = content.slice(c.read.end, Math.min(next, c.read.end + 400));
  });

  const self = SELF.test(content);
  const cue = self || NOMINATION_CUE.test(content);
  const nominees: FoundNominee[] = [];
  const joint = /\bjoint(?:ly)?\b|\bshare\s+the\s+role\b/i.test(content);
  for (const c of merged) {
    const { email, phone, emailDoubt } = contactsFor(c, exclude);
    const doubts: string[] = [];
    let mail = email;
    if (!mail) {
      // an address elsewhere in the text that spells this person's name
      const alt = findEmails(content).find((e) => !exclude.has(e.address) && emailMatchesName(e.address, c.read.name) === 2);
      mail = alt?.address ?? null;
    }
    if (emailDoubt) doubts.push(emailDoubt);
    if (c.doubt) doubts.push(c.doubt);
    if (c.read.bare.length < 2) doubts.push(`only a surname for ${c.read.name}`);
    nominees.push({
      name: c.read.name,
      email: mail,
      phone,
      jobTitle: notRole(c.fields.jobTitle ?? titleAfter(content.slice(c.read.end, c.read.end + 200)) ?? titleNear(c.window, c.read)),
      role: c.role ?? 'lead',
      how: c.how,
      doubts,
    });
  }
  if (joint && nominees.filter((n) => n.role === 'lead').length >= 2) for (const n of nominees) if (n.role === 'lead') n.role = 'joint';

  if (self) {
    const me = senderName(signature, from);
    const already = me ? nominees.find((n) => { const r = readNameAt(n.name, 0); return r ? samePerson(r, me) : false; }) : undefined;
    if (already && !already.email) already.email = findEmails(signature).find((e) => emailMatchesName(e.address, already.name) >= 1)?.address ?? (sender || null);
    if (me && !already) {
      const sigLines = signature.split('\n');
      const at = sigLines.findIndex((l) => l.includes(me.bare[me.bare.length - 1]!));
      const titleLine = at >= 0 ? sigLines[at + 1]?.trim() : undefined;
      const phone = firstPhone(content) ?? firstPhone(signature);
      const sigMail = findEmails(signature).find((e) => emailMatchesName(e.address, me.name))?.address;
      // a signature that names someone else: the writer may not be the mailbox owner
      const signer = signature
        .split('\n')
        .slice(0, 8)
        .map((l) => readNameAt(l.replace(/\|.*$/, ''), 0))
        .find((r) => r && r.end >= 0);
      const doubts = signer && !samePerson(signer, me) ? [`the sender (${me.name}) and the signature (${signer.name}) differ`] : [];
      // Outlook shows "Surname Firstname" without a comma: which is which is then a guess
      if (!me.fromSignature && !from?.name.includes(',')) doubts.push(`name taken from the mailbox display name "${from?.name}"`);
      nominees.unshift({
        name: me.name,
        email: sigMail ?? (sender || null),
        phone: phone?.text ?? null,
        jobTitle: titleLine && ROLE_WORDS.test(titleLine) ? titleLine : null,
        role: 'lead',
        how: 'self',
        doubts,
      });
    } else if (!me) {
      return { nominees, self, cue };
    }
  }

  // the name only in the subject: "LHS nomination - Sheffield Teaching Hospitals - Dr Jane Smith"
  if (!nominees.length && /nominat|\bLHS\b|lead healthcare scientist/i.test(input.subject)) {
    const parts = input.subject.split(/\s[-–:]\s/);
    for (const part of parts.slice(1).reverse()) {
      const read = readNameAt(part.trim(), 0);
      if (read && read.end >= part.trim().length - 1) {
        const e = findEmails(content).find((x) => !exclude.has(x.address) && emailMatchesName(x.address, read.name) >= 1);
        const t = /\b(?:He|She|They)\s+is\s+(?:our|the)\s+([A-Z][^.,;:\n]{3,80})/.exec(content);
        nominees.push({
          name: read.name,
          email: e?.address ?? null,
          phone: firstPhone(content)?.text ?? null,
          jobTitle: t && ROLE_WORDS.test(t[1]!) ? t[1]!.replace(/\s+(?:and\s+is|who|will|has|is|at|based)\b.*$/, '').trim() : null,
          role: 'lead',
          how: 'subject',
          doubts: /as per (?:the )?subject|see (?:the )?subject|in the subject/i.test(content) ? [] : ['name found only in the subject line'],
        });
        break;
      }
    }
  }
  return { nominees, self, cue };
}

/** Nominees in an attachment's text (a reply form or a letter): labelled fields first, then phrases. */
export function findNomineesInAttachment(text: string): FoundNominee[] {
  const cands = [...labelledPeople(text, 'attachment'), ...phrasePeople(text)].filter((c) => !LETTER_PEOPLE.test(c.read.name));
  const merged: Cand[] = [];
  for (const c of cands.sort((a, b) => a.read.start - b.read.start)) {
    const same = merged.find((m) => samePerson(m.read, c.read));
    if (same) same.fields = { ...c.fields, ...same.fields };
    else merged.push(c);
  }
  return merged.map((c, i) => {
    const next = merged[i + 1]?.read.start ?? text.length;
    c.window = text.slice(c.read.end, Math.min(next, c.read.end + 400));
    const { email, phone, emailDoubt } = contactsFor(c, new Set());
    return {
      name: c.read.name,
      email,
      phone,
      jobTitle: notRole(c.fields.jobTitle ?? titleAfter(text.slice(c.read.end, c.read.end + 200))),
      role: c.role ?? 'lead',
      how: 'attachment' as const,
      doubts: emailDoubt ? [emailDoubt] : [],
    };
  });
}

// Sentences that name someone for another reason: the medical director, a PA, a person a letter
// was passed to, candidates, the retired, people thanked or copied in.
const OTHER_ROLE =
  /\b(?:medical\s+director|chief\s+executive|(?:PA|EA|assistant|secretary)\s+to|on\s+behalf\s+of|asked\s+me|has\s+asked|passed|forwarded|candidates?|considering|considered|shortlist\w*|interview\w*|retir\w*|left\s+the|copied|cc'?d?|chair\w*|award|thank\w*|previous\w*|former\w*|formerly|succeed\w*|replac\w*|rather\s+than|instead\s+of|disregard|withdraw\w*|acting|interim|until|covering|in\s+(?:his|her)\s+absence|contact\s+(?:my|his|her|the)|via|through)\b/i;

/**
 * People named with a title ("Dr Jane Smith") in a sentence that gives no other reason for
 * naming them: where such a person is not among the nominees, a nominee may have been missed.
 * `lhsOnly` keeps only sentences about the role (for nominations, where other people are
 * often named for context).
 */
export function unexplainedPeople(content: string, known: string[], lhsOnly: boolean): string[] {
  const out: string[] = [];
  const text = content.slice(0, 20_000);
  for (const m of text.matchAll(/\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s/g)) {
    const read = readNameAt(text, m.index!);
    if (!read || read.bare.length < 2) continue;
    const sentence = sentenceAround(text, read.start, read.end);
    if (OTHER_ROLE.test(sentence)) continue;
    if (lhsOnly && !(LHS.test(sentence) || /\b(?:lead|deputy|role|nominat\w*)\b/i.test(sentence))) continue;
    if (known.some((k) => { const r = readNameAt(k, 0); return r ? samePerson(r, read) : false; })) continue;
    if (!out.includes(read.name)) out.push(read.name);
  }
  // untitled names, where what follows reads as said of a person ("Jane Smith has agreed", "Jane Smith, our Head of ...")
  for (const m of text.matchAll(/(?<![\p{L}.'’-])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu})/gu)) {
    const read = readNameAt(text, m.index!);
    if (!read || read.hasTitle || read.bare.length < 2) continue;
    if (!/^\s*(?:,\s*(?:our|the|a|an|who|currently)\b|\((?!\d)|(?:has|have|had|is|was|will|would|who|kindly)\b)/i.test(text.slice(read.end, read.end + 30))) continue;
    const sentence = sentenceAround(text, read.start, read.end);
    if (OTHER_ROLE.test(sentence)) continue;
    if (lhsOnly && !(LHS.test(sentence) || /\b(?:lead|deputy|role|nominat\w*|agreed)\b/i.test(sentence))) continue;
    if (known.some((k) => { const r = readNameAt(k, 0); return r ? samePerson(r, read) : false; })) continue;
    if (!out.some((o) => { const r = readNameAt(o, 0); return r ? samePerson(r, read) : false; })) out.push(read.name);
  }
  return out;
}

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
