import { writeFileSync } from 'node:fs';
import { EXIT, LhsError } from '../../errors.js';
import { toCsv } from '../../export/csv.js';
import { EXPORT_COLUMNS, exportRows } from '../../export/rows.js';
import { reconcileDb, trustNames } from '../../reconcile/index.js';
import type { Context } from '../context.js';

/** The confirmed leads, one row per person, as CSV (RFC 4180) or JSON. */
export async function runExport(ctx: Context, opts: { out?: string; format: 'csv' | 'json'; excel?: boolean }): Promise<void> {
  try {
    const db = ctx.db();
    const rows = exportRows(reconcileDb(db).register, trustNames(db));
    const text =
      opts.format === 'json'
        ? JSON.stringify(rows, null, 2) + '\n'
        : toCsv(rows, EXPORT_COLUMNS, { excel: opts.excel ?? false });
    if (!opts.out) {
      process.stdout.write(text);
      return;
    }
    try {
      // personal data: owner-only, like the database
      writeFileSync(opts.out, text, { encoding: 'utf8', mode: 0o600 });
    } catch (err) {
      throw new LhsError(`cannot write ${opts.out}: ${(err as Error).message}`, EXIT.input, { cause: err });
    }
    process.stderr.write(`exported ${rows.length} people to ${opts.out}\n`);
  } finally {
    ctx.close();
  }
}
