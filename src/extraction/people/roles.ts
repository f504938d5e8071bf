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

/**
 * After "agreed to act" or "agreed to be": not when what follows is another office ("as our point
 * of contact", "our link for the network"), as a regular-expression look-ahead.
 */
export const NOT_A_CONTACT_ROLE = String.raw`(?!(?:\s+as)?\s+(?:our|a|an|the)\s+(?:[\w-]+\s+){0,2}(?:point\s+of\s+contact|contact|link|liaison|representative)\b)`;

/** "the role will be taken by", "the role be held jointly by": the role the letter asks about, given in the passive. */
export const THE_ROLE_PASSIVE = String.raw`\b(?:the|this)\s+role\s+(?:will\s+be|is\s+to\s+be|has\s+been|be)\s+(?:taken(?:\s+on|\s+up)?|filled|undertaken|assumed|shared|held|covered)\s+(?:jointly\s+)?`;

