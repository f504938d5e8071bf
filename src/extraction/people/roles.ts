import type { Role } from '../types.js';

export const LHS = /\b(?:lead\s+healthcare\s+scientists?|LHSs?)\b/i;

/** Someone's assistant, as a regular-expression group: "PA", "secretary", "executive assistant". */
export const ASSISTANT = String.raw`(?:PA|EA|secretary|personal\s+assistant|executive\s+assistant|administrator|admin\s+support)`;

/**
 * A value that is only a place in the LHS network ("Lead Healthcare Scientist", "Deputy",
 * "Deputy LHS", "Joint lead"): the role it sets, never a job title.
 */
export function lhsRoleValue(value: string): Role | null {
  // "Deputy (Harefield site)", "Lead Healthcare Scientist (interim)": a qualifier in brackets is no part of the role
  const v = value.trim().replace(/[.:;,]+$/, '').replace(/\s+/g, ' ').replace(/\s*\((?!\s*(?:deputy|joint|lead)\s*\))[^()]{1,40}\)$/i, '');
  if (v.length > 60) return null;
  const m = /^(?:the\s+)?(?:(?:trust|nominated|proposed)\s+)?(?:(deputy|joint|co-?)(?:\s*[-/]?\s*)(?:lead\s+)?)?(lead\s+healthcare\s+scientists?|LHS|lead)?(?:\s*\(?\s*(deputy|joint|lead)\s*\)?)?$/i.exec(v);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const word = `${m[1] ?? ''} ${m[3] ?? ''}`.toLowerCase();
  return /deputy/.test(word) ? 'deputy' : /joint|co/.test(word) ? 'joint' : 'lead';
}

/** A job title that is only the LHS role ("Lead Healthcare Scientist", "Deputy") is no job title. */
export const notRole = (t: string | null | undefined): string | null => (t && !lhsRoleValue(t) ? t : null);
