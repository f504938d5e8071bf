import { availableParallelism } from 'node:os';
import { ParsePool } from '../../pipeline/pool.js';
import { loadBundledTrusts } from '../../reference/ods.js';
import { checkPaths, readPaths } from '../../source/files.js';
import type { Context } from '../context.js';

/**
 * `lhs parse --json`: the parse contract. No database; one JSON line per message; errors as kind "error".
 * Two parser processes even on two cores: without a database the main process has little to do.
 */
export async function runParse(ctx: Context, paths: string[], _opts: { json?: boolean }): Promise<void> {
  await checkPaths(paths);
  const pool = new ParsePool({ trusts: loadBundledTrusts(), size: Math.min(2, availableParallelism()), maxHeapMb: ctx.config.parse.heapMb, timeoutMs: ctx.config.parse.timeoutMs });
  const window: Promise<string>[] = [];
  const flush = async () => {
    process.stdout.write((await window.shift()!) + '\n');
  };
  try {
    for await (const item of readPaths(paths, { emlOnly: true })) {
      const source = item.origin.type === 'file' ? item.origin.path : '';
      if ('error' in item) {
        window.push(Promise.resolve(JSON.stringify(errorLine(source, null, item.error))));
      } else {
        window.push(
          pool.process(item.raw).then((out) => {
            if (!out.ok) return JSON.stringify(errorLine(source, null, out.error));
            const { extraction: e, messageId } = out.message;
            return JSON.stringify({
              source,
              messageId,
              kind: e.kind,
              trust: e.trust,
              nominees: e.nominees,
              needsReview: e.needsReview,
              reasons: e.reasons,
              supersedes: e.supersedes,
              replyText: e.replyText,
              signature: e.signature,
              trustCandidates: e.trustCandidates,
            });
          }),
        );
      }
      // enough ahead to keep the parsers' queues full while answers are printed, few enough to keep memory flat
      if (window.length >= 2 * pool.capacity) await flush();
    }
    while (window.length) await flush();
  } finally {
    await pool.close();
  }
}

function errorLine(source: string, messageId: string | null, error: string) {
  return {
    source, messageId, kind: 'error', trust: null, nominees: [], needsReview: true, reasons: [error],
    supersedes: false, replyText: '', signature: null, error,
  };
}
