// Peak resident memory of an lhs command and the parser processes it starts: the sum of VmRSS
// over the process tree, sampled from /proc every 25 ms (GNU time's figure covers the main
// process alone, and would hide the parsers).
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { BIN, ROOT } from '../helpers/cli.js';

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const t of readdirSync(`/proc/${pid}/task`)) {
      const s = readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim();
      if (s) out.push(...s.split(/\s+/).map(Number));
    }
  } catch {
    // the process has gone
  }
  return out;
}

function treeRssKb(pid: number): number {
  let sum = rssKb(pid);
  for (const c of children(pid)) sum += treeRssKb(c);
  return sum;
}

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  /** peak of the summed RSS of lhs and its parser processes, MB */
  peakTreeMb: number;
  /** peak of the main process alone, and of the largest single parser process, MB */
  peakMainMb: number;
  peakChildMb: number;
  /** most parser processes seen at once */
  maxChildren: number;
  seconds: number;
}

/** Runs `lhs ARGS` and samples the memory of its process tree until it exits. */
export function measureLhs(args: string[], env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let peak = 0;
    let peakMain = 0;
    let peakChild = 0;
    let maxChildren = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRssKb(child.pid!));
      peakMain = Math.max(peakMain, rssKb(child.pid!));
      const kids = children(child.pid!);
      for (const k of kids) peakChild = Math.max(peakChild, treeRssKb(k));
      maxChildren = Math.max(maxChildren, kids.length);
    }, 25);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, peakTreeMb: Math.round(peak / 1024), peakMainMb: Math.round(peakMain / 1024), peakChildMb: Math.round(peakChild / 1024), maxChildren, seconds: (Date.now() - started) / 1000 });
    });
  });
}
