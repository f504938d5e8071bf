// Extraction cost beside the MIME parse, in one process, on one set of .eml files:
//   npx tsx test/extraction/bench-extract.ts [DIR ...]   (default: ../shared/corpus/dev, fixtures/mailbox)
// Prints ms per message for mailparser's simpleParser alone, for readMessage (simpleParser
// plus attachment text), and for extract() (body reading, kind, trust, people, confidence),
// and extract's share of simpleParser. The budget: extraction at most as much again
// as the MIME parse (share <= 1).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { readBody } from '../../src/extraction/body/index.js';
import { buildTrustIndex, extract } from '../../src/extraction/extract.js';
import { readMessage } from '../../src/message/readMessage.js';
import type { ParsedMessage } from '../../src/message/types.js';
import { loadBundledTrusts } from '../../src/reference/ods.js';

const root = resolve(import.meta.dirname, '..', '..');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [join(root, '..', 'shared', 'corpus', 'dev'), join(root, 'fixtures', 'mailbox')];
const files = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.eml') ? [join(d, f)] : []));
const raws = dirs.flatMap(files).map((f) => readFileSync(f));
const index = buildTrustIndex(loadBundledTrusts());
const ROUNDS = 5;

const parsed: ParsedMessage[] = [];
for (const r of raws) {
  try {
    parsed.push(await readMessage(r));
  } catch {
    // unreadable messages are the message stage's business
  }
}
for (const p of parsed) extract(p, index); // warm up (and load compromise if any message needs it)

// rounds interleaved and the fastest of each kept: a busy machine slows one round, not the figure
let mime = Infinity;
let message = Infinity;
let extraction = Infinity;
let body = Infinity;
for (let i = 0; i < ROUNDS; i++) {
  let t = performance.now();
  for (const r of raws) await simpleParser(r, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, keepCidLinks: true });
  mime = Math.min(mime, (performance.now() - t) / raws.length);
  t = performance.now();
  for (const r of raws) await readMessage(r).catch(() => null);
  message = Math.min(message, (performance.now() - t) / raws.length);
  t = performance.now();
  for (const p of parsed) extract(p, index);
  extraction = Math.min(extraction, (performance.now() - t) / parsed.length);
  t = performance.now();
  for (const p of parsed) readBody(p);
  body = Math.min(body, (performance.now() - t) / parsed.length);
}
console.log(`${raws.length} messages, fastest of ${ROUNDS} rounds`);
console.log(`simpleParser ${mime.toFixed(2)} ms/msg, readMessage ${message.toFixed(2)} ms/msg, extract ${extraction.toFixed(2)} ms/msg (of which readBody ${body.toFixed(2)})`);
console.log(`extract / simpleParser: ${(extraction / mime).toFixed(2)} (budget <= 1)`);
