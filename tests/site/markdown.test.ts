import { describe, expect, it } from 'vitest';
import { renderReleaseBody } from '../../scripts/site/markdown.ts';

describe('renderReleaseBody: escaping', () => {
  it.each([
    ['raw HTML shows as text', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['inline HTML shows as text', 'Tämä on <b>lihava</b>.', 'Tämä on &lt;b&gt;lihava&lt;/b&gt;.'],
    ['template syntax is left alone', 'Versio {{ eleventy.version }} ja {% include "x" %}', 'Versio {{ eleventy.version }} ja {% include &quot;x&quot; %}'],
    ['an ampersand is escaped', 'Sote & maakunta', 'Sote &amp; maakunta'],
  ])('%s', (_label, input, expected) => {
    expect(renderReleaseBody(input).html).toContain(expected);
  });

  it.each([
    ['javascript:', '[klikkaa](javascript:alert(1))'],
    ['JavaScript: in capitals', '[klikkaa](JavaScript:alert(1))'],
    ['javascript: with an entity', '[klikkaa](jav&#x09;ascript:alert(1))'],
    ['vbscript:', '[klikkaa](vbscript:msgbox(1))'],
    ['data:', '[klikkaa](data:text/html;base64,PHNjcmlwdD4=)'],
    ['file:', '[klikkaa](file:///etc/passwd)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a relative link into the archive', '[x](../../index.html)'],
  ])('drops a %s link', (_label, input) => {
    const { html } = renderReleaseBody(input);
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
    expect(html.toLowerCase()).not.toContain('href="javascript');
  });

  it('keeps http, https and mailto links', () => {
    const { html } = renderReleaseBody('[STM](https://stm.fi/) ja <a.b@pirkanmaa.fi> sekä https://popmaakunta.fi');
    expect(html).toContain('href="https://stm.fi/"');
    expect(html).toContain('href="mailto:a.b@pirkanmaa.fi"');
    expect(html).toContain('href="https://popmaakunta.fi"');
  });

  it('shows an image as text so that nothing loads from another host', () => {
    const { html } = renderReleaseBody('![logo](https://evil.example/x.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('!<a href="https://evil.example/x.png">logo</a>');
  });

  it.each([
    ['## under the h1 is h2', '## Väliotsikko\n\n### Alaotsikko', '<h2>Väliotsikko</h2>\n<h3>Alaotsikko</h3>\n'],
    ['# is h2 too (the page has one h1)', '# Otsikko\n\n## Väliotsikko', '<h2>Otsikko</h2>\n<h2>Väliotsikko</h2>\n'],
    ['### straight after the h1 is h2 (no jump)', '### Ala\n\n#### Alempi', '<h2>Ala</h2>\n<h3>Alempi</h3>\n'],
    ['a deeper heading climbs back', '## A\n\n#### B\n\n## C', '<h2>A</h2>\n<h3>B</h3>\n<h2>C</h2>\n'],
  ])('orders body headings below the page headline: %s', (_label, input, expected) => {
    expect(renderReleaseBody(input).html).toBe(expected);
  });

  it('puts body headings below the page headline', () => {
    expect(renderReleaseBody('# Otsikko\n\n## Väliotsikko').html).toBe('<h2>Otsikko</h2>\n<h2>Väliotsikko</h2>\n');
  });
});

describe('renderReleaseBody: plain text', () => {
  it('keeps the words and drops the Markdown', () => {
    const md = '## Kasvupalvelupilotit hyödyntävät hyviä käytäntöjä\n\nPirkanmaalla **kasvupalveluvalmistelu** etenee.\n\n- ICT\n- [STM](https://stm.fi/)';
    expect(renderReleaseBody(md).text).toBe(
      'Kasvupalvelupilotit hyödyntävät hyviä käytäntöjä\n\nPirkanmaalla kasvupalveluvalmistelu etenee.\n\nICT\n\nSTM',
    );
  });

  it('keeps HTML-looking text as the characters it is', () => {
    expect(renderReleaseBody('a <script> b').text).toBe('a <script> b');
  });
});

describe('renderReleaseBody: the contact block and address patterns', () => {
  const body = [
    'Johtoryhmä kokoontui. Lisätietoja hankkeesta löytyy osoitteesta https://example.fi.',
    'Lisätietoja:',
    'Muutosjohtaja Marjukka Manninen, p. 050 390 0066, etunimi.sukunimi@popmaakunta.fi',
    'Maakuntajohtaja Pauli Harju, p. 0400 389 152',
    'Loppukappale jää näkyviin.',
  ].join('\n\n');

  it('leaves the contact block out of the HTML when asked, and keeps everything else', () => {
    const { html, text } = renderReleaseBody(body, { dropContactBlock: true });
    expect(html).not.toContain('Lisätietoja:');
    expect(html).not.toContain('0400 389 152');
    expect(html).toContain('Lisätietoja hankkeesta löytyy');
    expect(html).toContain('Loppukappale jää näkyviin.');
    expect(text).toContain('0400 389 152');
  });

  it('keeps the block when not asked (a release without structured contacts)', () => {
    expect(renderReleaseBody(body).html).toContain('Lisätietoja:');
  });

  it.each([
    ['a header on its own line, contacts in the same paragraph', 'Teksti.\n\nLisätietoja:\nPäivi Nurminen, puh. 040 754 3692', 'Teksti.'],
    ['contacts on the header line', 'Teksti.\n\nLisätietoja antaa muutosjohtaja Tapani Mattila, p. 040 595 00 11.', 'Teksti.'],
    ['a bilingual header', 'Text.\n\nLisätietoja / Mer information:\n\nTest Person, puh. 06 320 6500', 'Text.'],
  ])('drops %s', (_label, input, kept) => {
    const { html } = renderReleaseBody(input, { dropContactBlock: true });
    expect(html).toBe(`<p>${kept}</p>\n`);
  });

  it('never links the address pattern "etunimi.sukunimi@…"', () => {
    const { html } = renderReleaseBody('Sähköpostit: etunimi.sukunimi@popmaakunta.fi ja <etunimi.sukunimi@pirkanmaa.fi>.');
    expect(html).not.toContain('mailto:');
    expect(html).toContain('etunimi.sukunimi@popmaakunta.fi');
  });
});
