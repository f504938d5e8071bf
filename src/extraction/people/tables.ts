import { findEmails, firstPhone } from '../contacts.js';
import { capitalised } from '../names.js';
import type { Role } from '../types.js';
import type { Cand } from './candidate.js';
import { nameHeadsLine, personIn } from './personIn.js';
import { ASSISTANT, lhsRoleValue } from './roles.js';

// ---------- labelled fields and tables (body and forms)

type Field = 'name' | 'surname' | 'forename' | 'title' | 'role' | 'email' | 'phone' | 'skip' | 'other';
const LABELS: [RegExp, Field][] = [
  // a form that asks for the name in parts: "SURNAME: NAKAMURA", "FORENAME(S): Keiko"
  [/^(?:sur|family\s+|last\s+)name$/i, 'surname'],
  [/^(?:fore|first\s+|given\s+)names?(?:\s*\(s\))?$/i, 'forename'],
  [/^nominated\s+(?:lhs|lead\s+healthcare\s+scientist|person|individual)$|^(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:nominee|nominated\s+\w+|lead\s+healthcare\s+scientist|lhs))?$|^nominee(?:'s)?\s*(?:name)?$|^(?:nominated\s+)?lead\s+healthcare\s+scientist(?:\s+name)?$|^lhs(?:\s+name)?$|^(?:deputy|joint|alternate)(?:\s*(?:\/|or)\s*(?:deputy|alternate))?(?:\s+(?:lead\s+healthcare\s+scientist|lhs|lead))?(?:\s+name)?$|^lead(?:\s+name)?$/i, 'name'],
  // the place in the LHS network (lead, deputy), as opposed to the job the person holds
  [/^(?:role|(?:lhs|network)\s+role|role\s+in\s+(?:the\s+)?network|position\s+in\s+(?:the\s+)?network|lhs\s+position|nominated\s+(?:as|for|role)|role\s*\((?:lead|deputy)[^)]{0,30}\))$/i, 'role'],
  [/^(?:job\s+)?title$|^position$|^designation$|^post(?:\s+held)?$|^job\s+role$|^current\s+(?:post|role|position)$|^substantive\s+(?:post|role)$/i, 'title'],
  [/^e-?mail(?:\s+address)?$/i, 'email'],
  [/^(?:tel(?:ephone)?|phone|direct\s+line|contact\s+(?:number|telephone|no\.?)|telephone\s+number|mobile|mob)(?:\s+(?:no|number))?\.?$/i, 'phone'],
  [/^(?:trust|organisation|organization|trust\s+name|name\s+of\s+trust|department|sites?|wte|address)$/i, 'skip'],
];
// the same lines (the quoted letter's, a form's) come back in most replies: remember the answers
const labelCache = new Map<string, { field: Field; role: Role | null } | null>();
const labelOf = (s: string): { field: Field; role: Role | null } | null => {
  const known = labelCache.get(s);
  if (known !== undefined) return known;
  const found = readLabel(s);
  if (labelCache.size > 5000) labelCache.clear();
  if (s.length < 200) labelCache.set(s, found);
  return found;
};
const readLabel = (s: string): { field: Field; role: Role | null } | null => {
  // "Lead Healthcare Scientist - name", "Deputy (optional) - name": a form's label in parts
  const t = s
    .trim()
    .replace(/[:\s]+$/, '')
    .replace(/\s*\((?:optional|if\s+any|if\s+applicable|where\s+applicable)\)/i, '')
    // "Deputy (West Middlesex site)": a role label with a short aside
    .replace(/^((?:deputy|alternate|joint\s+lead|lead\s+healthcare\s+scientist|lhs)(?:\s+(?:lhs|lead))?)\s*\([^()]{1,40}\)$/i, '$1')
    .replace(/\s+[-–—]\s+/g, ' ');
  if (!t || t.length > 60) return null;
  for (const [re, field] of LABELS) {
    if (re.test(t)) return { field, role: /^(?:deputy|alternate)/i.test(t) ? 'deputy' : /^joint/i.test(t) ? 'joint' : null };
  }
  return null;
};

