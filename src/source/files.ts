import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { EXIT, LhsError } from '../errors.js';
import type { RawMessage, SourceFailure } from './types.js';

/** Largest message read from a file; a bigger one is reported, not loaded. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export type SourceItem = RawMessage | SourceFailure;

/** What a path holds, decided from the file system and the first bytes of a file. */
export type PathKind = 'eml' | 'mbox' | 'maildir' | 'folder';

/** Stops before any work when a path does not exist: one clear line, exit 4. */
export async function checkPaths(paths: string[]): Promise<void> {
  if (!paths.length) throw new LhsError('no path given: name .eml files, folders, Maildir folders or mbox files', EXIT.usage);
  for (const p of paths) {
    try {
      await stat(p);
    } catch {
      throw new LhsError(`no such file or folder: ${p}`, EXIT.input);
    }
  }
}

async function isMaildir(dir: string): Promise<boolean> {
  const subs = await Promise.all(['cur', 'new'].map((s) => stat(join(dir, s)).then((st) => st.isDirectory(), () => false)));
  return subs.every(Boolean);
}

async function startsWithFromLine(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(5);
    const { bytesRead } = await fh.read(buf, 0, 5, 0);
    return bytesRead === 5 && buf.toString('latin1') === 'From ';
  } finally {
    await fh.close();
  }
}

export async function pathKind(path: string): Promise<PathKind> {
  const st = await stat(path);
  if (st.isDirectory()) return (await isMaildir(path)) ? 'maildir' : 'folder';
  if (extname(path).toLowerCase() === '.eml') return 'eml';
  return (await startsWithFromLine(path)) ? 'mbox' : 'eml';
}

async function readOne(path: string): Promise<SourceItem> {
  try {
    const st = await stat(path);
    if (st.size > MAX_MESSAGE_BYTES) {
      return { origin: { type: 'file', path }, error: `file is ${st.size} bytes, over the ${MAX_MESSAGE_BYTES}-byte limit for one message` };
    }
    return { origin: { type: 'file', path }, raw: await readFile(path) };
  } catch (err) {
    return { origin: { type: 'file', path }, error: `cannot read file: ${(err as Error).message}` };
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Messages of a Maildir: cur/ and new/, then Maildir++ subfolders (.Name). */
async function* readMaildir(dir: string): AsyncGenerator<SourceItem> {
  for (const sub of ['cur', 'new']) {
    const names = (await readdir(join(dir, sub))).filter((n) => !n.startsWith('.')).sort(byName);
    for (const n of names) yield await readOne(join(dir, sub, n));
  }
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && e.name.startsWith('.'));
  for (const e of entries.sort((a, b) => byName(a.name, b.name))) {
    const p = join(dir, e.name);
    if (await isMaildir(p)) yield* readMaildir(p);
  }
}

/** A plain folder, recursively: .eml files, .mbox files and Maildir folders inside it. */
async function* readFolder(dir: string, emlOnly: boolean): AsyncGenerator<SourceItem> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!emlOnly && (await isMaildir(p))) yield* readMaildir(p);
      else yield* readFolder(p, emlOnly);
    } else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (ext === '.eml') yield await readOne(p);
      else if (!emlOnly && ext === '.mbox') yield* readMbox(p);
    }
  }
}

const FROM_LINE = /^From \S+ +\S.*\b\d{4}\s*$/; // "From sender@example Wed Sep 14 09:12:55 2016"
const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+:/;

/**
 * Splits an mbox file into messages, streaming. A "From " line separates messages only
 * where it follows a blank line (or starts the file), has the From_ shape with a year,
 * and the next line is a header: so a body line that happens to begin "From " does not
 * split a message. ">From " lines are unescaped (mboxrd).
 */
export async function* readMbox(path: string): AsyncGenerator<SourceItem> {
  let index = 0;
  let current: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  let pendingFrom: Buffer | null = null; // a From_ candidate, decided by the next line
  let prevBlank = true;
  const origin = () => ({ type: 'file' as const, path: `${path}#${index}` });
  const finish = (): SourceItem | null => {
    if (index === 0) return null;
    // the blank line before the next From_ line belongs to the mbox, not to the message
    let raw = Buffer.concat(current);
    if (raw.length && raw[raw.length - 1] === 0x0a) raw = raw.subarray(0, raw.length - 1);
    const item: SourceItem = tooBig
      ? { origin: origin(), error: `message is over the ${MAX_MESSAGE_BYTES}-byte limit` }
      : { origin: origin(), raw };
    current = [];
    size = 0;
    tooBig = false;
    return item;
  };
  const push = (line: Buffer) => {
    if (tooBig) return;
    size += line.length;
    if (size > MAX_MESSAGE_BYTES) {
      tooBig = true;
      current = [];
      return;
    }
    // mboxrd: one level of ">" quoting is removed from ">From " lines
    if (line[0] === 0x3e && /^>+From /.test(line.subarray(0, 64).toString('latin1'))) current.push(line.subarray(1));
    else current.push(line);
  };

  let rest: Buffer = Buffer.alloc(0);
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const lines = async function* () {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let i = buf.indexOf(0x0a, start); i >= 0; i = buf.indexOf(0x0a, start)) {
        yield buf.subarray(start, i + 1);
        start = i + 1;
      }
      rest = Buffer.from(buf.subarray(start));
      buf = Buffer.alloc(0);
    }
    if (rest.length) yield rest;
  };
  try {
    for await (const line of lines()) {
      if (pendingFrom) {
        const text = line.subarray(0, 200).toString('latin1');
        if (HEADER_LINE.test(text)) {
          const done = finish();
          if (done) yield done;
          index++;
          push(line);
        } else {
          push(pendingFrom); // not a separator after all: it is body text
          push(line);
        }
        pendingFrom = null;
        prevBlank = /^\r?\n$/.test(text);
        continue;
      }
      const head = line.subarray(0, 200).toString('latin1');
      if (prevBlank && head.startsWith('From ') && FROM_LINE.test(head.replace(/\r?\n$/, ''))) {
        pendingFrom = line;
        continue;
      }
      if (index === 0) {
        if (head.trim()) {
          yield { origin: { type: 'file', path }, error: 'not an mbox file: it does not start with a "From " line' };
          return;
        }
        continue;
      }
      push(line);
      prevBlank = /^\r?\n$/.test(head);
    }
    if (pendingFrom) push(pendingFrom);
    const last = finish();
    if (last) yield last;
  } catch (err) {
    yield { origin: { type: 'file', path: `${path}#${index}` }, error: `cannot read mbox: ${(err as Error).message}` };
  }
}

/**
 * Every message under the given paths, in a stable order, one at a time.
 * `emlOnly` is the parse contract's reading of a folder: *.eml files only.
 */
export async function* readPaths(paths: string[], options: { emlOnly?: boolean } = {}): AsyncGenerator<SourceItem> {
  const emlOnly = options.emlOnly ?? false;
  for (const p of paths) {
    const kind = await pathKind(p);
    if (kind === 'eml') yield await readOne(p);
    else if (kind === 'mbox') yield* readMbox(p);
    else if (kind === 'maildir' && !emlOnly) yield* readMaildir(p);
    else yield* readFolder(p, emlOnly);
  }
}

/** A short label for a source, for messages to the user. */
export function describeOrigin(o: RawMessage['origin']): string {
  return o.type === 'file' ? o.path : `${o.account}/${o.mailbox} uid ${o.uid} (uidvalidity ${o.uidValidity})`;
}
