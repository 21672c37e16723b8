// Permanent addresses: a release keeps the id the manifest recorded for it when a new source with
// the same base id (or with the same text) arrives whose file name sorts earlier.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest-cli.ts';
import { MANIFEST_FILE } from '../../scripts/ingest/manifest.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const release = (body: string) =>
  `Tampere 12.3.2018\n\nPirkanmaan johtoryhmä kokoontui\n\n${body}\n\nLisätietoja:\nMatti Meikäläinen, muutosjohtaja, 040 123 4567\n`;
const FIRST = release(
  'Pirkanmaan maakunta- ja sote-uudistuksen johtoryhmä käsitteli kokouksessaan palvelustrategian luonnosta. Luonnos lähtee kuntiin lausunnolle huhtikuussa, ja lausunnot pyydetään toukokuun loppuun mennessä.',
);
const SECOND = release(
  'Pirkanmaan johtoryhmä hyväksyi henkilöstön siirtoa koskevan aiesopimuksen. Sopimus koskee noin 11 000 työntekijää, jotka siirtyvät kunnista ja kuntayhtymistä maakunnan palvelukseen.',
);

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-ids-'));
  temps.push(dir);
  const sources = join(dir, 'sources');
  const out = join(dir, 'out');
  mkdirSync(sources);
  const run = () => runIngest({ sources, out, force: false, rulesHash: 'rules-1', log: () => {} });
  const snapshot = () =>
    Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  const sourceOf = (output: string) => (matter(readFileSync(join(out, output), 'utf8')).data as { source: { file: string } }).source.file;
  return { sources, out, run, snapshot, sourceOf };
}

describe('ingest: permanent ids', () => {
  it('a new source sorting earlier with the same base id gets the next suffix; the old release keeps its id', () => {
    const ws = workspace();
    writeFileSync(join(ws.sources, 'm.txt'), FIRST);
    ws.run();
    const [first] = Object.keys(ws.snapshot()).filter((f) => f.endsWith('.md'));
    expect(first).toBe('2018-03-12-pirkanmaa-johtoryhma-kokoontui.md');

    writeFileSync(join(ws.sources, 'a.txt'), SECOND);
    const summary = ws.run();
    expect(summary).toMatchObject({ processed: 1, written: 1, unchanged: 1, removed: 0 });
    expect(ws.sourceOf('2018-03-12-pirkanmaa-johtoryhma-kokoontui.md')).toBe('m.txt');
    expect(ws.sourceOf('2018-03-12-pirkanmaa-johtoryhma-kokoontui-2.md')).toBe('a.txt');

    // Same input and manifest: the same bytes, manifest included.
    const before = ws.snapshot();
    expect(ws.run()).toMatchObject({ processed: 0, written: 0, removed: 0 });
    expect(ws.snapshot()).toEqual(before);
    expect(Object.keys(before)).toContain(MANIFEST_FILE);
  });

  it('a new source repeating a published release becomes its duplicate, not the other way round', () => {
    const ws = workspace();
    writeFileSync(join(ws.sources, 'm.txt'), FIRST);
    ws.run();
    writeFileSync(join(ws.sources, 'a-kaupunki.txt'), `Etusivu > Uutiset\n\n${FIRST}\nJaa Facebookissa\n`);
    ws.run();
    const outputs = Object.keys(ws.snapshot()).filter((f) => f.endsWith('.md'));
    const data = (f: string) => matter(readFileSync(join(ws.out, f), 'utf8')).data as { duplicateOf: string | null; source: { file: string } };
    const canonical = outputs.find((f) => data(f).source.file === 'm.txt') as string;
    const copy = outputs.find((f) => data(f).source.file === 'a-kaupunki.txt') as string;
    expect(canonical).toBe('2018-03-12-pirkanmaa-johtoryhma-kokoontui.md');
    expect(data(canonical).duplicateOf).toBeNull();
    expect(data(copy).duplicateOf).toBe('2018-03-12-pirkanmaa-johtoryhma-kokoontui');
    // And it stays so on the next run with the same input.
    const before = ws.snapshot();
    ws.run();
    expect(ws.snapshot()).toEqual(before);
  });
});
