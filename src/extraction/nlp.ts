import { createRequire } from 'node:module';

/** The part of compromise used here. */
type Nlp = (text: string) => { people: () => { out: (format: 'array') => string[] } };

const require = createRequire(import.meta.url);
let nlp: Nlp | undefined;

/** Longest window handed to compromise: it is slow on long text (seconds on one 256 KB line). */
export const NLP_WINDOW = 500;

/**
 * Person names compromise tags in a short window of text. A second opinion only: its tagging
 * leans on a list of first names and misses many names common among NHS staff, so the rules
 * in people/ come first and a name found only here is always sent for review. Loaded on
 * first use (about half a second), since most replies never need it.
 */
export function peopleByNlp(text: string): string[] {
  nlp ??= require('compromise') as Nlp;
  return nlp(text.slice(0, NLP_WINDOW))
    .people()
    .out('array')
    .map((s) => s.replace(/[.,;:]+$/, '').trim())
    .filter((s) => s.split(/\s+/).length >= 2);
}
