// The labels of a fixtures folder (NAME.eml + NAME.json, see shared/docs/parse-contract.md),
// keyed by the Message-ID of each .eml, with its Date header: what staff would decide.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelNominee {
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  role: 'lead' | 'deputy' | 'joint';
}

export interface Label {
  file: string;
  messageId: string;
  date: string; // ISO, from the Date header
  kind: string;
  trust: string | null;
  nominees: LabelNominee[];
  supersedes: boolean;
}

/** Reads one header of the top-level header block (unfolded). */
function header(eml: string, name: string): string | null {
  const head = eml.split(/\r?\n\r?\n/, 1)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head);
  return m ? m[1]!.trim() : null;
}

export function loadLabels(dir: string): Label[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const eml = readFileSync(join(dir, f), 'latin1');
      const label = JSON.parse(readFileSync(join(dir, f.replace(/\.eml$/, '.json')), 'utf8')) as Omit<Label, 'file' | 'messageId' | 'date'>;
      const messageId = header(eml, 'message-id');
      const date = header(eml, 'date');
      if (!messageId || !date) throw new Error(`${f}: no Message-ID or Date header`);
      return { ...label, file: f, messageId, date: new Date(date).toISOString() };
    });
}
