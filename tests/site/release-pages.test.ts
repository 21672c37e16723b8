// The release-pages plugin's own logic, with a stand-in template environment: which files it writes,
// what it hands each template, and what it reports. The real templates are covered end to end.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../../scripts/site/archive.ts';
import releasePages, { RELEASE_CONTENT_TEMPLATE, RELEASE_LAYOUT } from '../../scripts/site/release-pages.ts';
import { releaseFile } from './helpers.ts';

type Listener = (arg: never) => unknown;

/** Registers the plugin on a stand-in config and returns its event listeners. */
function register(render: (name: string, context: Record<string, unknown>) => string) {
  const listeners = new Map<string, Listener>();
  const archive = buildArchive([
    releaseFile('a', { date: '2018-01-01' }),
    releaseFile('b', { date: '2019-01-01', region: null }),
    releaseFile('c', { date: '2017-01-01', duplicateOf: 'a' }),
  ]);
  releasePages({ on: (event: string, listener: Listener) => void listeners.set(event, listener) } as never, {
    archive: () => Promise.resolve(archive),
    globals: { site: { name: 'Uudistusarkisto' } },
  });
  const env = { render };
  (listeners.get('eleventy.engine.njk') as (arg: { environment: typeof env }) => void)({ environment: env });
  const after = listeners.get('eleventy.after') as (arg: object) => Promise<void>;
  return { archive, after };
}

let out: string | null = null;
afterEach(async () => {
  if (out) await rm(out, { recursive: true, force: true });
  out = null;
});

describe('release pages plugin', () => {
  it('writes one page per published release: its content template inside the layout', async () => {
    out = await mkdtemp(path.join(tmpdir(), 'release-pages-'));
    const calls: [string, Record<string, unknown>][] = [];
    const { after } = register((name, context) => {
      calls.push([name, context]);
      const r = context.release as { id: string };
      return name === RELEASE_LAYOUT ? `<main>${String(context.content)}</main>` : `body of ${r.id}`;
    });
    const results: { outputPath: string; url: string }[] = [{ outputPath: 'x', url: '/x/' }];
    await after({ directories: { output: `${out}/` }, outputMode: 'fs', results });

    expect(await readFile(path.join(out, 'tiedotteet/a/index.html'), 'utf8')).toBe('<main>body of a\n</main>');
    expect(await readFile(path.join(out, 'tiedotteet/b/index.html'), 'utf8')).toBe('<main>body of b\n</main>');
    // The duplicate has no page of its own.
    await expect(readFile(path.join(out, 'tiedotteet/c/index.html'), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(results.map((r) => r.url)).toEqual(['/x/', '/tiedotteet/b/', '/tiedotteet/a/']);

    // Pages may be rendered in any order; each release's content template comes before its layout.
    const [name, context] = calls.find(([, c]) => (c.release as { id: string }).id === 'b')!;
    expect(name).toBe(RELEASE_CONTENT_TEMPLATE);
    expect(context).toMatchObject({ site: { name: 'Uudistusarkisto' }, page: { url: '/tiedotteet/b/' }, feedPath: null });
    expect(context.archive).toHaveProperty('links');
  });

  it('writes nothing when Eleventy is not writing files (--to=json)', async () => {
    let rendered = 0;
    const { after } = register(() => String(++rendered));
    await after({ directories: { output: '/nonexistent/' }, outputMode: 'json', results: [] });
    expect(rendered).toBe(0);
  });

  it('names the release whose page failed', async () => {
    out = await mkdtemp(path.join(tmpdir(), 'release-pages-'));
    const { after } = register((_name, context) => {
      if ((context.release as { id: string }).id === 'a') throw new Error('unknown filter');
      return '';
    });
    await expect(after({ directories: { output: out }, outputMode: 'fs', results: [] })).rejects.toThrow(
      'release page of a: unknown filter',
    );
  });
});
