import type { Trust } from '../extraction/types.js';
import type { OdsRow } from '../reference/ods.js';
import { loadBundledTrusts } from '../reference/ods.js';
import type { Db } from './db.js';

export interface TrustImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** Inserts or updates trusts by ODS code: codes stay stable, names and dates follow the newer extract. */
export function upsertTrusts(db: Db, rows: OdsRow[]): TrustImportResult {
  const get = db.prepare('SELECT name, national_grouping, health_geography, address, postcode, opened, closed FROM trusts WHERE ods = ?');
  const ins = db.prepare(`INSERT INTO trusts (ods, name, national_grouping, health_geography, address, postcode, opened, closed, updated_at)
    VALUES (@ods, @name, @nationalGrouping, @healthGeography, @address, @postcode, @opened, @closed, @now)`);
  const upd = db.prepare(`UPDATE trusts SET name = @name, national_grouping = @nationalGrouping, health_geography = @healthGeography,
    address = @address, postcode = @postcode, opened = @opened, closed = @closed, updated_at = @now WHERE ods = @ods`);
  const result: TrustImportResult = { added: 0, updated: 0, unchanged: 0 };
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const r of rows) {
      const old = get.get(r.ods) as Record<string, string | null> | undefined;
      if (!old) {
        ins.run({ ...r, now });
        result.added++;
      } else if (
        old.name !== r.name || old.national_grouping !== r.nationalGrouping || old.health_geography !== r.healthGeography ||
        old.address !== r.address || old.postcode !== r.postcode || old.opened !== r.opened || old.closed !== r.closed
      ) {
        upd.run({ ...r, now });
        result.updated++;
      } else result.unchanged++;
    }
  })();
  return result;
}

/** Loads the bundled ODS list into a database that has no trusts yet. */
export function ensureTrusts(db: Db): void {
  const n = (db.prepare('SELECT count(*) AS n FROM trusts').get() as { n: number }).n;
  if (n === 0) upsertTrusts(db, loadBundledTrusts());
}

export function allTrusts(db: Db): Trust[] {
  return db.prepare('SELECT ods, name, postcode, address, opened, closed FROM trusts ORDER BY ods').all() as Trust[];
}

export function searchTrusts(db: Db, text: string, limit = 20): Trust[] {
  const q = text.trim();
  const like = `%${q.replace(/[%_\\]/g, (c) => '\\' + c)}%`;
  return db
    .prepare(`SELECT ods, name, postcode, opened, closed FROM trusts
      WHERE ods = upper(?) OR name LIKE ? ESCAPE '\\'
      ORDER BY (ods = upper(?)) DESC, closed IS NOT NULL, name LIMIT ?`)
    .all(q, like, q, limit) as Trust[];
}
