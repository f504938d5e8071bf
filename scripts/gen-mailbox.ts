// Writes a synthetic mailbox of N replies for benchmarks and memory tests:
//   npm run gen:mailbox -- --count 10000 --format mbox --out /tmp/syn.mbox [--seed 1] [--labels]
//   npm run gen:mailbox -- --count 10000 --format maildir --out /tmp/syn-maildir
//   npm run gen:mailbox -- --count 50 --format eml --out /tmp/syn-eml --labels
// mbox is mboxrd: a body line matching /^>*From / gains one ">" (lhs's reader removes it).
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticMailbox } from './lib/synthetic.js';

/** mboxrd escaping of one message: ">From " quoting, LF line ends, and the From_ separator line. */
export function toMboxrd(raw: Buffer, sender: string, date: Date): Buffer {
  const text = raw.toString('latin1').replace(/\r\n/g, '\n');
  const escaped = text.replace(/^(>*From )/gm, '>$1');
  const asctime = date.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_m, d, day, mon, y, t) => `${d} ${mon} ${day.padStart(2, ' ')} ${t} ${y}`);
  return Buffer.from(`From ${sender} ${asctime}\n${escaped}${escaped.endsWith('\n') ? '' : '\n'}\n`, 'latin1');
}

async function write(stream: WriteStream, chunk: Buffer): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((r) => stream.once('drain', () => r()));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      format: { type: 'string', default: 'mbox' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      labels: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const format = values.format!;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a whole number above 0, not "${values.count}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  if (!['mbox', 'maildir', 'eml'].includes(format)) throw new Error(`--format must be mbox, maildir or eml, not "${format}"`);
  if (!values.out) throw new Error('--out PATH is required');
  const out = values.out;

  const started = Date.now();
  let bytes = 0;
  let i = 0;
  const base = Date.UTC(2016, 8, 13, 16, 0, 0) / 1000;
  if (format === 'mbox') {
    const stream = createWriteStream(out);
    for (const { raw } of syntheticMailbox(count, seed)) {
      const chunk = toMboxrd(raw, 'MAILER-DAEMON', new Date((base + i * 60) * 1000));
      bytes += chunk.length;
      await write(stream, chunk);
      i++;
    }
    await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  } else {
    for (const sub of format === 'maildir' ? ['cur', 'new', 'tmp'] : ['']) mkdirSync(join(out, sub), { recursive: true });
    for (const { raw, label } of syntheticMailbox(count, seed)) {
      const name = format === 'maildir' ? join(out, 'cur', `${base + i}.M${i}P${seed}.synthetic:2,S`) : join(out, `${String(i).padStart(6, '0')}.eml`);
      writeFileSync(name, raw);
      if (values.labels && format === 'eml') writeFileSync(name.replace(/\.eml$/, '.json'), JSON.stringify(label, null, 2) + '\n');
      bytes += raw.length;
      i++;
    }
  }
  process.stderr.write(`wrote ${i} messages (${(bytes / 1048576).toFixed(1)} MB) as ${format} to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: Error) => {
    process.stderr.write(`gen-mailbox: ${err.message}\n`);
    process.exit(2);
  });
}
