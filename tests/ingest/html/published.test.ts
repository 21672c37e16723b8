import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../scripts/ingest/html/dom.ts';
import { dayOf, metadataPublished, visiblePublished } from '../../../scripts/ingest/html/published.ts';

describe('dayOf: the Helsinki calendar day', () => {
  it.each([
    ['2018-08-27', '2018-08-27'],
    ['2018-03-12T21:47:00Z', '2018-03-12'],
    ['2018-03-12T22:30:00Z', '2018-03-13'], // 00:30 in Helsinki
    ['2017-11-09T14:20:31+02:00', '2017-11-09'],
    ['2016-06-14 09:17:00', '2016-06-14'],
    ['27.8.2018', null],
    ['tänään', null],
  ])('%s → %s', (value, day) => {
    expect(dayOf(value)).toBe(day);
  });
});

const visible = (html: string) =>
  visiblePublished(parseDocument(`<!doctype html><html><body><article>${html}</article></body></html>`).querySelector('article')!).map(({ date, kind }) => ({ date, kind }));

describe('visiblePublished', () => {
  it.each([
    ['a dateline <time> above the text', '<h1>O</h1><p><time datetime="2018-08-27">27.8.2018</time></p><p>' + 'x'.repeat(100) + '</p>', [{ date: '2018-08-27', kind: 'visible' }]],
    ['a <time> inside running text is a mentioned date', '<p>' + 'x'.repeat(100) + '</p><p>Kokous pidetään <time datetime="2018-09-05">5.9.</time> Vaasassa, ja sinne kutsutaan kaikki maakunnan kuntien edustajat keskustelemaan.</p>', [{ date: '2018-09-05', kind: 'mentioned' }]],
    ['updated and published marks', '<time class="entry-date published" datetime="2017-11-09">9.11.</time><time class="updated" datetime="2018-01-15">15.1.</time>', [{ date: '2017-11-09', kind: 'visible' }, { date: '2018-01-15', kind: 'updated' }]],
    ['Drupal RDFa date', '<div class="submitted"><span property="dc:date dc:created" content="2016-05-23T10:15:00+03:00">23.05.2016</span></div>', [{ date: '2016-05-23', kind: 'visible' }]],
  ])('%s', (_name, html, expected) => {
    expect(visible(html)).toEqual(expected);
  });
});

describe('metadataPublished', () => {
  it('article:published_time and JSON-LD datePublished', () => {
    const document = parseDocument(
      '<html><head><meta property="article:published_time" content="2018-03-12T21:47:00Z"><script type="application/ld+json">{"@graph":[{"@type":"Article","datePublished":"2018-03-12"}]}</script></head><body></body></html>',
    );
    expect(metadataPublished(document).map(({ date, evidence }) => ({ date, evidence }))).toEqual([
      { date: '2018-03-12', evidence: 'article:published_time 2018-03-12T21:47:00Z' },
      { date: '2018-03-12', evidence: 'JSON-LD datePublished 2018-03-12' },
    ]);
  });

  it('broken JSON-LD is skipped, not fatal', () => {
    const document = parseDocument('<html><head><script type="application/ld+json">{"datePublished": </script></head><body></body></html>');
    expect(metadataPublished(document)).toEqual([]);
  });
});
