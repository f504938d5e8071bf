#!/usr/bin/env node
// Entry point: runs the compiled CLI in dist/ (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';

// A reader that stops early (`lhs list | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('lhs: not built yet: run "npm run build" (or "npm ci", which builds)\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
