// Importing 10,000 synthetic replies keeps lhs (with its parser processes) under 300 MB.
// CI runs 10,000 of each format; elsewhere 2,000 unless FOUNDATION_MEMORY_MESSAGES says otherwise.
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMboxrd } from '../../scripts/gen-mailbox.js';
import { syntheticMessages } from '../../scripts/lib/synthetic.js';
import { tempDir } from '../helpers/cli.js';
import { measureLhs } from './rss.js';

const COUNT = Number(process.env.FOUNDATION_MEMORY_MESSAGES ?? (process.env.CI ? 10_000 : 2_000));
const LIMIT_MB = 300;

async function writeMbox(file: string): Promise<void> {
  const out = createWriteStream(file);
  let i = 0;
  for (const raw of syntheticMessages(COUNT, 2016)) {
    if (!out.write(toMboxrd(raw, 'MAILER-DAEMON', new Date(Date.UTC(2016, 8, 14) + i++ * 60_000)))) {
      await new Promise((r) => out.once('drain', r));
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
}

function writeMaildir(dir: string): void {
  for (const s of ['cur', 'new', 'tmp']) mkdirSync(join(dir, s), { recursive: true });
  let i = 0;
  for (const raw of syntheticMessages(COUNT, 2016)) writeFileSync(join(dir, 'cur', `${1473811200 + i}.M${i++}P1.synthetic:2,S`), raw);
}

describe(`peak memory of lhs import, ${COUNT} synthetic messages`, () => {
  for (const format of ['mbox', 'maildir'] as const) {
    it(`${format}: under ${LIMIT_MB} MB for lhs and its parsers together`, async () => {
      const dir = tempDir('lhs-mem-');
      const source = join(dir, format === 'mbox' ? 'replies.mbox' : 'Maildir');
      if (format === 'mbox') await writeMbox(source);
      else writeMaildir(source);
      const m = await measureLhs(['--db', join(dir, 'lhs.sqlite'), 'import', '--json', source]);
      rmSync(dir, { recursive: true, force: true }); // about 200 MB of mail and database
      process.stderr.write(
        `memory ${format} ${COUNT}: peak ${m.peakTreeMb} MB (main ${m.peakMainMb} MB, largest parser ${m.peakChildMb} MB, ${m.maxChildren} parser(s)), ${m.seconds.toFixed(1)} s\n`,
      );
      expect(m.code, m.stderr).toBe(0);
      expect(JSON.parse(m.stdout)).toEqual({ new: COUNT, known: 0, failed: 0 });
      expect(m.peakTreeMb).toBeGreaterThan(0);
      expect(m.peakTreeMb).toBeLessThan(LIMIT_MB);
    }, 900_000);
  }
});
