import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/ingest/sentences.ts';
import { cutAtWord, summarize, SUMMARY_MAX_LENGTH } from '../../scripts/ingest/summary.ts';

describe('splitSentences', () => {
  it.each([
    [
      'a date inside a sentence is no boundary (seed 001)',
      'Maakunta- ja sote-uudistuksen johtoryhmä kokoontui 22.2. Oulussa. Kokouksen alkuun kuultiin tilannekatsaus.',
      ['Maakunta- ja sote-uudistuksen johtoryhmä kokoontui 22.2. Oulussa.', 'Kokouksen alkuun kuultiin tilannekatsaus.'],
    ],
    ['abbreviations', 'Pilotin kärkiä ovat mm. Asiakasosallisuus. Toinen lause.', ['Pilotin kärkiä ovat mm. Asiakasosallisuus.', 'Toinen lause.']],
    ['milj. before a number', 'Valtio on varannut 100 milj. Euroa. Lisäksi muuta.', ['Valtio on varannut 100 milj. Euroa.', 'Lisäksi muuta.']],
    ['quotes end a sentence', '”Me olimme varautuneet.” Seppo jatkaa.', ['”Me olimme varautuneet.”', 'Seppo jatkaa.']],
    ['question and exclamation', 'Mitä nyt? Nyt tehdään! Hyvä.', ['Mitä nyt?', 'Nyt tehdään!', 'Hyvä.']],
    ['no final full stop', 'Asialista on nähtävillä', ['Asialista on nähtävillä']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('summarize', () => {
  it('two sentences when the first is short', () => {
    const source = { title: 'T', preamble: [], paragraphs: ['Suunnittelu on käynnistynyt. Parhaillaan kootaan työryhmiä. Kolmas lause jää pois.'] };
    expect(summarize(source)).toBe('Suunnittelu on käynnistynyt. Parhaillaan kootaan työryhmiä.');
  });

  it('one sentence when it is long enough alone', () => {
    const first = `Pirkanmaan maakunta- ja sote-uudistuksen johtoryhmä kävi 14.9. pidetyssä kokouksessaan läpi uudistusvalmisteluun liittyvää ICT-, kasvupalvelu- sekä koetalousarvio- ja koestrategiavalmistelua.`;
    expect(summarize({ title: 'T', preamble: [], paragraphs: [`${first} Toinen lause.`] })).toBe(first);
  });

  it('skips a leading heading-like line and lists', () => {
    const long = 'Johtoryhmä käsitteli kokouksessaan myös ICT-valmistelun tilannetta, ja siitä kerrotaan tässä pitkästi ja selvästi.';
    expect(summarize({ title: 'T', preamble: [], paragraphs: ['Väliotsikko', long] })).toBe(long);
    expect(summarize({ title: 'T', preamble: [], paragraphs: ['• kohta', long] })).toBe(long);
  });

  it('is cut at a word, at most the maximum length', () => {
    const words = 'sana '.repeat(100).trim();
    const summary = summarize({ title: 'T', preamble: [], paragraphs: [words] });
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary).toMatch(/sana…$/);
  });

  it('empty when there is no text', () => {
    expect(summarize({ title: 'T', preamble: [], paragraphs: [] })).toBe('');
  });

  it.each([
    ['short text', 10, 'short text'],
    ['one two three four', 12, 'one two…'],
    ['one, two three', 9, 'one, two…'],
    ['one two three', 10, 'one two…'],
    ['kasvupalvelupilotit', 10, 'kasvupalv…'],
  ])('cutAtWord(%s, %i)', (text, max, expected) => {
    expect(cutAtWord(text, max)).toBe(expected);
  });
});
