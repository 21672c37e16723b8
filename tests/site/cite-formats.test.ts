// The citation formats as reference managers read them: BibTeX and RIS through citation-js's parsers
// (the ones Zotero-like tools use), CSL-JSON and the meta tags checked field by field.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexText } from '../../scripts/site/cite/bibtex.ts';
import { cslItem } from '../../scripts/site/cite/csl.ts';
import { citationFacts } from '../../scripts/site/cite/facts.ts';
import { citationMetaTags } from '../../scripts/site/cite/meta-tags.ts';
import { risRecord } from '../../scripts/site/cite/ris.ts';
import { release } from './helpers.ts';

const SITE = 'https://arkisto.example.fi/';
const exact = release('2019-03-12-paijat-hame', { date: '2019-03-12', region: 'Päijät-Häme', title: 'Valmistelu hyödyntää Päijät-Hämettä', topics: ['ICT'] });
const hostile = release('h', { title: 'Otsikko {with} $math$ & 100 % #tag_x ^ ~ \\cmd\nrivi', date: null, region: null });
const inferred = release('i', { date: '2018-09-14', dateCertainty: 'inferred', dateEvidence: '14.9. pidetyssä kokouksessaan' });

describe('BibTeX', () => {
  it('parses with citation-js to the same title, author, date and address', () => {
    const [item] = new Cite(bibtexEntry(citationFacts(exact, SITE))).data as Record<string, unknown>[];
    // A corporate author stays one name, never split into given and family names.
    const [author] = item!.author as { given?: string; family?: string; literal?: string }[];
    expect(author!.given).toBeUndefined();
    expect(author!.literal ?? author!.family).toBe('Päijät-Häme');
    expect(item).toMatchObject({
      title: 'Valmistelu hyödyntää Päijät-Hämettä',
      issued: { 'date-parts': [[2019, 3, 12]] },
      URL: 'https://arkisto.example.fi/tiedotteet/2019-03-12-paijat-hame/',
    });
  });

  it('keeps hostile text as text: every special character escaped, one line', () => {
    const entry = bibtexEntry(citationFacts(hostile, null));
    const [item] = new Cite(entry).data as { title: string }[];
    expect(item!.title).toBe('Otsikko {with} $math$ & 100 % #tag_x ^ ~ \\cmd rivi');
    expect(bibtexText('a{b}')).toBe('a\\{b\\}');
  });

  it('states an inferred date and says so in the note', () => {
    const entry = bibtexEntry(citationFacts(inferred, null));
    expect(entry).toContain('date = {2018-09-14}');
    expect(entry).toContain('note = {Päivämäärä päätelty tekstistä: 14.9. pidetyssä kokouksessaan. Osoite arkiston juuresta: tiedotteet/i/}');
  });
});

describe('RIS', () => {
  it('parses with citation-js to the same title, author, date and address', () => {
    const [item] = new Cite(risRecord(citationFacts(exact, SITE))).data as Record<string, unknown>[];
    expect(item).toMatchObject({
      title: 'Valmistelu hyödyntää Päijät-Hämettä',
      issued: { 'date-parts': [[2019, 3, 12]] },
      URL: 'https://arkisto.example.fi/tiedotteet/2019-03-12-paijat-hame/',
    });
    expect(JSON.stringify(item)).toContain('Päijät-Häme');
  });

  it('writes CRLF lines that start with a tag and ends the record', () => {
    const ris = risRecord(citationFacts(hostile, null));
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.filter(Boolean).every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(lines.at(-2)).toBe('ER  - ');
  });
});

describe('CSL-JSON and meta tags', () => {
  it('gives CSL-JSON a reference manager accepts', () => {
    const [item] = new Cite([cslItem(citationFacts(exact, SITE))]).data as Record<string, unknown>[];
    expect(item).toMatchObject({ type: 'webpage', title: 'Valmistelu hyödyntää Päijät-Hämettä', publisher: 'Uudistusarkisto' });
  });

  it('gives Highwire and Dublin Core tags, a publication date only when the release states one', () => {
    const tags = (r: typeof exact): Record<string, string[]> => {
      const out: Record<string, string[]> = {};
      for (const t of citationMetaTags(citationFacts(r, SITE))) (out[t.name] ??= []).push(t.content);
      return out;
    };
    expect(tags(exact)).toMatchObject({
      citation_title: ['Valmistelu hyödyntää Päijät-Hämettä'],
      citation_author: ['Päijät-Häme'],
      citation_publication_date: ['2019/03/12'],
      citation_public_url: ['https://arkisto.example.fi/tiedotteet/2019-03-12-paijat-hame/'],
      'DC.date': ['2019-03-12'],
      'DC.subject': ['ICT'],
    });
    expect(tags(inferred)).not.toHaveProperty('citation_publication_date');
    expect(tags(inferred)).not.toHaveProperty('DC.date');
  });
});
