import type { parse as Parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, LhsError } from '../errors.js';
import type { Trust } from '../extraction/types.js';

/** The ODS trust list shipped with lhs (data/ods-etr-2016.csv, Open Government Licence v3.0). */
export const BUNDLED_ODS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'ods-etr-2016.csv');

/** A trust row with the columns lhs keeps beyond those extraction needs. */
export interface OdsRow extends Trust {
  nationalGrouping: string | null;
  healthGeography: string | null;
  address: string | null;
}

// csv-parse loads when a list is read, not when lhs starts
const require = createRequire(import.meta.url);
const parse: typeof Parse = (...args) => (require('csv-parse/sync') as { parse: typeof Parse }).parse(...args);

const isoDate = (yyyymmdd: string | undefined): string | null => {
  const s = (yyyymmdd ?? '').trim();
  if (!s) return null;
  if (!/^\d{8}$/.test(s)) throw new Error(`date "${s}" is not YYYYMMDD`);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};
const orNull = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);

/**
 * Parses an ODS "etr" extract: no header row; code, name, national grouping, health geography,
 * address lines 1-5, postcode, open date, close date, then fields lhs does not use.
 */
export function parseOdsCsv(text: string, where = 'ODS file'): OdsRow[] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (err) {
    throw new LhsError(`${where}: not a readable CSV: ${(err as Error).message}`, EXIT.input, { cause: err });
  }
  return records.map((r, i) => {
    const ods = (r[0] ?? '').trim().toUpperCase();
    const name = (r[1] ?? '').trim();
    if (!/^[A-Z0-9]{3,5}$/.test(ods) || !name || r.length < 12) {
      throw new LhsError(`${where}, row ${i + 1}: not an ODS trust row (code, name, ... open date, close date)`, EXIT.input);
    }
    try {
      return {
        ods,
        name,
        nationalGrouping: orNull(r[2]),
        healthGeography: orNull(r[3]),
        address: [r[4], r[5], r[6], r[7], r[8]].map(orNull).filter(Boolean).join(', ') || null,
        postcode: orNull(r[9]),
        opened: isoDate(r[10]),
        closed: isoDate(r[11]),
      };
    } catch (err) {
      throw new LhsError(`${where}, row ${i + 1} (${ods}): ${(err as Error).message}`, EXIT.input);
    }
  });
}

let bundled: OdsRow[] | undefined;
/** The bundled list, read once per process. */
export function loadBundledTrusts(): OdsRow[] {
  bundled ??= parseOdsCsv(readFileSync(BUNDLED_ODS, 'utf8'), BUNDLED_ODS);
  return bundled;
}
