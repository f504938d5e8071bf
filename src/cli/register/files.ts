import { Option, type Command } from 'commander';
import { contextFor } from '../context.js';

/** Commands over files and the database: import, parse, reparse, status, trusts. */
export function registerFileCommands(program: Command): void {
  program
    .command('import')
    .description('store and parse saved mail: .eml files, folders of them, Maildir folders, mbox files')
    .argument('<path...>', 'files or folders')
    .option('--json', 'print one JSON object {"new","known","failed"}')
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], opts: { json?: boolean; progress: boolean }, cmd: Command) => {
      const { runImport } = await import('../commands/import.js');
      await runImport(contextFor(cmd), paths, opts);
    });

  program
    .command('parse')
    .description('parse messages and print what was extracted, without a database (see the parse contract)')
    .argument('<path...>', '.eml files or folders (read recursively, *.eml)')
    .option('--json', 'JSON Lines, one object per message (the only output format)')
    .action(async (paths: string[], opts: { json?: boolean }, cmd: Command) => {
      const { runParse } = await import('../commands/parse.js');
      await runParse(contextFor(cmd), paths, opts);
    });

  program
    .command('reparse')
    .description('extract again from the stored raw messages with the current parser; staff decisions are untouched')
    .option('--all', 'also messages whose extraction already has the current parser version')
    .option('--json', 'print one JSON object with the counts')
    .action(async (opts: { all?: boolean; json?: boolean }, cmd: Command) => {
      const { runReparse } = await import('../commands/reparse.js');
      await runReparse(contextFor(cmd), opts);
    });

  program
    .command('status')
    .description('messages by kind and state, trusts answered, last import and poll')
    .option('--json', 'one JSON object')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const { runStatus } = await import('../commands/status.js');
      await runStatus(contextFor(cmd), opts);
    });

  const trusts = program.command('trusts').description('the NHS ODS trust list');
  trusts
    .command('import')
    .description('load a newer ODS "etr" extract (same format): updates names and dates, keeps codes')
    .argument('<file>', 'CSV file')
    .option('--json', 'one JSON object with the counts')
    .action(async (file: string, opts: { json?: boolean }, cmd: Command) => {
      const { runTrustsImport } = await import('../commands/trusts.js');
      await runTrustsImport(contextFor(cmd), file, opts);
    });
  trusts
    .command('search')
    .description('find trusts by name fragment or ODS code')
    .argument('<text...>', 'part of a name, or a code')
    .option('--json', 'JSON Lines')
    .addOption(new Option('--limit <n>', 'most rows').default('20'))
    .action(async (text: string[], opts: { json?: boolean; limit: string }, cmd: Command) => {
      const { runTrustsSearch } = await import('../commands/trusts.js');
      await runTrustsSearch(contextFor(cmd), text.join(' '), opts);
    });
}
