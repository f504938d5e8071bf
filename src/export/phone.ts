import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const cache = new Map<string, string>(); // a trust's switchboard number comes up again and again

/**
 * A phone number as the register prints it: UK numbers in national format
 * ("020 7946 0000", "020 7946 0000 ext. 1234"), others in international format; text that
 * is not a phone number stays as written.
 */
export function formatPhone(text: string | null): string {
  if (!text || !text.trim()) return '';
  let out = cache.get(text);
  if (out === undefined) {
    out = format(text);
    cache.set(text, out);
  }
  return out;
}

function format(text: string): string {
  const n = parsePhoneNumberFromString(text, 'GB');
  if (!n || !n.isPossible()) return text.trim();
  const uk = n.country === 'GB' || (!n.country && n.countryCallingCode === '44');
  const body = uk ? n.formatNational() : n.formatInternational();
  // libphonenumber writes the extension as " x1234"; the register spells it out
  return n.ext ? body.replace(/\s*(?:x|ext\.?)\s*\d+$/, '') + ` ext. ${n.ext}` : body;
}
