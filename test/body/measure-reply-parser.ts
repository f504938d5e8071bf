// Measures readBody against email-reply-parser on a folder of labelled replies (the dev
// corpus by default): both get the same text (plain part, or the HTML as text), and each is
// checked for the faults that matter downstream. Run: npx tsx test/body/measure-reply-parser.ts [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import EmailReplyParser from 'email-reply-parser';
import { MAX_TEXT_CHARS, readBody } from '../../src/extraction/body/index.js';
import { htmlToText } from '../../src/text/html.js';
import { readMessage } from '../../src/message/readMessage.js';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev'));

/** Phrases of the letter and of quoted headers: none may be left in what the sender wrote. */
const QUOTED = /Five Year Forward View|Publications Gateway|Could you please confirm their name|^>|^From: .*\n(?:Sent|Date):|-----Original Message-----|wrote:\s*$|>>> /m;
const DISCLAIMER = /intended (?:solely |only )?for|intended recipient|confidential|may be privileged|NHSmail is the secure/i;

interface Label {
  kind: string;
  nominees: { name: string; email: string | null }[];
}

const surname = (name: string) => name.replace(/\b(?:PhD|FRCPath|MSc|CSci|FIPEM|MIPEM|FHCS|OBE)\b/g, '').trim().split(/\s+/).pop()!.toLowerCase();

interface Score {
  quoteLeft: number;
  disclaimerLeft: number;
  senderNameInText: number;
  nomineeLost: number;
  nominations: number;
  ms: number;
}
const fresh = (): Score => ({ quoteLeft: 0, disclaimerLeft: 0, senderNameInText: 0, nomineeLost: 0, nominations: 0, ms: 0 });
const ours = fresh();
const theirs = fresh();
const faults: string[] = [];

function check(s: Score, who: string, file: string, text: string, kept: string, senderSurname: string | null, label: Label, rawText: string) {
  if (QUOTED.test(text)) (s.quoteLeft++, faults.push(`${who} ${file}: quoted mail left in the text`));
  if (DISCLAIMER.test(text)) (s.disclaimerLeft++, faults.push(`${who} ${file}: disclaimer left in the text`));
  const tail = text.trim().split('\n').slice(-3).join('\n').toLowerCase();
  if (senderSurname && tail.includes(senderSurname)) (s.senderNameInText++, faults.push(`${who} ${file}: sender's signature left in the text`));
  for (const n of label.kind === 'nomination' ? label.nominees : []) {
    // only nominees the sender typed into the body above any quote count (not attachments)
    const where = rawText.toLowerCase().indexOf(surname(n.name));
    if (where < 0) continue;
    s.nominations++;
    if (!kept.toLowerCase().includes(surname(n.name))) (s.nomineeLost++, faults.push(`${who} ${file}: nominee ${n.name} lost`));
  }
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()) {
  const msg = await readMessage(readFileSync(join(dir, file)));
  const label = JSON.parse(readFileSync(join(dir, file.replace(/\.eml$/, '.json')), 'utf8')) as Label;
  if (label.kind === 'auto_reply') continue;
  const input = (msg.text && !msg.textFromHtml ? msg.text : htmlToText(msg.html ?? '')).slice(0, MAX_TEXT_CHARS);
  const senderSurname = msg.from?.name ? surname(msg.from.name.replace(/\(.*\)/, '').replace(/^([A-Z'-]+),\s*(.+)$/, '$2 $1')) : null;
  let t = performance.now();
  const body = readBody(msg);
  ours.ms += performance.now() - t;
  // nominees named anywhere in the body count; those only in quoted mail are lost by both tools alike
  const rawText = input;
  check(ours, 'readBody', file, body.replyText, `${body.replyText}\n${body.signature ?? ''}`, senderSurname, label, rawText);
  t = performance.now();
  const visible = new EmailReplyParser().read(input).getVisibleText();
  theirs.ms += performance.now() - t;
  check(theirs, 'email-reply-parser', file, visible, visible, senderSurname, label, rawText);
}

const row = (name: string, s: Score) =>
  `${name.padEnd(20)} quoted-left ${String(s.quoteLeft).padStart(2)}  disclaimer-left ${String(s.disclaimerLeft).padStart(2)}  signature-left ${String(s.senderNameInText).padStart(2)}  nominee-lost ${s.nomineeLost}/${s.nominations}  ${s.ms.toFixed(0)} ms`;
console.log(faults.join('\n'));
console.log(`\n${dir}\n${row('readBody', ours)}\n${row('email-reply-parser', theirs)}`);
