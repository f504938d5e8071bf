import { readFileSync } from 'node:fs';
import { EXIT, LhsError } from '../../errors.js';
import { parseOdsCsv } from '../../reference/ods.js';
import { searchTrusts, upsertTrusts } from '../../store/trusts.js';
import { print, type Context } from '../context.js';

export async function runTrustsImport(ctx: Context, file: string, opts: { json?: boolean }): Promise<void> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new LhsError(`no such file: ${file}`, EXIT.input);
  }
  const rows = parseOdsCsv(text, file);
  try {
    const r = upsertTrusts(ctx.db(), rows);
    print(opts.json ?? false, r, () => `trusts from ${file}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged`);
  } finally {
    ctx.close();
  }
}

export async function runTrustsSearch(ctx: Context, text: string, opts: { json?: boolean; limit: string }): Promise<void> {
  const limit = Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new LhsError(`--limit must be a whole number above 0, not "${opts.limit}"`, EXIT.usage);
  try {
    const rows = searchTrusts(ctx.db(), text, limit);
    if (opts.json) for (const r of rows) process.stdout.write(JSON.stringify(r) + '\n');
    else if (!rows.length) process.stdout.write(`no trust matches "${text}"\n`);
    else for (const r of rows) process.stdout.write(`${r.ods}\t${r.name}${r.closed ? `\t(closed ${r.closed})` : ''}\n`);
  } finally {
    ctx.close();
  }
}
