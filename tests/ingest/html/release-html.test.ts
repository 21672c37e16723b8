// A saved page goes through releaseFromSource like a text file, and the markup's evidence is weighed.
import { describe, expect, it } from 'vitest';
import { chooseHtmlDate } from '../../../scripts/ingest/html/date-choice.ts';
import { releaseFromSource } from '../../../scripts/ingest/release.ts';

const page = (head: string, article: string) =>
  new TextEncoder().encode(`<!doctype html><html lang="fi"><head><meta charset="utf-8">${head}</head><body><nav><a href="/">Etusivu</a></nav><main><article>${article}</article></main><footer>Osoite 1, 00100 Helsinki</footer></body></html>`);
const LEAD = '<p>Lapin maakuntavaltuusto hyväksyi maakuntastrategian luonnoksen kokouksessaan Rovaniemellä ja lähetti sen kuntiin lausunnolle.</p>';

describe('releaseFromSource on .html and .htm', () => {
  it.each(['tiedote.html', 'TIEDOTE.HTM'])('%s', (file) => {
    const release = releaseFromSource(file, page('<link rel="canonical" href="https://www.lapinliitto.fi/uutiset/strategia">', `<h1>Strategia lausunnolle</h1>${LEAD}`));
    expect(release.frontMatter).toMatchObject({
      title: 'Strategia lausunnolle',
      region: 'Lappi',
      source: { file, url: 'https://www.lapinliitto.fi/uutiset/strategia' },
    });
    expect(release.body).not.toContain('Etusivu');
    expect(release.body).not.toContain('00100');
  });

  it('a visible <time> and a differing text label: the <time> wins, and the conflict goes onto the review list', () => {
    const release = releaseFromSource('a.html', page('', `<h1>Strategia lausunnolle</h1><p><time datetime="2018-03-12">12.3.2018</time></p>${LEAD}<p>Julkaistu 14.3.2018</p>`));
    expect(release.frontMatter.date).toBe('2018-03-12');
    expect(release.frontMatter.review.map((r) => r.field)).toEqual(['date']);
  });

  it('a declared lang="sv" makes a Swedish release', () => {
    const bytes = new TextEncoder().encode('<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body><article><h1>Landskapet</h1><p>Landskapsstyrelsen i Österbotten godkände budgeten för beredningen av reformen.</p></article></body></html>');
    expect(releaseFromSource('a.html', bytes).frontMatter.lang).toBe('sv');
  });
});

describe('chooseHtmlDate', () => {
  const text = (date: string | null, dateCertainty: 'exact' | 'inferred' | 'unknown', dateEvidence: string | null = date) => ({ date, dateCertainty, dateEvidence });
  it.each([
    ['no markup date: the text decides', null, text('2018-03-12', 'exact'), '2018-03-12', 0],
    ['visible <time> beats a text label', { date: '2018-03-12', evidence: '<time>', kind: 'visible' as const }, text('2018-03-14', 'exact'), '2018-03-12', 1],
    ['a text label beats page metadata', { date: '2018-03-12', evidence: 'article:published_time', kind: 'metadata' as const }, text('2018-03-14', 'exact'), '2018-03-14', 1],
    ['metadata beats an inference', { date: '2018-03-12', evidence: 'article:published_time', kind: 'metadata' as const }, text('2018-03-05', 'inferred'), '2018-03-12', 1],
    ['metadata agreeing with the text: no review', { date: '2018-03-12', evidence: 'article:published_time', kind: 'metadata' as const }, text('2018-03-12', 'inferred'), '2018-03-12', 0],
    ['metadata after the reform years is when the page moved, not a date', { date: '2021-06-01', evidence: 'article:published_time', kind: 'metadata' as const }, text(null, 'unknown'), null, 1],
  ])('%s', (_name, markup, fromText, date, reviews) => {
    const choice = chooseHtmlDate(markup, fromText);
    expect(choice.finding.date).toBe(date);
    expect(choice.review).toHaveLength(reviews);
  });
});
