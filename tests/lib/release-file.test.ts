// Front matter typed by a person must not change meaning: dates stay strings and the schema judges
// them, naming the field.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../scripts/lib/front-matter.ts';
import { releaseFileProblems } from '../../scripts/lib/release-file.ts';

const release = (date: string, extra = '') => `---
title: Otsikko
date: ${date}
dateCertainty: exact
dateEvidence: '23.02.2018'
region: Pohjois-Pohjanmaa
topics: []
summary: ''
contacts: []
places: []
mentionedDates: []
source: { file: a.txt, sha256: '${'b'.repeat(64)}' }
duplicateOf: null
${extra}---

Teksti
`;

describe('dates typed by hand', () => {
  it.each([
    ['an unquoted calendar day is fine', '2018-02-23', []],
    ['a quoted one too', "'2018-02-23'", []],
    ['month 13', '2018-13-45', [{ field: 'date', reason: 'not a calendar date' }]],
    ['30 February (YAML 1.1 would publish 2 March)', '2018-02-30', [{ field: 'date', reason: 'not a calendar date' }]],
    ['a timestamp with an offset (YAML 1.1 would publish the day before)', '2018-02-23T00:30:00+02:00', [{ field: 'date', reason: 'expected a date as YYYY-MM-DD' }]],
    ['a timestamp in UTC', '2018-02-23 10:00:00Z', [{ field: 'date', reason: 'expected a date as YYYY-MM-DD' }]],
    ['a bare number', '20180223', [{ field: 'date', reason: expect.stringMatching(/expected string, received number/) }]],
    ['a Finnish date', '23.2.2018', [{ field: 'date', reason: 'expected a date as YYYY-MM-DD' }]],
  ])('%s', (_name, date, expected) => {
    expect(releaseFileProblems(release(date), 'x.md')).toEqual(expected);
  });

  it('reports every problem of a file, not only the first', () => {
    const text = release('2018-02-30', 'retired: yes\n').replace('region: Pohjois-Pohjanmaa', 'region: Atlantis');
    expect(releaseFileProblems(text, 'x.md').map((p) => p.field)).toEqual(['date', 'region', 'retired']);
  });

  it.each([
    ['no front matter', 'Otsikko\n\nTeksti\n', /^no front matter/],
    ['broken YAML', '---\ntitle: [\n---\n', /^front matter is not valid YAML: /],
    ['a duplicated key', '---\ntitle: a\ntitle: b\n---\n', /^front matter is not valid YAML: duplicated mapping key/],
  ])('%s is one problem naming the file', (_name, text, reason) => {
    expect(releaseFileProblems(text, 'x.md')).toEqual([{ field: '(file)', reason: expect.stringMatching(reason) }]);
    expect(() => readFrontMatter(text, 'dir/x.md')).toThrow(/^"dir\/x\.md": /);
  });

  it('an alias bomb is refused, not expanded', () => {
    const lines = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    lines.push('---', '');
    expect(() => readFrontMatter(lines.join('\n'), 'x.md')).toThrow(/anchors and aliases .* are not allowed/);
  });
});
