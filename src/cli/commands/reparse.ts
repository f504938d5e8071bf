import { PARSER_VERSION } from '../../extraction/version.js';
import { ParsePool } from '../../pipeline/pool.js';
import { insertExtraction } from '../../store/messages.js';
import { finishRun, startRun } from '../../store/runs.js';
import { allTrusts } from '../../store/trusts.js';
import { print, type Context } from '../context.js';

/**
 * Extracts again from stored raw messages with the current parser. Adds a new current
 * extraction per message; staff decisions live in their own table and are not touched.
 */
export async function runReparse(ctx: Context, opts: { all?: boolean; json?: boolean }): Promise<void> {
  const db = ctx.db();
  const pool = new ParsePool({ trusts: allTrusts(db), maxHeapMb: ctx.config.parse.heapMb, timeoutMs: ctx.config.parse.timeoutMs });
  const runId = startRun(db, 'reparse');
  const counts = { reparsed: 0, failed: 0, skipped: 0 };
  try {
    const rows = db
      .prepare(`SELECT m.id, (SELECT parser_version FROM extractions e WHERE e.message_id = m.id AND e.current = 1) AS version
        FROM messages m ORDER BY m.id`)
      .all() as { id: number; version: string | null }[];
    const getRaw = db.prepare('SELECT raw FROM messages WHERE id = ?').pluck();
    for (const r of rows) {
      if (!opts.all && r.version === PARSER_VERSION) {
        counts.skipped++;
        continue;
      }
      const raw = getRaw.get(r.id) as Buffer;
      const out = await pool.process(raw);
      db.transaction(() => {
        if (out.ok) {
          insertExtraction(db, r.id, out.message.extraction, PARSER_VERSION, out.message.attachments);
          db.prepare(`UPDATE messages SET state = 'parsed', error = NULL, message_id = coalesce(?, message_id), subject = ?,
            from_address = ?, from_name = ?, sent_at = ? WHERE id = ?`).run(
            out.message.messageId, out.message.subject, out.message.from?.address ?? null, out.message.from?.name ?? null,
            out.message.date, r.id,
          );
          counts.reparsed++;
        } else {
          db.prepare(`UPDATE messages SET state = 'failed', error = ? WHERE id = ?`).run(out.error, r.id);
          db.prepare('UPDATE extractions SET current = 0 WHERE message_id = ?').run(r.id);
          counts.failed++;
        }
      })();
    }
    finishRun(db, runId, { new: counts.reparsed, known: counts.skipped, failed: counts.failed });
    print(opts.json ?? false, { ...counts, parserVersion: PARSER_VERSION }, () =>
      `reparsed ${counts.reparsed} messages with ${PARSER_VERSION} (${counts.failed} failed, ${counts.skipped} already current)`,
    );
  } finally {
    await pool.close();
    ctx.close();
  }
}
