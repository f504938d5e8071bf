// A contact card (.vcf, vCard 2.1 as Outlook writes it, 3.0 and 4.0) as labelled lines the
// extraction stage reads like a reply form: "Name: ...", "Job title: ...", "Email: ...".

/** One property of a card: its name, parameters (upper case) and value. */
interface Property {
  name: string;
  params: string[];
  value: string;
}

/** Lines unfolded (a line that starts with a space or tab continues the one before; 2.1 quoted-printable ends a line with "="). */
function unfold(card: string): string[] {
  return card
    .replace(/\r\n?/g, '\n')
    .replace(/=\n/g, '')
    .replace(/\n[ \t]/g, '')
    .split('\n');
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  try {
    return new TextDecoder(charset || 'utf-8').decode(Uint8Array.from(bytes));
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}

function properties(card: string): Property[] {
  const out: Property[] = [];
  for (const line of unfold(card)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const [rawName, ...params] = line.slice(0, colon).split(';');
    // "item1.EMAIL" (Apple's grouping): the group is not part of the name
    const name = rawName!.replace(/^[^.]*\./, '').toUpperCase();
    const upper = params.map((p) => p.toUpperCase());
    let value = line.slice(colon + 1);
    if (upper.some((p) => p === 'QUOTED-PRINTABLE' || p === 'ENCODING=QUOTED-PRINTABLE')) {
      value = decodeQuotedPrintable(value, /^CHARSET=(.+)$/.exec(upper.find((p) => p.startsWith('CHARSET=')) ?? '')?.[1]?.toLowerCase() ?? 'utf-8');
    }
    // 3.0 and 4.0 escape commas, semicolons and newlines in text values
    out.push({ name, params: upper, value: value.replace(/\\n/gi, ' ').replace(/\\([,;\\])/g, '$1').trim() });
  }
  return out;
}

/** Kinds of number that are no way to call the person. */
const NOT_A_PHONE = /\b(?:FAX|PAGER)\b/;

/** The cards in a .vcf file as labelled lines, one block per card; '' when it holds none. */
export function vcardText(file: string): string {
  const blocks: string[] = [];
  for (const card of file.split(/^BEGIN:VCARD[ \t]*$/im).slice(1)) {
    const props = properties(card.split(/^END:VCARD/im)[0]!);
    const first = (n: string) => props.find((p) => p.name === n)?.value ?? '';
    // FN is the name as its owner writes it; N (surname;given;middle;prefix;suffix) where FN is missing
    const n = first('N').split(';');
    const name = first('FN') || [n[3], n[1], n[2], n[0], n[4]].filter((w) => w?.trim()).join(' ');
    const lines = [
      name && `Name: ${name}`,
      first('TITLE') && `Job title: ${first('TITLE')}`,
      first('ORG') && `Organisation: ${first('ORG').split(';').filter(Boolean).join(', ')}`,
      ...props.filter((p) => p.name === 'EMAIL' && p.value).map((p) => `Email: ${p.value.replace(/^mailto:/i, '')}`),
      ...props.filter((p) => p.name === 'TEL' && p.value && !p.params.some((x) => NOT_A_PHONE.test(x))).map((p) => `Telephone: ${p.value.replace(/^tel:/i, '')}`),
    ].filter(Boolean);
    if (lines.length) blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
