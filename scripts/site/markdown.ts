// The one Markdown renderer for release bodies. Release text is data, never a template: it is rendered
// here and inserted as finished HTML, so "{{ }}" and "{% %}" in a release stay visible characters.
import MarkdownIt, { type Token } from 'markdown-it';
import { NAME_PLACEHOLDER } from '../ingest/data/contact-patterns.ts';
import { withoutContactBlocks } from './contact-block.ts';

/**
 * Schemes a link in a release may use. Everything else is shown as text: javascript:, vbscript:, data:,
 * file:, and relative links too, which would point into the archive's own folders and break.
 */
const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

function createRenderer(): InstanceType<typeof MarkdownIt> {
  // html: false shows any HTML in a source as text; typographer off keeps quotes as the source wrote them.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Images would load from other hosts; a release shows "!" and a plain link to the picture instead.
  md.disable('image');
  md.validateLink = (url: string): boolean => {
    // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
    const compact = [...url].filter((ch) => !isIgnoredInScheme(ch)).join('');
    // "etunimi.sukunimi@…" is a pattern the release gave, not anyone's address: never a link.
    if (/^mailto:/i.test(compact) && NAME_PLACEHOLDER.test(compact.slice(7))) return false;
    return SAFE_LINK.test(compact);
  };
  // The page's own h1 is the headline: the body's "#" and "##" are h2 under it, and no heading skips
  // a level ("###" straight after the h1 becomes h2), so the outline has no h1 → h3 jump.
  md.core.ruler.push('order_headings', (state) => {
    let previous = 1;
    for (const token of state.tokens) {
      if (token.type === 'heading_open') {
        const level = Math.min(previous + 1, Math.max(2, Number(token.tag.slice(1))));
        token.tag = `h${level}`;
        previous = level;
      } else if (token.type === 'heading_close') {
        token.tag = `h${previous}`;
      }
    }
  });
  return md;
}

/** C0/C1 controls and spaces, which browsers strip or skip when they read a URL's scheme. */
function isIgnoredInScheme(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
}

const renderer = createRenderer();

export interface RenderOptions {
  /**
   * Leave the body's own contact block ("Lisätietoja: …") out of the HTML: set when the release has
   * structured contacts, which the page shows once. The text keeps it (search finds the names).
   */
  dropContactBlock?: boolean;
}

/** Renders a release body to HTML and to plain text (for search, feeds and the data files). */
export function renderReleaseBody(markdown: string, options: RenderOptions = {}): { html: string; text: string } {
  const tokens = renderer.parse(markdown, {});
  const shown = options.dropContactBlock ? withoutContactBlocks(tokens) : tokens;
  const html = renderer.renderer.render(shown, renderer.options, {});
  return { html, text: plainText(tokens) };
}

/** Text of every block, blocks separated by a blank line, without Markdown syntax. */
function plainText(tokens: Token[]): string {
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const text = token.children
      .map((child) => {
        if (child.type === 'text' || child.type === 'code_inline') return child.content;
        if (child.type === 'softbreak' || child.type === 'hardbreak') return '\n';
        return '';
      })
      .join('')
      .trim();
    if (text) blocks.push(text);
  }
  return blocks.join('\n\n');
}
