// A release as a BibTeX (biblatex-compatible) @misc entry, UTF-8. Release text is escaped so that no
// title can open or close a group or start a command.
import { ARCHIVE_NAME, type CitationFacts, oneLine } from './facts.ts';

/** BibTeX's special characters and how to write each as text. */
const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '$': '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  '_': '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}$&%#_^~]/g, (ch) => ESCAPES[ch]!);
}

/** biblatex language names for the release languages. */
const LANGUAGE: Record<string, string> = { fi: 'finnish', sv: 'swedish' };

/** E.g. "@misc{uudistusarkisto-000_x, title = {…}, author = {{Pirkanmaa}}, date = {2018-09-14}, …}". */
export function bibtexEntry(facts: CitationFacts): string {
  const fields: [string, string][] = [['title', bibtexText(facts.title)]];
  // Double braces: a corporate author, never split into first and last names.
  if (facts.author) fields.push(['author', `{${bibtexText(facts.author)}}`]);
  if (facts.date) {
    fields.push(['date', facts.date], ['year', facts.date.slice(0, 4)], ['month', String(Number(facts.date.slice(5, 7)))]);
  }
  fields.push(['howpublished', 'Tiedote'], ['organization', ARCHIVE_NAME]);
  if (facts.url) fields.push(['url', facts.url]);
  fields.push(['language', LANGUAGE[facts.lang] ?? facts.lang]);
  if (facts.topics.length) fields.push(['keywords', bibtexText(facts.topics.join(', '))]);
  if (facts.notes.length) fields.push(['note', bibtexText(facts.notes.join('. '))]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{uudistusarkisto-${facts.id},\n${body}\n}\n`;
}