const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof(?:essor)?|Sir|Dame)\.?$/i;

const SECTION = /^\s*(lead(?:\s+healthcare\s+scientist)?|lhs|(?:deputy|alternate)(?:\s+(?:lhs|lead(?:\s+healthcare\s+scientist)?))?|joint(?:\s+(?:lead|lhs|lead\s+healthcare\s+scientists?))?|lead\s+and\s+deputy)\s*:?\s*$/i;
const UNFILLED = /^choose an item\.?$/i;

/**
 * A row's place in a table of the trust's officers that is some other office: "Executive
 * sponsor", "Responsible Officer", "Administrative contact". Anything that may be a stand-in for
 * the LHS ("Backup contact", "Cover", "Alternate") or a scientist is not one of these.
 */
const OTHER_OFFICE = new RegExp(String.raw`\b(?:sponsor|officer|guardian|director|chief|executive|administrat\w*|admin|manager|chair|${ASSISTANT})\b`, 'i');
const MAY_STAND_IN = /\b(?:scien\w*|LHS|deput\w*|joint|co-?lead|alternat\w*|back-?up|cover\w*|second|substitute|interim|acting)\b/i;

/**
 * The columns of a table (header row at `lines[at]`) that name each row's place in the LHS
 * network: some row there holds an LHS role ("Lead Healthcare Scientist", "Deputy"). In those
 * columns a row for another office is someone listed beside the nominees, not one of them.
 */
function lhsRoleColumns(lines: string[], at: number, width: number, tabbed: boolean, header: { field: Field }[]): number[] {
  const cols = header.flatMap((h, k) => (h.field === 'role' || h.field === 'other' ? [k] : []));
  if (!cols.length) return [];
  const found = new Set<number>();
  for (let i = at + 1; i < lines.length && i < at + 200; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const cells = (tabbed ? line.trim().split(/\t+/) : line.split('|')).map((c) => c.trim());
    if (cells.length !== width) break;
    for (const k of cols) if (lhsRoleValue(cells[k]!)) found.add(k);
  }
  return cols.filter((k) => found.has(k));
}

