// What a reader sees when Markdown is rendered: HTML from markdown-it, tags dropped, entities decoded.
import MarkdownIt from 'markdown-it';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

export function renderedText(markdown: string, html = false): string {
  const rendered = new MarkdownIt({ html }).render(markdown);
  return rendered
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|amp|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

export function renderedHtml(markdown: string, html = false): string {
  return new MarkdownIt({ html }).render(markdown);
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
