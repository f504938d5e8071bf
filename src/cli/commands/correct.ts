import type { Command } from 'commander';
import { correctMessage, parseMessageRowId, resolveActor, type Edits } from '../../reconcile/decide.js';
import { EXIT, LhsError } from '../../errors.js';
import { print, type Context } from '../context.js';
import { decidedLine } from '../../review/render.js';

export async function runCorrect(ctx: Context, idText: string, opts: Record<string, unknown>, cmd: Command): Promise<void> {
  try {
    const id = parseMessageRowId(idText);
    const str = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
    const edits: Edits = {
      kind: str('kind'),
      trust: str('trust'),
      nominee: typeof opts.nominee === 'number' ? opts.nominee : undefined,
      name: str('name'),
      email: str('email'),
      phone: str('phone'),
      jobTitle: str('jobTitle'),
      role: str('role'),
      removeNominees: opts.removeNominee as number[] | undefined,
      // only when given on the command line: commander sets no default for a --x / --no-x pair
      supersedes: cmd.getOptionValueSource('supersedes') === 'cli' ? (opts.supersedes as boolean) : undefined,
    };
    if (Object.values(edits).every((v) => v === undefined)) {
      throw new LhsError(`nothing to correct: give --trust, --kind, --name, --email, --phone, --job-title, --role, --remove-nominee or --supersedes (or use "lhs confirm ${id}")`, EXIT.usage);
    }
    const actor = resolveActor(str('actor'));
    const d = correctMessage(ctx.db(), id, edits, actor);
    print(opts.json === true, { id, action: 'correct', actor, decision: d.decisionId, reading: d.reading }, () => decidedLine(id, 'corrected', actor, d.reading));
  } finally {
    ctx.close();
  }
}
