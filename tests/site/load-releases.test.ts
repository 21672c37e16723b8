import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReleaseFile, readReleaseFiles } from '../../scripts/site/load-releases.ts';

const FRONT = `---
title: 'Otsikko {{ eleventy.version }}'
date: 2018-02-23
dateCertainty: exact
dateEvidence: '23.02.2018'
region: Pohjois-Pohjanmaa
topics: [valinnanvapaus]
summary: ''
contacts: []
places: []
mentionedDates: []
source: { file: a.txt, sha256: '${'b'.repeat(64)}' }
duplicateOf: null
---
`;

describe('parseReleaseFile', () => {
  it('takes the id from the file name, normalises a YAML date and keeps the body untouched', () => {
    const file = parseReleaseFile(`${FRONT}\nTeksti {% include "x" %}\n`, 'content/releases/001_abc.md');
    expect(file.id).toBe('001_abc');
    expect(file.frontMatter.date).toBe('2018-02-23');
    expect(file.frontMatter.title).toBe('Otsikko {{ eleventy.version }}');
    expect(file.bodyMarkdown).toBe('Teksti {% include "x" %}\n');
  });

  it('names the file when the front matter breaks the contract', () => {
    expect(() => parseReleaseFile(FRONT.replace('Pohjois-Pohjanmaa', 'Oulu'), 'content/releases/bad.md')).toThrow(
      /content\/releases\/bad\.md.*region/s,
    );
    expect(() => parseReleaseFile('---\ntitle: [unclosed\n---\n', 'content/releases/yaml.md')).toThrow(/yaml\.md/);
  });

  it.each([['a b.md'], ['a#b.md'], ['ä.md'], ['.hidden.md'], ['a?.md']])('rejects the id of %s, which would break its URL', (name) => {
    expect(() => parseReleaseFile(FRONT, `content/releases/${name}`)).toThrow(/may use only/);
  });
});

describe('readReleaseFiles', () => {
  it('reads every .md of a folder in name order and treats a missing folder as empty', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ua-releases-'));
    await writeFile(path.join(dir, 'b.md'), FRONT + 'B');
    await writeFile(path.join(dir, 'a.md'), FRONT + 'A');
    await writeFile(path.join(dir, 'notes.txt'), 'not a release');
    expect((await readReleaseFiles(dir)).map((f) => f.id)).toEqual(['a', 'b']);
    expect(await readReleaseFiles(path.join(dir, 'missing'))).toEqual([]);
  });
});
