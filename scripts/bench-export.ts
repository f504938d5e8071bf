// Times `lhs export` on a register of 10,000 people (npm run bench:export).
// Seeds a fresh database through the real store functions: 5,000 synthetic trusts (upsertTrusts),
// one reply each naming a lead and a deputy (storeMessage with its extraction); half of them
// confirmed by the parser, half corrected by staff (appendDecision). Then runs the built CLI as
// a process, as staff would, and checks the row count.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Extraction, Nominee } from '../src/extraction/types.js';
import { openDb } from '../src/store/db.js';
import { appendDecision } from '../src/store/decisions.js';
import { storeMessage } from '../src/store/messages.js';
import { ensureTrusts, upsertTrusts } from '../src/store/trusts.js';

const TRUSTS = 5000;
const RUNS = 5;
const LIMIT_MS = 2000;
const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'lhs-bench-export-'));
const dbFile = join(dir, 'bench.sqlite');

const first = ['Jane', 'Priya', 'Tom', 'Siobhán', 'Olu', 'Nadia', 'Kenneth', 'Fatima', 'Gareth', 'Zoë'];
const last = ['Smith', "O'Keeffe", 'Raman', 'Vasquez-Lowe', 'Okafor', 'Begum, PhD', 'Ashdown', '=HYPERLINK("http://x","y")', 'Quayle', 'Lowe'];
function person(i: number, role: Nominee['role']): Nominee {
  const name = `Dr ${first[i % first.length]} ${last[(i * 7) % last.length]}`;
  return {
    name,
    email: `person${i}@trust${i % TRUSTS}.nhs.uk`,
    phone: i % 3 === 0 ? `+44 (0)20 7946 ${String(i % 10000).padStart(4, '0')} ext ${i % 900}` : `0113 496 ${String(i % 10000).padStart(4, '0')}`,
    jobTitle: i % 4 === 0 ? 'Consultant Clinical Scientist, Head of Department' : 'Head of Healthcare Science',
    role,
  };
}

const seedStart = performance.now();
const db = openDb(dbFile);
ensureTrusts(db);
upsertTrusts(
  db,
  Array.from({ length: TRUSTS }, (_, t) => ({
    ods: `Z${String(t).padStart(4, '0')}`, name: `SYNTHETIC TRUST ${t} NHS FOUNDATION TRUST`, nationalGrouping: null, healthGeography: null,
    address: null, postcode: null, opened: '2010-04-01', closed: null,
  })),
);
db.transaction(() => {
  for (let t = 0; t < TRUSTS; t++) {
    const ods = `Z${String(t).padStart(4, '0')}`;
    const nominees = [person(2 * t, 'lead'), person(2 * t + 1, 'deputy')];
    const messageId = `<bench-${t}@trust${t}.nhs.uk>`;
    const date = new Date(Date.UTC(2016, 8, 14) + t * 60_000).toISOString();
    const raw = Buffer.from(`Message-ID: ${messageId}\nDate: ${date}\nFrom: md${t}@trust${t}.nhs.uk\nSubject: RE: LHS\n\nOur LHS is ${nominees[0]!.name}.\n`);
    const extraction: Extraction = {
      kind: 'nomination', trust: { ods, name: '' }, trustCandidates: [], nominees, needsReview: t % 2 === 1, reasons: [],
      supersedes: false, replyText: `Our LHS is ${nominees[0]!.name}.`, signature: null,
    };
    const stored = storeMessage(db, { type: 'file', path: `bench/${t}.eml` }, raw, {
      ok: true,
      message: { messageId, subject: 'RE: LHS', from: { name: 'MD', address: `md${t}@trust${t}.nhs.uk` }, date, attachments: [], problems: [], extraction },
    }, 'lhs-extract/bench');
    if (t % 2 === 1) {
      const before = { kind: 'nomination' as const, trust: ods, nominees, supersedes: false };
      const after = { ...before, nominees: nominees.map((n) => ({ ...n, jobTitle: `${n.jobTitle} (corrected)` })) };
      appendDecision(db, { messageRowId: stored.id, action: 'correct', actor: 'bench-staff', before, after });
    }
  }
})();
db.close();
const seedMs = performance.now() - seedStart;

const out = join(dir, 'leads.csv');
const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  // bash's `time` gives the child's CPU seconds too: on a busy machine the wall time says more about the neighbours
  const start = performance.now();
  const r = spawnSync('bash', ['-c', 'TIMEFORMAT="%U %S"; time "$@" >/dev/null', 'bench', process.execPath, join(ROOT, 'bin', 'lhs.js'), '--db', dbFile, 'export', '--out', out], {
    encoding: 'utf8', env: { ...process.env, LHS_LOG_LEVEL: 'error' },
  });
  times.push(performance.now() - start);
  if (r.status !== 0) throw new Error(`lhs export failed: ${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  cpu.push((user! + sys!) * 1000);
}
const rows = readFileSync(out, 'utf8').split('\r\n').filter(Boolean).length - 1;
// KEEP=1 leaves the seeded database in the temporary folder, for profiling
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`seeded ${TRUSTS} trusts, ${TRUSTS} replies, ${rows} people in ${(seedMs / 1000).toFixed(1)} s`);
cpu.sort((a, b) => a - b);
console.log(`lhs export of ${rows} people (whole process, ${RUNS} runs): median ${(median / 1000).toFixed(2)} s, worst ${(times[times.length - 1]! / 1000).toFixed(2)} s wall; median ${(cpu[Math.floor(cpu.length / 2)]! / 1000).toFixed(2)} s CPU; limit ${LIMIT_MS / 1000} s`);
if (rows !== 2 * TRUSTS) {
  console.error(`expected ${2 * TRUSTS} rows`);
  process.exit(1);
}
if (times[times.length - 1]! > LIMIT_MS) process.exit(1);
