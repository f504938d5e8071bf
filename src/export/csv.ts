import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted where needed, UTF-8 (with a BOM for Excel if
 * asked). Cells that begin with =, +, -, @, tab or CR get a leading ' so a spreadsheet does not
 * run them as formulas (OWASP CSV injection; csv-stringify >= 6.6.0 covers the known bypasses).
 */
export function toCsv<T extends object>(rows: T[], columns: { key: keyof T & string; header: string }[], opts: { excel?: boolean } = {}): string {
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: 'windows',
    escape_formulas: true,
    bom: opts.excel ?? false,
  });
}
