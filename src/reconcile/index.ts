import type { Db } from '../store/db.js';
import { loadMessageFacts } from '../store/register.js';
import { reconcile } from './register.js';
import type { Reconciled } from './types.js';

export { reconcile } from './register.js';

/** The register and review queue of a database, derived afresh from what is stored. */
export function reconcileDb(db: Db): Reconciled {
  return reconcile(loadMessageFacts(db));
}

export function trustNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT ods, name FROM trusts').all() as { ods: string; name: string }[];
  return new Map(rows.map((r) => [r.ods, r.name]));
}
