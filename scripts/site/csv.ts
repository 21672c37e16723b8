// RFC 4180 CSV: every field quoted when it must be, CRLF between records, UTF-8.

/** Quotes a field when it holds a comma, a quote, CR or LF (and at the ends a space); quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',');
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map(csvRecord).join('\r\n') + '\r\n';
}
