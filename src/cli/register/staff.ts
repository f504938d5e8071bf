import { Option, type Command } from 'commander';
import { contextFor } from '../context.js';

const actorOption = () => new Option('--actor <name>', 'who decides, for the audit (env LHS_ACTOR, default the OS user)');

/** What staff use every day: review, list, show, confirm, correct, reject, export, chase, history. */
export function registerStaffCommands(program: Command): void {
  program
    .command('review')
    .description('go through the review queue interactively, oldest first (needs a terminal)')
    .addOption(actorOption())
    .action(async (opts: { actor?: string }, cmd: Command) => {
      const { runReview } = await import('../commands/review.js');
      await runReview(contextFor(cmd), opts);
    });

  program
    .command('list')
    .description('messages with their status, kind, trust and nominees; the id is what the other commands take')
    .option('--needs-review', 'only the review queue, oldest first')
    .option('--trust <trust>', 'only messages for this trust (ODS code or part of the name)')
    .option('--json', 'JSON Lines, one object per message')
    .action(async (opts: { needsReview?: boolean; trust?: string; json?: boolean }, cmd: Command) => {
      const { runList } = await import('../commands/list.js');
      await runList(contextFor(cmd), opts);
    });

  program
    .command('show')
    .description('one message in full: sender, date, reply text, attachments, what was read, why it needs review')
    .argument('<id>', 'message id from "lhs list"')
    .option('--json', 'one JSON object')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const { runShow } = await import('../commands/show.js');
      await runShow(contextFor(cmd), id, opts);
    });

  program
    .command('confirm')
    .description('the reading of a message is right: it counts as it stands')
    .argument('<id>', 'message id from "lhs list"')
    .addOption(actorOption())
    .option('--json', 'one JSON object')
    .action(async (id: string, opts: { actor?: string; json?: boolean }, cmd: Command) => {
      const { runConfirm } = await import('../commands/confirm.js');
      await runConfirm(contextFor(cmd), id, opts);
    });

  program
    .command('correct')
    .description('change what was read from a message, then it counts; person fields apply to --nominee N (default 1)')
    .argument('<id>', 'message id from "lhs list"')
    .option('--trust <trust>', 'ODS code or a part of the name that matches one trust')
    .option('--kind <kind>', 'nomination, no_nomination, query, auto_reply or unrelated')
    .option('--nominee <n>', 'which nominee the person fields change, 1-based; one past the last adds a nominee', (v) => Number(v))
    .option('--name <name>', "the nominee's name")
    .option('--email <email>', 'e-mail address ("" clears it)')
    .option('--phone <phone>', 'phone number ("" clears it)')
    .option('--job-title <title>', 'job title ("" clears it)')
    .option('--role <role>', 'lead, deputy or joint')
    .option('--remove-nominee <n>', 'remove nominee N (repeatable; after the edits)', (v: string, prev: number[] = []) => [...prev, Number(v)])
    .option('--supersedes', 'this nomination replaces the trust\'s earlier ones')
    .option('--no-supersedes', 'this nomination adds to the trust\'s earlier ones')
    .addOption(actorOption())
    .option('--json', 'one JSON object')
    .action(async (id: string, opts: Record<string, unknown>, cmd: Command) => {
      const { runCorrect } = await import('../commands/correct.js');
      await runCorrect(contextFor(cmd), id, opts, cmd);
    });

  program
    .command('reject')
    .description('a message is not a nomination: say what it is instead')
    .argument('<id>', 'message id from "lhs list"')
    .requiredOption('--as <kind>', 'no_nomination, query, auto_reply or unrelated')
    .option('--trust <trust>', 'the trust it came from, if the reading has it wrong or missing')
    .addOption(actorOption())
    .option('--json', 'one JSON object')
    .action(async (id: string, opts: { as: string; trust?: string; actor?: string; json?: boolean }, cmd: Command) => {
      const { runReject } = await import('../commands/reject.js');
      await runReject(contextFor(cmd), id, opts);
    });

  program
    .command('export')
    .description('the confirmed leads and deputies, one row per person, in a stable order')
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .option('--excel', 'start the CSV with a UTF-8 byte order mark, so Excel reads accents right')
    .action(async (opts: { out?: string; format: 'csv' | 'json'; excel?: boolean }, cmd: Command) => {
      const { runExport } = await import('../commands/export.js');
      await runExport(contextFor(cmd), opts);
    });

  program
    .command('chase')
    .description('open trusts without a confirmed lead: no reply, reply waiting for review, replied but named nobody')
    .addOption(new Option('--format <format>', 'text or csv').choices(['text', 'csv']).default('text'))
    .option('--json', 'JSON Lines, one object per trust')
    .action(async (opts: { format: 'text' | 'csv'; json?: boolean }, cmd: Command) => {
      const { runChase } = await import('../commands/chase.js');
      await runChase(contextFor(cmd), opts);
    });

  program
    .command('history')
    .description("every staff decision about a trust, oldest first: who, when, what, before and after")
    .argument('<trust...>', 'ODS code or part of the name')
    .option('--json', 'JSON Lines, one object per decision')
    .action(async (trust: string[], opts: { json?: boolean }, cmd: Command) => {
      const { runHistory } = await import('../commands/history.js');
      await runHistory(contextFor(cmd), trust.join(' '), opts);
    });
}
