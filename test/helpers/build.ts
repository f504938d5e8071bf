import { execFileSync } from 'node:child_process';

/** vitest globalSetup: compile src/ once so process-level tests run the current code. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
}
