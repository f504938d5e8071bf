import type { RegisterEntry } from '../reconcile/types.js';
import { formatPhone } from './phone.js';

/** One exported person. Field order is the CSV column order. */
export interface ExportRow {
  ods: string;
  trustName: string;
  role: string;
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  replyDate: string;
  messageId: string;
  confirmedBy: string;
  confirmedAt: string;
}

export const EXPORT_COLUMNS: { key: keyof ExportRow; header: string }[] = [
  { key: 'ods', header: 'ODS code' },
  { key: 'trustName', header: 'Trust name' },
  { key: 'role', header: 'Role' },
  { key: 'name', header: 'Name' },
  { key: 'jobTitle', header: 'Job title' },
  { key: 'email', header: 'E-mail' },
  { key: 'phone', header: 'Phone' },
  { key: 'replyDate', header: 'Reply date' },
  { key: 'messageId', header: 'Source Message-ID' },
  { key: 'confirmedBy', header: 'Confirmed by' },
  { key: 'confirmedAt', header: 'Confirmed at' },
];

// The date a reply was sent, as staff in England read it (a reply at 00:30 BST is that day, not the one before).
const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const days = new Map<string, string>(); // each reply's date is asked for once per person it names
export function replyDay(iso: string | null): string {
  if (!iso) return '';
  let day = days.get(iso);
  if (day === undefined) {
    const d = new Date(iso);
    day = Number.isNaN(d.getTime()) ? '' : londonDate.format(d);
    days.set(iso, day);
  }
  return day;
}

/**
 * The register as export rows, in a stable order: ODS code, then role (lead, joint, deputy),
 * then name. `trustNames` maps ODS codes to the current name in the trust list.
 */
export function exportRows(register: Map<string, RegisterEntry[]>, trustNames: Map<string, string>): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const ods of [...register.keys()].sort()) {
    for (const e of register.get(ods)!) {
      rows.push({
        ods,
        trustName: trustNames.get(ods) ?? '',
        role: e.nominee.role,
        name: e.nominee.name,
        jobTitle: e.nominee.jobTitle ?? '',
        email: (e.nominee.email ?? '').toLowerCase(),
        phone: formatPhone(e.nominee.phone),
        replyDate: replyDay(e.replyDate),
        messageId: e.messageId ?? '',
        confirmedBy: e.confirmedBy,
        confirmedAt: e.confirmedAt,
      });
    }
  }
  return rows;
}
