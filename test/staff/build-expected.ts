// Builds fixtures/expected-export.csv from the labels of fixtures/mailbox, independently of
// src/reconcile: what `lhs export` must give once staff have decided every doubtful reply as
// its label says. Run once, read the result by eye, commit it:
//
//     npx tsx test/staff/build-expected.ts [fixtures/mailbox] [fixtures/expected-export.csv]
//
// Rule (as in the README): per trust, nominations in date order; one with supersedes replaces
// the earlier ones, any other adds its people; a person named twice keeps the later details.
// "Confirmed by" and "Confirmed at" are left empty: they depend on who (staff or parser)
// confirmed each row and when, which the test checks by pattern.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLabels, type Label, type LabelNominee } from './labels.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = resolve(process.argv[2] ?? join(ROOT, 'fixtures', 'mailbox'));
const out = resolve(process.argv[3] ?? join(ROOT, 'fixtures', 'expected-export.csv'));

const trustNames = new Map(
  (parse(readFileSync(join(ROOT, 'data', 'ods-etr-2016.csv'), 'utf8'), { relax_column_count: true }) as string[][]).map((r) => [r[0]!, r[1]!]),
);
// phones as the README promises: UK national format, "ext. N" for an extension
function phone(text: string | null): string {
  const n = text ? parsePhoneNumberFromString(text, 'GB') : undefined;
  if (!text || !n || !n.isPossible()) return text ?? '';
  const body = n.country === 'GB' ? parsePhoneNumberFromString(n.number)!.formatNational() : parsePhoneNumberFromString(n.number)!.formatInternational();
  return n.ext ? `${body} ext. ${n.ext}` : body;
}
const key = (n: LabelNominee) => (n.email ? n.email.toLowerCase() : n.name.toLowerCase());
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

const byTrust = new Map<string, Label[]>();
for (const l of loadLabels(dir)) {
  if (l.kind !== 'nomination' || !l.trust) continue;
  byTrust.set(l.trust, [...(byTrust.get(l.trust) ?? []), l]);
}
const rows: string[][] = [];
for (const ods of [...byTrust.keys()].sort()) {
  let people = new Map<string, { n: LabelNominee; l: Label }>();
  for (const l of byTrust.get(ods)!.sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (l.supersedes) people = new Map();
    for (const n of l.nominees) people.set(key(n), { n, l });
  }
  const order = { lead: 0, joint: 1, deputy: 2 };
  const sorted = [...people.values()].sort((a, b) => order[a.n.role] - order[b.n.role] || a.n.name.localeCompare(b.n.name, 'en'));
  for (const { n, l } of sorted) {
    rows.push([ods, trustNames.get(ods) ?? '', n.role, n.name, n.jobTitle ?? '', (n.email ?? '').toLowerCase(), phone(n.phone), day(l.date), l.messageId, '', '']);
  }
}
const headers = ['ODS code', 'Trust name', 'Role', 'Name', 'Job title', 'E-mail', 'Phone', 'Reply date', 'Source Message-ID', 'Confirmed by', 'Confirmed at'];
writeFileSync(out, stringify([headers, ...rows], { record_delimiter: 'windows', escape_formulas: true }));
console.log(`${rows.length} rows to ${out}`);
