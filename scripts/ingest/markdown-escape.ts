// Release text → Markdown that renders as exactly that text: nothing in it may become markup,
// HTML or template code (Eleventy may run Markdown through Liquid/Nunjucks first).

// Inline-active everywhere: code, emphasis, links, HTML, tables, strikethrough, headings' closing
// #, template braces. A backslash before ASCII punctuation is a CommonMark escape.
const INLINE_ACTIVE = /[\\`*_[\]<>|~#{}]/g;
// "&amp;"-style references would render as the character they name.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
// "{%" and "%}" survive brace escaping as "\{%" and "%\}", so the percent sign is escaped too.
const TEMPLATE_PERCENT = /(?<=\{)%|%(?=\\\})/g;

/** Escapes one line of text for use inside a Markdown paragraph, heading or list item. */
export function escapeMarkdownLine(text: string): string {
  const inline = text.replace(INLINE_ACTIVE, '\\$&').replace(TEMPLATE_PERCENT, '\\%').replace(ENTITY, '\\&');
  return escapeLineStart(inline);
}

// What only matters at the start of a line: block quotes and headings are already escaped (> #);
// list markers, thematic breaks, setext underlines and ordered-list numbers are not.
function escapeLineStart(line: string): string {
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
