import { EXIT, LhsError } from '../../errors.js';
import { ingest } from '../../pipeline/ingest.js';
import { ParsePool } from '../../pipeline/pool.js';
import { checkPaths, readPaths } from '../../source/files.js';
import { finishRun, startRun } from '../../store/runs.js';
import { allTrusts } from '../../store/trusts.js';
import { print, type Context } from '../context.js';

export async function runImport(ctx: Context, paths: string[], opts: { json?: boolean; progress: boolean }): Promise<void> {
  await checkPaths(paths);
  const db = ctx.db();
  const pool = new ParsePool({ trusts: allTrusts(db), maxHeapMb: ctx.config.parse.heapMb, timeoutMs: ctx.config.parse.timeoutMs });
  const runId = startRun(db, 'import');
  const showBar = opts.progress && !opts.json && process.stderr.isTTY;
  const bar = showBar ? await progressBar() : null;
  let seen = 0;
  try {
    const counts = await ingest(db, pool, readPaths(paths), {
      log: ctx.log,
      onStored: () => {
        seen++;
        bar?.update(seen);
      },
    });
    bar?.stop();
    finishRun(db, runId, counts, { paths });
    print(opts.json ?? false, counts, () => `imported ${seen} messages: ${counts.new} new, ${counts.known} already known, ${counts.failed} failed`);
    if (seen > 0 && counts.failed === seen) {
      throw new LhsError(`none of the ${seen} messages could be read`, EXIT.input);
    }
    if (seen === 0) throw new LhsError(`no messages found in ${paths.join(', ')}`, EXIT.input);
  } finally {
    bar?.stop();
    await pool.close();
    ctx.close();
  }
}

async function progressBar() {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: 'importing | {value} messages | {duration}s', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0);
  return bar;
}
