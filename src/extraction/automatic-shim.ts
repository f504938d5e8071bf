import type { ParsedMessage } from '../message/types.js';
import type { Body } from './body/index.js';

/**
 * Bridge to the automatic-reply detector (src/extraction/automatic.ts, built alongside):
 * null until it exists, so extract.ts falls back to its own header check.
 */
export function detect(_msg: ParsedMessage, _body: Body): string | null {
  return null;
}
