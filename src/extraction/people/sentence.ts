/** The sentence around text[start, end), looking at most 300 characters either way. */
export const sentenceAround = (text: string, start: number, end: number): string => {
  const before = text.slice(Math.max(0, start - 300), start);
  const b = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('? '));
  const after = text.slice(end, end + 300);
  const a = after.search(/\.(?:\s|$)|\n\n|\?/);
  return before.slice(b + 1) + text.slice(start, end) + (a >= 0 ? after.slice(0, a) : after);
};
