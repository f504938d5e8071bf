import { capitalised, isNotName, NHSMAIL_PERSON, POST_NOMINALS, readNameAt, type NameRead } from '../names.js';
import { ROLE_WORDS } from './jobTitles.js';

/** The person a field, cell or phrase starts with, in any of the ways a name is written there. */
export function personIn(value: string, offset: number, confirmed?: ReadonlySet<string>): NameRead | null {
  const v = value.replace(/^\s+/, '');
  const shift = value.length - v.length;
  const nhsmail = new RegExp(NHSMAIL_PERSON.source, 'u').exec(v);
  if (nhsmail && nhsmail.index === 0 && !POST_NOMINALS.test(nhsmail[1]!) && !nhsmail[2]!.split(/[ -]/).some(isNotName) && !nhsmail[1]!.split(/[ \t]+/).some(isNotName)) {
    const first = nhsmail[2]!;
    const last = capitalised(nhsmail[1]!.replace(/[ \t]+/g, ' '));
    return { name: `${first} ${last}`, bare: [...first.split(/[ -]/), ...last.split(' ')], start: offset + shift, end: offset + shift + nhsmail[0].length, hasTitle: false };
  }
  // "HUSSAIN Imran": the NHSmail directory's order without the comma
  // "LIM Jun Wei": two given names after the surname
  const caps = /^(\p{Lu}{2,}(?:['’-]\p{Lu}+)*)[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+(\p{Lu}\p{Ll}+))?(?=[\s,;(<]|$)/u.exec(v);
  if (caps && !isNotName(caps[1]!) && !isNotName(caps[2]!) && !POST_NOMINALS.test(caps[1]!) && caps[1]!.length <= 20) {
    const last = capitalised(caps[1]!);
    const given = caps[3] && !isNotName(caps[3]) ? [caps[2]!, caps[3]] : [caps[2]!];
    const end = given.length === 2 ? caps[0].length : caps[1]!.length + v.slice(caps[1]!.length).indexOf(caps[2]!) + caps[2]!.length;
    return { name: `${given.join(' ')} ${last}`, bare: [...given, last], start: offset + shift, end: offset + shift + end, hasTitle: false };
  }
  // "Raman, Priya" filling a whole cell or field: surname first, as a list of staff writes it
  const sf = /^(?:(Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?(\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)?),[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)\s*$/u.exec(v.slice(0, 80));
  if (sf && v.length <= 80 && ![sf[2]!, ...sf[3]!.split(/[ \t]/)].some(isNotName)) {
    const given = sf[3]!.split(/[ \t]+/);
    return { name: `${sf[1] ? sf[1] + ' ' : ''}${given.join(' ')} ${sf[2]}`, bare: [...given, sf[2]!], start: offset + shift, end: offset + shift + sf[0].trimEnd().length, hasTitle: !!sf[1] };
  }
  const r = readNameAt(v, 0, { confirmed });
  return r ? { ...r, start: r.start + offset + shift, end: r.end + offset + shift } : null;
}

/**
 * What follows a name on its line leaves it a line about that person: nothing, or their job
 * after a comma ("Dr X, Lead Clinical Physiologist"), as in a pasted contact block.
 */
export function nameHeadsLine(restOfLine: string): boolean {
  const rest = restOfLine.trim();
  return rest === '' || (/^,\s*[^,@\d]{3,80}$/.test(rest) && ROLE_WORDS.test(rest));
}
