// RFC 4180 CSV, UTF-8, CRLF between records, every field quoted, with OWASP's rule against formula
// injection: a spreadsheet must never run a cell of release text as a formula.

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: quoted, quotes doubled. A value starting with = + - @ tab or CR gets a leading
 * apostrophe so spreadsheets show it as text ("=HYPERLINK(…)" → "'=HYPERLINK(…)"). Examples:
 *   'Päijät-Häme' → '"Päijät-Häme"', 'sanoo "x"' → '"sanoo ""x"""', '-5' → '"\'-5"', null → '""'.
 */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',');
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map(csvRecord).join('\r\n') + '\r\n';
}
