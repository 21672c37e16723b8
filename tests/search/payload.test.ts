// The document rows of the search payload: scope and language as flags, left out for the common case
// (a regional Finnish release), and read back by the engine the browser runs.
import { describe, expect, it } from 'vitest';
import { buildSearchPayload } from '../../scripts/search/build-index.ts';
import { createEngine } from '../../scripts/search/engine.ts';
import { createHeuristicMorphology } from '../../scripts/search/heuristic-forms.ts';
import { docFlags } from '../../scripts/search/payload.ts';
import type { SearchableRelease } from '../../scripts/search/searchable-release.ts';

const release = (id: string, extra: Partial<SearchableRelease>): SearchableRelease => ({
  id,
  title: `Tiedote ${id}`,
  date: '2018-04-20',
  region: null,
  topics: [],
  text: 'Maakunnat valmistelevat uudistusta.',
  ...extra,
});

describe('docFlags', () => {
  it.each([
    [{ scope: 'regional', lang: 'fi' }, 0],
    [{}, 0], // fields absent: regional, Finnish
    [{ scope: 'national', lang: 'fi' }, 1],
    [{ scope: null, lang: 'fi' }, 2],
    [{ scope: 'regional', lang: 'sv' }, 4],
    [{ scope: 'national', lang: 'sv' }, 5],
  ] as const)('%j → %i', (fields, expected) => expect(docFlags(fields)).toBe(expected));
});

describe('scope and language in the payload', () => {
  const releases = [
    release('regional', { region: 'Lappi', scope: 'regional', lang: 'fi' }),
    release('national', { scope: 'national', lang: 'fi' }),
    release('unknown', { scope: null, lang: 'fi' }),
    release('swedish', { region: 'Pohjanmaa', scope: 'regional', lang: 'sv' }),
  ];
  const { payload } = buildSearchPayload(releases, { kind: 'heuristic', morphology: createHeuristicMorphology([]) });

  it('writes flags only where they differ from a regional Finnish release', () => {
    expect(payload.docs.map((row) => row.length)).toEqual([3, 4, 4, 4]);
    expect(payload.docs.map((row) => row[3] ?? 0)).toEqual([0, 1, 2, 4]);
  });

  it('is read back by the engine as each release had it', () => {
    const docs = createEngine(payload).docs.map((d) => ({ region: d.region, scope: d.scope, lang: d.lang }));
    expect(docs).toEqual([
      { region: 'lappi', scope: 'regional', lang: 'fi' },
      { region: '', scope: 'national', lang: 'fi' },
      { region: '', scope: '', lang: 'fi' },
      { region: 'pohjanmaa', scope: 'regional', lang: 'sv' },
    ]);
  });
});
