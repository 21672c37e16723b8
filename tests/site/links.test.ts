import { describe, expect, it } from 'vitest';
import { buildLinks, rankRelated, RELATED_COUNT } from '../../scripts/site/links.ts';
import { release } from './helpers.ts';

describe('previous and next in the same region', () => {
  const releases = [
    release('p1', { region: 'Pirkanmaa', date: '2017-07-03' }),
    release('l1', { region: 'Lappi', date: '2017-08-01' }),
    release('p2', { region: 'Pirkanmaa', date: '2018-02-01' }),
    release('p3', { region: 'Pirkanmaa', date: '2018-09-14' }),
    release('pu', { region: 'Pirkanmaa', date: null }),
    release('none', { region: null, date: '2018-01-01' }),
  ];
  const links = buildLinks(releases);
  const ids = (id: string) => [links.get(id)!.prev?.id ?? null, links.get(id)!.next?.id ?? null];

  it.each([
    ['p1', [null, 'p2']],
    ['p2', ['p1', 'p3']],
    ['p3', ['p2', 'pu']],
    ['pu', ['p3', null]],
    ['l1', [null, null]],
    ['none', [null, null]],
  ])('%s → [prev, next] = %j', (id, expected) => {
    expect(ids(id)).toEqual(expected);
  });
});

describe('related releases', () => {
  it('prefers more shared topics, then nearness in time, never itself', () => {
    const self = release('self', { topics: ['ICT', 'kasvupalvelut'], date: '2018-06-01' });
    const near = release('near', { topics: ['ICT'], date: '2018-06-02' });
    const far = release('far', { topics: ['ICT'], date: '2016-01-01' });
    const both = release('both', { topics: ['ICT', 'kasvupalvelut'], date: '2015-01-01' });
    const undated = release('undated', { topics: ['ICT'], date: null });
    const ranked = rankRelated(self, [far, undated, near, both]);
    expect(ranked.map((r) => r.id)).toEqual(['both', 'near', 'far', 'undated']);
  });

  it('finds releases sharing a topic across regions and caps the list', () => {
    const releases = Array.from({ length: 30 }, (_, i) =>
      release(`r${String(i).padStart(2, '0')}`, {
        topics: ['valinnanvapaus'],
        region: i % 2 ? 'Lappi' : 'Uusimaa',
        date: `2018-01-${String(i + 1).padStart(2, '0')}`,
      }),
    );
    const links = buildLinks(releases);
    const related = links.get('r15')!.related.map((r) => r.id);
    expect(related).toHaveLength(RELATED_COUNT);
    expect(related).not.toContain('r15');
    // the nearest days on both sides; of r12 and r18 (both three days away) the newer wins
    expect(related).toEqual(['r16', 'r14', 'r17', 'r13', 'r18']);
  });

  it('gives a release without topics no related list rather than a random one', () => {
    const links = buildLinks([release('a', { topics: [] }), release('b', { topics: [] })]);
    expect(links.get('a')!.related).toEqual([]);
  });
});

describe('buildLinks: the archive chronology', () => {
  it('links every release to its older and newer neighbour across regions, undated last', () => {
    const list = [
      release('b', { date: '2018-02-01', region: 'Lappi' }),
      release('a', { date: '2017-01-01', region: 'Pirkanmaa' }),
      release('u', { date: null }),
      release('c', { date: '2019-03-01', region: null }),
    ];
    const links = buildLinks(list);
    const chain = (id: string): [string | null, string | null] => [links.get(id)!.older?.id ?? null, links.get(id)!.newer?.id ?? null];
    expect(['a', 'b', 'c', 'u'].map(chain)).toEqual([
      [null, 'b'],
      ['a', 'c'],
      ['b', 'u'],
      ['c', null],
    ]);
  });
});
