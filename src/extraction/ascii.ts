/**
 * V8 runs a case-insensitive Unicode regex (flags `iu`) about ten times slower than the same
 * pattern with `i` alone. On text that is all ASCII the two match alike once the Unicode
 * letter classes are spelt in ASCII (under `iu`, \p{Lu} matches either case, as [A-Z] does
 * under `i`; \p{L} is [A-Za-z]), so a rule can use an ASCII twin of its pattern there.
 */

const NON_ASCII = /[^\x00-\x7f]/;

export const isAscii = (s: string): boolean => !NON_ASCII.test(s);

/** The `i` twin of an `iu` pattern, for ASCII text only. */
export function asciiTwin(re: RegExp): RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u')) throw new Error(`asciiTwin: ${re} is not a case-insensitive Unicode pattern`);
  const source = re.source.replace(/\\p\{L\}/g, '[A-Za-z]').replace(/\\p\{Lu\}/g, '[A-Z]');
  // a non-ASCII character in the pattern may match an ASCII one under `iu` (ſ matches s): not twinned
  if (/\\[pPu]\{|\\u[0-9a-fA-F]{4}|[^\x00-\x7f]/.test(source)) throw new Error(`asciiTwin: ${re} has Unicode classes or characters the twin does not spell`);
  return new RegExp(source, re.flags.replace('u', ''));
}

/** re.test(text), through the ASCII twin where the text allows. */
export function testIu(re: RegExp, twin: RegExp, text: string): boolean {
  return (isAscii(text) ? twin : re).test(text);
}

