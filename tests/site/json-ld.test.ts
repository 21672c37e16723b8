import { describe, expect, it } from 'vitest';
import { jsonForScript, releaseJsonLd } from '../../scripts/site/json-ld.ts';
import { release } from './helpers.ts';

describe('jsonForScript', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- <script>'],
    ['a & b > c'],
    ['rivi\u2028erotin\u2029'],
  ])('keeps %j from ending or confusing the script element and round-trips', (text) => {
    const json = jsonForScript({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
});

describe('releaseJsonLd', () => {
  it('describes a dated release as a NewsArticle with its permanent address', () => {
    const ld = releaseJsonLd(release('x', { date: '2018-07-03', topics: ['ICT'] }, 'Teksti <b>.'), 'https://example.fi/arkisto/');
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Tiedote x',
      datePublished: '2018-07-03',
      url: 'https://example.fi/arkisto/tiedotteet/x/',
      contentLocation: { name: 'Pirkanmaa' },
      keywords: 'ICT',
      articleBody: 'Teksti <b>.',
    });
  });

  it('states an inferred date as the day the text is about, never as datePublished', () => {
    const ld = releaseJsonLd(release('i', { date: '2018-09-14', dateCertainty: 'inferred', dateEvidence: '14.9. pidetyssä kokouksessaan' }), null);
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).toMatchObject({
      temporalCoverage: '2018-09-14',
      additionalProperty: [
        { name: 'dateCertainty', value: 'inferred' },
        { name: 'dateEvidence', value: '14.9. pidetyssä kokouksessaan' },
      ],
    });
  });

  it('leaves out what is not known instead of inventing it', () => {
    const ld = releaseJsonLd(release('y', { date: null, region: null }), null);
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('url');
    expect(ld).not.toHaveProperty('contentLocation');
  });
});
