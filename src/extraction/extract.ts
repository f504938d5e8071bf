import type { ParsedMessage } from '../message/types.js';
import type { Extraction, Trust } from './types.js';

/** Trusts prepared once for matching (normalised names, acronyms, domains). */
export interface TrustIndex {
  trusts: Trust[];
}

export function buildTrustIndex(trusts: Trust[]): TrustIndex {
  return { trusts };
}

/** The extraction stage: pure, text in, result out. */
export function extract(msg: ParsedMessage, _index: TrustIndex): Extraction {
  const auto =
    /^auto-(replied|generated|notified)/i.test(msg.headers['auto-submitted']?.[0] ?? '') ||
    msg.contentType === 'multipart/report';
  return {
    kind: auto ? 'auto_reply' : 'unrelated',
    trust: null,
    trustCandidates: [],
    nominees: [],
    needsReview: true,
    reasons: ['extraction not yet built'],
    supersedes: false,
    replyText: msg.text ?? '',
    signature: null,
  };
}
