import { describe, expect, it } from 'vitest';
import { currentState, mailtoHref, pageLink, telHref, topicLabels } from '../../scripts/site/filters.ts';

describe('pageLink', () => {
  it('is relUrl on every page but the 404 page', () => {
    expect(pageLink('/aikajana/', '/tiedotteet/x/', 'https://h.fi/arkisto/')).toBe('../../aikajana/index.html');
  });

  it('makes the 404 page absolute when the site URL is known (hosts serve it at any depth)', () => {
    expect(pageLink('/aikajana/', '/404.html', 'https://h.fi/arkisto/')).toBe('https://h.fi/arkisto/aikajana/index.html');
    expect(pageLink('/assets/site.css', '/404.html', 'https://h.fi/arkisto/')).toBe('https://h.fi/arkisto/assets/site.css');
    expect(pageLink('/aikajana/', '/404.html', null)).toBe('aikajana/index.html');
  });
});

describe('currentState (aria-current)', () => {
  it.each([
    ['/aikajana/', '/aikajana/', 'page'],
    ['/aikajana/', '/aikajana/2018/', 'true'],
    ['/alueet/', '/aikajana/', false],
    ['/', '/aikajana/', false],
  ])('%s on %s → %s', (link, page, expected) => {
    expect(currentState(link, page)).toBe(expected);
  });
});

describe('contact links', () => {
  it.each([
    ['etunimi.sukunimi@popmaakunta.fi', 'mailto:etunimi.sukunimi@popmaakunta.fi'],
    ['javascript:alert(1)', null],
    ['"><script>@x.fi', null],
    ['ei osoite', null],
    [null, null],
  ])('mailtoHref(%j) = %j', (email, expected) => {
    expect(mailtoHref(email)).toBe(expected);
  });

  it.each([
    ['040 743 6356', 'tel:0407436356'],
    ['040 595 00 11', 'tel:0405950011'],
    ['+358 40 123 4567', 'tel:+358401234567'],
    ['(03) 569 1120', 'tel:035691120'],
    ['javascript:1', null],
    [null, null],
  ])('telHref(%j) = %j', (phone, expected) => {
    expect(telHref(phone)).toBe(expected);
  });
});

describe('topicLabels', () => {
  it('labels topics as the UI names them', () => {
    expect(topicLabels(['ICT', 'henkilökohtainen budjetti'])).toEqual(['ICT ja tietojärjestelmät', 'Henkilökohtainen budjetti']);
  });
});
