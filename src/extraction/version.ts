/** Recorded with every extraction. Bump when a rule changes what is extracted, so `lhs reparse` can tell. */
export const PARSER_VERSION = 'lhs-extract/0.58.0';
