// One page of every type in a build, chosen from the build itself so the list follows the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ReleaseRow {
  id: string;
  date: string | null;
  dateCertainty: string;
  region: string | null;
}

/** Page type (Finnish label) → path relative to the build. Types the corpus lacks are left out. */
export function pageTypes(dist: string): Record<string, string> {
  const { releases } = JSON.parse(readFileSync(path.join(dist, 'releases.json'), 'utf8')) as {
    releases: ReleaseRow[];
  };
  const dated = releases.find((r) => r.date !== null && r.dateCertainty === 'exact');
  const inferred = releases.find((r) => r.dateCertainty === 'inferred');
  const undated = releases.find((r) => r.date === null);
  const years = subfolders(path.join(dist, 'aikajana')).filter((d) => /^\d{4}$/.test(d));
  const regions = subfolders(path.join(dist, 'alueet'));
  const hasEvents = (slug: string): boolean =>
    readFileSync(path.join(dist, 'alueet', slug, 'index.html'), 'utf8').includes('ua-event');
  const fullRegion = regions.find(hasEvents);
  const emptyRegion = regions.find((slug) => !hasEvents(slug));
  const topics = subfolders(path.join(dist, 'aiheet'));
  const pages: Record<string, string | undefined> = {
    etusivu: 'index.html',
    'tiedote (päivätty)': dated && `tiedotteet/${dated.id}/index.html`,
    'tiedote (päätelty päivä)': inferred && `tiedotteet/${inferred.id}/index.html`,
    'tiedote (ei päivää)': undated && `tiedotteet/${undated.id}/index.html`,
    aikajana: 'aikajana/index.html',
    'aikajana vuosi': years[0] && `aikajana/${years[0]}/index.html`,
    'aikajana ilman päivämäärää': 'aikajana/ilman-paivamaaraa/index.html',
    kayttoehdot: 'kayttoehdot/index.html',
    alueet: 'alueet/index.html',
    alue: fullRegion && `alueet/${fullRegion}/index.html`,
    'alue (tyhjä)': emptyRegion && `alueet/${emptyRegion}/index.html`,
    aiheet: 'aiheet/index.html',
    aihe: topics[0] && `aiheet/${topics[0]}/index.html`,
    haku: 'haku/index.html',
    tietoa: 'tietoa/index.html',
    saavutettavuusseloste: 'saavutettavuus/index.html',
    '404': '404.html',
  };
  return Object.fromEntries(Object.entries(pages).filter((e): e is [string, string] => e[1] !== undefined));
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

/** Every HTML file of a build, relative to it, with "/" separators. */
export function allHtmlFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}
