/** CSV writing (RFC 4180), safe for spreadsheets. Pure. */

/**
 * One cell. Captured text comes from hostile pages: a cell starting like a formula (= + - @, tab,
 * CR) is prefixed with ' so a spreadsheet shows it as text instead of running it.
 */
export function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  let s = Array.isArray(v) ? v.join(' ') : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: readonly unknown[]) => `${values.map(csvCell).join(',')}\r\n`;

export interface Column<T> {
  header: string;
  value(row: T): unknown;
}

export function csvRows<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  return rows.map((r) => csvLine(columns.map((c) => c.value(r)))).join('');
}
