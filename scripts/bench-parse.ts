// How much slower is `lhs parse` than MIME parsing alone? On one set of files: a synthetic
// mailbox (default 10,000 messages, written to a temp folder) plus the dev corpus
// (../shared/corpus/dev) or, without it, fixtures/mailbox. Prints messages per second for
// mailparser's simpleParser alone (sequential, raw bytes from disk) and for the real
// `lhs parse --json` as a process (stdout consumed), and their ratio. Target: ratio <= 2.
// Then, as a diagnostic, the cost of lhs's own stages against simpleParser's in one process,
// message by message in turn on a sample, so that both see the same heap and machine speed:
// this separates what the stages cost from what the parser processes add.
//
//   npm run bench:parse [-- --count 10000 --seed 1 --keep]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { syntheticMessages } from './lib/synthetic.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function emlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...emlFiles(p));
    else if (e.name.toLowerCase().endsWith('.eml')) out.push(p);
  }
  return out.sort();
}

async function simpleParserAlone(files: string[]): Promise<{ seconds: number; cpu: number }> {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  for (const f of files) {
    await simpleParser(readFileSync(f), { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, keepCidLinks: true });
  }
  const used = process.cpuUsage(c);
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

/**
 * In one process, for each sampled message in turn: simpleParser, then lhs's message and
 * extraction stages (the compiled ones `lhs parse` runs). Interleaving puts both under the same
 * garbage collector and the same drift of this machine's speed.
 */
async function stagesInterleaved(files: string[]): Promise<{ n: number; mime: number; message: number; extraction: number }> {
  const dist = (p: string) => import(pathToFileURL(join(ROOT, 'dist', p)).href);
  const { readMessage } = (await dist('message/readMessage.js')) as typeof import('../src/message/readMessage.js');
  const { extract, buildTrustIndex } = (await dist('extraction/extract.js')) as typeof import('../src/extraction/extract.js');
  const { loadBundledTrusts } = (await dist('reference/ods.js')) as typeof import('../src/reference/ods.js');
  const index = buildTrustIndex(loadBundledTrusts());
  let mime = 0;
  let message = 0;
  let extraction = 0;
  let n = 0;
  for (const f of files) {
    const raw = readFileSync(f);
    const t0 = performance.now();
    await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, keepCidLinks: true });
    const t1 = performance.now();
    let parsed;
    try {
      parsed = await readMessage(raw);
    } catch {
      continue; // unreadable: lhs stops there, and so does the count
    }
    const t2 = performance.now();
    extract(parsed, index);
    const t3 = performance.now();
    mime += t1 - t0;
    message += t2 - t1;
    extraction += t3 - t2;
    n++;
  }
  return { n, mime, message, extraction };
}

/** CPU seconds of a process and the children it waited for, through GNU time where there is one. */
const TIME = '/usr/bin/time';

function lhsParse(paths: string[], cpuFile: string): Promise<{ seconds: number; lines: number; errors: number; cpu: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const t = process.hrtime.bigint();
    const argv = [process.execPath, join(ROOT, 'bin', 'lhs.js'), 'parse', '--json', ...paths];
    const timed = existsSync(TIME);
    const child = timed
      ? spawn(TIME, ['-f', '%U %S', '-o', cpuFile, ...argv], { stdio: ['ignore', 'pipe', 'inherit'] })
      : spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let lines = 0;
    let errors = 0;
    let rest = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      const parts = (rest + s).split('\n');
      rest = parts.pop()!;
      for (const p of parts) {
        if (!p) continue;
        lines++;
        if (p.includes('"kind":"error"')) errors++;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lhs parse exited ${code}`));
      const cpu = timed ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : null;
      resolvePromise({ seconds: Number(process.hrtime.bigint() - t) / 1e9, lines, errors, cpu });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } } });
  const count = Number(values.count);
  const dir = mkdtempSync(join(tmpdir(), 'lhs-bench-parse-'));
  const synthetic = join(dir, 'synthetic');
  mkdirSync(synthetic);
  let i = 0;
  for (const raw of syntheticMessages(count, Number(values.seed))) writeFileSync(join(synthetic, `${String(i++).padStart(6, '0')}.eml`), raw);
  const dev = resolve(ROOT, '..', 'shared', 'corpus', 'dev');
  const corpus = existsSync(dev) ? dev : join(ROOT, 'fixtures', 'mailbox');
  const paths = [synthetic, corpus];
  const files = paths.flatMap(emlFiles);
  process.stdout.write(`bench:parse: ${files.length} messages (${count} synthetic in ${synthetic}, ${files.length - count} from ${corpus}); ${cpus().length} CPUs\n`);

  try {
    // warm the file cache and the parser once, untimed
    await simpleParserAlone(files.slice(0, 200));
    const load = loadavg()[0]!;
    const base = await simpleParserAlone(files);
    const full = await lhsParse(paths, join(dir, 'cpu.txt'));
    if (full.lines !== files.length) throw new Error(`lhs parse printed ${full.lines} lines for ${files.length} messages`);
    const baseRate = files.length / base.seconds;
    const fullRate = files.length / full.seconds;
    const ratio = baseRate / fullRate;
    const ms = (s: number) => `${((s * 1000) / files.length).toFixed(2)} ms`;
    process.stdout.write(
      [
        `simpleParser alone (sequential): ${baseRate.toFixed(0).padStart(6)} messages/s  (${base.seconds.toFixed(2)} s; CPU ${ms(base.cpu)} a message)`,
        `lhs parse --json (process):      ${fullRate.toFixed(0).padStart(6)} messages/s  (${full.seconds.toFixed(2)} s, ${full.errors} errors${full.cpu === null ? '' : `; CPU ${ms(full.cpu)} a message, all processes`})`,
        `ratio: ${ratio.toFixed(2)} (target <= 2) ${ratio <= 2 ? 'OK' : 'OVER'}` +
          (full.cpu === null ? '' : `; CPU ratio ${(full.cpu / base.cpu).toFixed(2)}`) +
          `; load average at start ${load.toFixed(1)} on ${cpus().length} CPUs${load > cpus().length * 0.5 ? ' (busy machine: the wall-clock ratio is pessimistic)' : ''}`,
      ].join('\n') + '\n',
    );
    // every 4th message, after a warm-up pass over the first 500
    await stagesInterleaved(files.slice(0, 500));
    const s = await stagesInterleaved(files.filter((_, k) => k % 4 === 0));
    const per = (ms: number) => `${(ms / s.n).toFixed(2)} ms`;
    process.stdout.write(
      `diagnostic, one process, ${s.n} messages interleaved: simpleParser ${per(s.mime)}, lhs message stage ${per(s.message)} + extraction ${per(s.extraction)} a message; ` +
        `stages / simpleParser ${((s.message + s.extraction) / s.mime).toFixed(2)}\n`,
    );
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    else process.stdout.write(`kept ${dir}\n`);
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench:parse: ${err.message}\n`);
  process.exit(1);
});
