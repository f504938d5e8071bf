import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A phone number as the register prints it: UK numbers in national format
 * ("020 7946 0000", "020 7946 0000 ext. 1234"), others in international format; text that
 * is not a phone number stays as written.
 */
export function formatPhone(text: string | null): string {
  if (!text || !text.trim()) return '';
  const n = parsePhoneNumberFromString(text, 'GB');
  if (!n || !n.isPossible()) return text.trim();
  const ext = n.ext ? ` ext. ${n.ext}` : '';
  if (n.country === 'GB' || (!n.country && n.countryCallingCode === '44')) {
    const plain = parsePhoneNumberFromString(n.number);
    return (plain ?? n).formatNational() + ext;
  }
  const plain = parsePhoneNumberFromString(n.number);
  return (plain ?? n).formatInternational() + ext;
}