/** People written as "Name: ... / Title: ... / Email: ..." blocks, one-cell-a-line tables, or column tables. */
export function labelledPeople(text: string, how: Cand['how']): Cand[] {
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
  let roleColumns: number[] = [];
  let columns: { roles: (Role | null)[]; cands: (Cand | undefined)[] } | null = null;
  const push = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  // the parts of a name asked for one by one, and an honorific under "Title:"
  let parts: { surname?: string; forename?: string; honorific?: string; offset: number } = { offset: 0 };
  const set = (field: Field, value: string, offset: number, role: Role | null) => {
    value = value.trim();
    if (!value || UNFILLED.test(value) || field === 'skip') return;
    if (field === 'title' && HONORIFIC.test(value)) {
      parts.honorific = value.replace(/\.$/, '');
      if (cur && cur.read.start === parts.offset && !cur.read.hasTitle) cur.read = { ...cur.read, name: `${parts.honorific} ${cur.read.name}`, hasTitle: true };
      return;
    }
    if (field === 'surname' || field === 'forename') {
      if (field === 'surname') parts = { ...parts, surname: value, offset: parts.forename ? parts.offset : offset };
      else parts = { ...parts, forename: value, offset: parts.surname ? parts.offset : offset };
      if (!parts.surname || !parts.forename) return;
      const written = `${parts.honorific ? `${parts.honorific} ` : ''}${parts.forename} ${capitalised(parts.surname)}`;
      const read = personIn(written, 0);
      parts = { offset: parts.offset };
      if (!read) return;
      push();
      cur = { read: { ...read, start: parts.offset, end: offset + value.length }, how, role: role ?? section, window: '', fields: {} };
      return;
    }
    if (field === 'name') {
      // "NAME: DR BRENDAN O'SULLIVAN": a form filled in capitals, read as the name written normally
      const read = personIn(/\p{Ll}/u.test(value) ? value : capitalised(value), offset);
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
    if (field === 'phone') {
      // "Tel: 0118 ... (main switchboard)" then "Direct line: 0118 ...": the direct line is the person's
      const phone = firstPhone(value)?.text;
      const switchboard = /\bswitchboard\b/i.test(value);
      if (phone && (!cur.fields.phone || (cur.phoneIsSwitchboard && !switchboard))) {
        cur.fields.phone = phone;
        cur.phoneIsSwitchboard = switchboard;
      }
    }
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
      section = /deputy|alternate/i.test(sec[1]!) ? 'deputy' : /joint/i.test(sec[1]!) ? 'joint' : 'lead';
      // "Deputy" over a line that is only a name, or a name and its job: that person, in that role
      const j = nextNonEmpty(i);
      const who = j < lines.length ? personIn(lines[j]!, offsets[j]!) : null;
      if (who && nameHeadsLine(lines[j]!.slice(who.end - offsets[j]!))) {
        set('name', lines[j]!, offsets[j]!, section);
        i = j;
      }
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
        roleColumns = lhsRoleColumns(lines, i, cells.length, tabbed, header);
        continue;
      }
      if (header && cells.length === header.length) {
        let at = offsets[i]!;
        const nameCol = header.findIndex((h) => h.field === 'name');
        const before: Cand | null = cur;
        if (nameCol >= 0) set('name', cells[nameCol]!, offsets[i]! + line.indexOf(cells[nameCol]!), header[nameCol]!.role);
        // "Executive sponsor | Dr X | Medical Director" in a table whose role column names the LHS elsewhere
        // "Deputy | TBC | TBC": a row without a person says nothing of the person in the row above
        if (nameCol >= 0 && cur === before) continue;
        const row = cur !== before ? (cur as Cand | null) : null;
        if (row && roleColumns.some((k) => OTHER_OFFICE.test(cells[k]!) && !MAY_STAND_IN.test(cells[k]!) && !lhsRoleValue(cells[k]!))) row.otherOffice = true;
        header.forEach((h, k) => {
          if (k !== nameCol) set(h.field, cells[k]!, at, h.role);
        });
        at += 0;
        continue;
      }
    }
    // "Name: ...", "Name<tab>...", "Name | ...", "Name: | ..." (a form's label cell ends in a colon), and "Name – ..." (a dash only after a known label)
    // a two-cell row: the label cell may hold a dash of its own ("Lead Healthcare Scientist - name | Dr X")
    const row = /^\s*([^|]{2,60}?)\s*\|\s*(\S[^|]*?)\s*$/.exec(line);
    const rowLabel = row ? labelOf(row[1]!) : null;
    if (row && rowLabel) {
      set(rowLabel.field, row[2]!, offsets[i]! + line.lastIndexOf(row[2]!), rowLabel.role);
      continue;
    }
    const inline = /^\s*(?:[*•·]\s+|[-–]\s+(?=[A-Za-z])|\(?\d{1,2}[.)]\s+)?([A-Za-z][A-Za-z' -]{1,40}?(?:\s*\([^()\n]{1,40}\))?)\s*(?::(?:\s*\|)?|\t|\||\s{3,}|\s[–—-]\s)\s*(\S.*)$/.exec(line);
    const inlineLabel = inline ? labelOf(inline[1]!) : null;
    if (inline && inlineLabel) {
      set(inlineLabel.field, inline[2]!, offsets[i]! + line.indexOf(inline[2]!), inlineLabel.role);
      continue;
    }
    // "Email jane@x.nhs.uk" as a PDF form flattens a two-column table (not a label on a line of
    // its own: "Lead Healthcare Scientist" is no "Lead" field holding "Healthcare Scientist")
    if (line.length < 160 && !labelOf(line)) {
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
      // the value on the next line, unless that line is a field of its own ("Name: Dr X")
      const fieldOfItsOwn = j < lines.length && !!labelOf(/^\s*([^:|\t]{2,60}?)\s*[:|\t]\s*\S/.exec(lines[j]!)?.[1] ?? '');
      if (j < lines.length && !SECTION.test(lines[j]!) && !fieldOfItsOwn) {
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
