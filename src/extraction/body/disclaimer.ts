/**
 * Legal footers and mail-system boilerplate. A paragraph is a disclaimer when it shows two
 * or more of these marks (one alone, e.g. "confidential", is ordinary prose), or one of the
 * marks that only footers use.
 */
const MARKS: RegExp[] = [
  /\bconfidential/i,
  /\bprivileged\b/i,
  /\bintended (?:solely |only )?for\b|\bintended recipient|\bnamed recipient|\bthe addressee\b/i,
  /\b(?:received|sent) (?:this|it|the message)(?: (?:e-?mail|message))? (?:in error|by mistake)|reached you by mistake|\bnot the (?:intended|person it was meant)/i,
  /\b(?:do|must) not (?:use|disclose|copy|read|forward|distribute)|\bcopy(?:ing)?,? (?:or )?distribut|\bdisclos(?:e|ure),? cop(?:y|ying)/i,
  /\baccepts? no (?:liability|responsibility)|\bcannot accept (?:liability|responsibility)|\bdoes not accept liability/i,
  /\bviews (?:or opinions )?(?:expressed|presented)|\bdo not necessarily represent/i,
  /\bvirus(?:es)?\b/i,
  /\bmonitor(?:ed|s)? (?:e-?mail|traffic|messages)|\be-?mail traffic/i,
  /\bdisclaimer\b/i,
  /\bunlawful\b|\bstrictly prohibited\b/i,
  /\bFreedom of Information\b/i,
];

const SOLE_MARKS: RegExp[] = [
  /\bNHSmail is (?:the|approved)|portal\.nhs\.net|switch to NHSmail/i,
  /\bconsider the environment before printing/i,
  /\b(?:unsubscribe|stop receiving (?:these |our )?(?:updates|e-?mails))\b/i,
  /\bThis (?:e-?mail|message) (?:originated|came) from outside\b/i,
  /^\s*Thank you for your (?:co-?operation|understanding)\.?\s*$/i, // the closing line of many NHS footers
];

export function isDisclaimer(paragraph: string): boolean {
  if (SOLE_MARKS.some((re) => re.test(paragraph))) return true;
  let marks = 0;
  for (const re of MARKS) if (re.test(paragraph) && ++marks >= 2) return true;
  return false;
}

/** A line that is only decoration or client boilerplate: no words of the sender's. */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return (
    /^[*_=~#-]{5,}$/.test(t) || // rules drawn between text and footer
    /^\[cid:[^\]]{1,200}\]$/i.test(t) || // inline images in Outlook's plain part
    /^\[[^\]]{0,100}\b(?:image|logo|cid:|description:|banner|icon)[^\]]{0,100}\]$/i.test(t) || // "[Trust logo]", "[Description: cid:...]"
    /^(?:Sent from my \S[^\n]{0,40}|Sent from (?:Outlook|Mail|Yahoo Mail|AOL Mobile Mail|Samsung)\b[^\n]{0,60}|Get Outlook for (?:iOS|Android)\b[^\n]{0,40}|Sent via [^\n]{1,40})$/i.test(t)
  );
}

function hasMark(line: string): boolean {
  return MARKS.some((re) => re.test(line)) || SOLE_MARKS.some((re) => re.test(line));
}

/**
 * Removes disclaimers and boilerplate lines. Within a paragraph (lines between blank lines)
 * the footer is cut from its first marked line on, so a signature written directly above a
 * disclaimer, with no blank line between, stays.
 */
export function removeDisclaimers(text: string): string {
  const kept: string[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    let lines = paragraph.split('\n').filter((l) => !isBoilerplateLine(l));
    if (isDisclaimer(lines.join('\n'))) {
      const from = lines.findIndex((l, k) => hasMark(l) && isDisclaimer(lines.slice(k).join('\n')));
      lines = lines.slice(0, Math.max(0, from));
    }
    if (lines.some((l) => l.trim() !== '')) kept.push(lines.join('\n'));
  }
  return kept.join('\n\n');
}
