// Checks every link of a built site without a browser: each href/src in every HTML page and feed
// must resolve to a file of the build (a folder link must name its index.html), each #fragment to an
// id in its target page, and nothing the page loads (src, stylesheet) may come from another host.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ATTRIBUTE = /<([a-z][a-z0-9]*)\b[^>]*?\s(href|src)="([^"]*)"/gi;
const ID = /\sid="([^"]+)"/g;

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function checkLinks(dist: string): { checked: number; pages: number; broken: BrokenLink[] } {
  const files = (readdirSync(dist, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') || f.endsWith('.xml'));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1]!)));
      idCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of files) {
    const pageFile = path.join(dist, page);
    const html = readFileSync(pageFile, 'utf8');
    const base = new URL(`file://${pageFile}`);
    for (const match of html.matchAll(ATTRIBUTE)) {
      const [, tag, attribute, raw] = match as unknown as [string, string, string, string];
      const link = decodeEntities(raw);
      checked++;
      const fail = (problem: string): void => void broken.push({ page, link, problem });
      const loadsResource = attribute === 'src' || tag.toLowerCase() === 'link' && /rel="stylesheet"/.test(match[0]);
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) {
        if (loadsResource) fail('a resource from another host');
        else if (/^(javascript|vbscript|data):/i.test(link)) fail('an unsafe scheme');
        continue;
      }
      if (link.startsWith('/')) {
        fail('root-relative (breaks under a sub-path and on file://)');
        continue;
      }
      const target = new URL(link, base);
      const targetFile = decodeURIComponent(target.pathname);
      if (link !== '' && !link.startsWith('#') && (targetFile.endsWith('/') || !existsSync(targetFile))) {
        fail(targetFile.endsWith('/') ? 'a folder link without index.html' : 'no such file');
        continue;
      }
      if (existsSync(targetFile) && statSync(targetFile).isDirectory()) {
        fail('a folder link without index.html');
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
        fail(`no id "${fragment}" in the target page`);
      }
    }
  }
  return { checked, pages: files.length, broken };
}
