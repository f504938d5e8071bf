// The parse pool with real parser processes: several messages are handed to a parser ahead of
// its answers, and its answers come back in batches, so a message that hangs or crashes it
// must take the blame alone (the ones before it may have finished with their answers unsent),
// and the others in flight must still be parsed, by a replacement parser, each exactly once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsePool } from '../../src/pipeline/pool.js';
import { loadBundledTrusts } from '../../src/reference/ods.js';
import { bigBody, bigHtml } from '../helpers/bigMessages.js';
import { ROOT } from '../helpers/cli.js';

const good = ['01-outlook2010-bwh.eml', '03-plain-portsmouth.eml', '04-gmail-jamespaget.eml'].map((f) =>
  readFileSync(join(ROOT, 'fixtures', 'mailbox', f)),
);
const trusts = loadBundledTrusts();

async function runAll(pool: ParsePool, raws: Buffer[]) {
  try {
    return await Promise.all(raws.map((r) => pool.process(r)));
  } finally {
    await pool.close();
  }
}

describe('ParsePool with messages in flight', () => {
  it('a message that runs out of time fails alone; the ones sent behind it are parsed once each', async () => {
    const pool = new ParsePool({ trusts, size: 1, inFlight: 4, timeoutMs: 1000 });
    const out = await runAll(pool, [good[0]!, bigHtml(40_000), good[1]!, good[2]!, good[0]!]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true, true, true]);
    expect(out[1]).toEqual({ ok: false, error: 'parsing took longer than 1 s' });
    const ids = out.filter((o) => o.ok).map((o) => (o.ok ? o.message.messageId : null));
    expect(ids[0]).toBe(ids[3]); // the same message twice gives the same answer
    expect(new Set(ids).size).toBe(3);
  }, 60_000);

  it('a message that exhausts the heap fails alone, with that reason; the rest are parsed', async () => {
    const pool = new ParsePool({ trusts, size: 1, inFlight: 4, maxHeapMb: 48 });
    const out = await runAll(pool, [good[0]!, bigBody(30), good[1]!, good[2]!]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true, true]);
    expect(out[1]).toEqual({ ok: false, error: 'parsing ran out of memory (over 48 MB)' });
  }, 60_000);

  it('answers every message in the order given, with two parsers', async () => {
    const pool = new ParsePool({ trusts, size: 2, inFlight: 3 });
    const raws = Array.from({ length: 30 }, (_, i) => good[i % 3]!);
    const out = await runAll(pool, raws);
    const ids = out.map((o) => (o.ok ? o.message.messageId : o.error));
    expect(ids).toEqual(raws.map((_, i) => ids[i % 3]));
    expect(new Set(ids).size).toBe(3);
  }, 60_000);

  it('a parser that cannot start fails every message with the reason, after three tries, instead of starting parsers for ever', async () => {
    // a trust list the parser cannot index: each process dies on loading it, before it is ready
    const broken = [...trusts, { ods: 'XXX', name: null as unknown as string, postcode: null, opened: null, closed: null }];
    const pool = new ParsePool({ trusts: broken, size: 2 });
    const started = Date.now();
    const out = await runAll(pool, [good[0]!, good[1]!, good[2]!]);
    expect(out.every((o) => !o.ok)).toBe(true);
    const errors = new Set(out.map((o) => (o.ok ? '' : o.error)));
    expect(errors.size).toBe(1);
    expect([...errors][0]).toMatch(/^the parser process could not start \(TypeError: .*toLowerCase/);
    expect(Date.now() - started).toBeLessThan(20_000);
    // and later messages fail at once with the same reason
    const late = new ParsePool({ trusts: broken, size: 1 });
    try {
      expect(await late.process(good[0]!)).toMatchObject({ ok: false, error: expect.stringMatching(/could not start/) });
    } finally {
      await late.close();
    }
  }, 60_000);
});
