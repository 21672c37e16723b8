import { describe, expect, it } from 'vitest';
import { isHeading, renderBody } from '../../scripts/ingest/body.ts';
import { escapeMarkdownLine } from '../../scripts/ingest/markdown-escape.ts';
import { renderedHtml, renderedText, squash } from './support/rendered-text.ts';

const LONG = 'Pirkanmaalla kasvupalveluvalmistelu etenee hyvässä yhteistyössä. Johtoryhmä merkitsi selvityksen tilanteesta tiedoksi.';
const body = (...paragraphs: string[]) => renderBody({ title: 'T', preamble: [], paragraphs });

describe('escapeMarkdownLine: renders as exactly the text, with html off and on', () => {
  it.each([
    ['---'],
    ['***'],
    ['___'],
    ['==='],
    ['# ei otsikko'],
    ['## ei otsikko ##'],
    ['> ei lainaus'],
    ['1. ei lista'],
    ['2019) vuosi'],
    ['- ei lista'],
    ['+ ei lista'],
    ['* ei lista'],
    ['<script>alert(1)</script>'],
    ['<b>lihava</b> <!-- kommentti -->'],
    ['[linkki](javascript:alert(1))'],
    ['![kuva](x.png)'],
    ['[viite]: http://example.com'],
    ['{{ eleventy.version }}'],
    ['{% include "x.njk" %}'],
    ['{# kommentti #}'],
    ['`koodi` ja ``kaksi``'],
    ['*tähti* ja _alaviiva_ ja **lihava** ja __lihava__'],
    ['etunimi_sukunimi@pirkanmaa.fi'],
    ['a | b | c'],
    ['~~yliviivattu~~'],
    ['&amp; &copy; &#169; I&O-kärkihanke'],
    ['polku C:\\temp\\ ja loppuun \\'],
    ['<https://example.com>'],
    ['100 % ja {x}'],
  ])('%s', (line) => {
    const markdown = escapeMarkdownLine(line);
    expect(renderedText(markdown)).toBe(squash(line));
    expect(renderedText(markdown, true)).toBe(squash(line));
    expect(renderedHtml(markdown, true)).toMatch(/^<p>[^]*<\/p>\n$/);
  });

  it('leaves template delimiters nowhere in the Markdown', () => {
    for (const line of ['{{ x }}', '{% raw %}', '{%- x -%}', '{# c #}', '{{{ x }}}']) {
      expect(escapeMarkdownLine(line)).not.toMatch(/\{\{|\{%|%\}|\}\}|\{#|#\}/);
    }
  });

  it('keeps ordinary Finnish prose readable (no needless escapes)', () => {
    const line = 'Päijät-Hämeessä VM:n rahaa on käytetty noin 1,9 M€ (ks. liite) – sote-palveluihin!';
    expect(escapeMarkdownLine(line)).toBe(line);
  });
});

describe('isHeading', () => {
  it.each([
    ['Kasvupalvelupilotit hyödyntävät hyviä käytäntöjä', LONG, true],
    ['ICT-valmistelussa edetään vaiheittain', LONG, true],
    ['Mitä seuraavaksi?', LONG, true],
    ['Asialista liitteineen on nähtävillä Popmaakunta.fi sivuilla', 'Kysymyksiä ja kommentteja voi lähettää etusivulta löytyvän lomakkeen kautta.', false],
    ['Johtoryhmän seuraava kokous pidetään 22.3.2018.', LONG, false],
    ['Konkreettisia valmistelun hyötyjä:', '• yksi\n• kaksi', false],
    ['Muutosjohtaja Marjukka Manninen, p. 050 390 0066', LONG, false],
    ['Pauli Harju 0400 389 152', LONG, false],
    ['Lisätietoja', LONG, false],
    ['Kuva: Matti Meikäläinen', LONG, false],
    ['”Tämä on hieno asia”', LONG, false],
    ['Julkaistu 5.10.2018 klo 14.22', LONG, false],
    ['Lyhyt rivi', 'Lyhyt kappale.', false],
    ['Viimeinen rivi', undefined, false],
    ['kaksi riviä\nyhdessä', LONG, false],
    ['pienellä alkava rivi', LONG, false],
    ['Tämä rivi on aivan liian pitkä ollakseen väliotsikko, sillä siinä on monta sanaa ja se jatkuu', LONG, false],
  ])('%s', (block, next, expected) => {
    expect(isHeading(block, next)).toBe(expected);
  });
});

describe('renderBody', () => {
  it('paragraphs, a heading, a list and a contact block with its line breaks', () => {
    const markdown = body(
      LONG,
      'Koetalousarvio ja -strategia yhteisessä valmistelussa',
      LONG,
      'Konkreettisia valmistelun hyötyjä:',
      '• Maakunnallisen Hyte-rakenteen käyttöönotto\n• Valinnanvapauden kehittäminen ja laajentaminen\n– KOTO-pilotti\n- Sujuvat palvelupolut\n* Viides',
      'Lisätiedot:\nOhjausryhmän puheenjohtaja, Roope Lehto, p. 040 591 5660\nSote-projektijohtaja Jaakko Herrala, p. 050 329 7166',
    );
    expect(markdown).toBe(
      [
        LONG,
        '## Koetalousarvio ja -strategia yhteisessä valmistelussa',
        LONG,
        'Konkreettisia valmistelun hyötyjä:',
        '- Maakunnallisen Hyte-rakenteen käyttöönotto\n- Valinnanvapauden kehittäminen ja laajentaminen\n- KOTO-pilotti\n- Sujuvat palvelupolut\n- Viides',
        'Lisätiedot:\\\nOhjausryhmän puheenjohtaja, Roope Lehto, p. 040 591 5660\\\nSote-projektijohtaja Jaakko Herrala, p. 050 329 7166',
      ].join('\n\n') + '\n',
    );
    const html = renderedHtml(markdown);
    expect(html).toContain('<h2>Koetalousarvio ja -strategia yhteisessä valmistelussa</h2>');
    expect(html.match(/<li>/g)).toHaveLength(5);
    expect(html).toContain('Roope Lehto, p. 040 591 5660<br>');
  });

  it('a lead line and bullets in one block: paragraph then list', () => {
    expect(body('Hyödyt:\n• yksi\n• kaksi')).toBe('Hyödyt:\n\n- yksi\n- kaksi\n');
  });

  it('a dash that opens a quote is not a list; dashes after a lead-in or in a run are', () => {
    const quote = '– Me olimme varautuneet kaikkiin vaihtoehtoihin, sanoo muutosjohtaja Seppo Huldén.';
    expect(body(LONG, quote)).toBe(`${LONG}\n\n${quote}\n`);
    expect(renderedHtml(body(quote))).not.toContain('<li>');
    expect(body('Hyödyt:', '– yksi')).toBe('Hyödyt:\n\n- yksi\n');
    expect(body('– yksi\n– kaksi')).toBe('- yksi\n- kaksi\n');
    expect(body('• ainoa kohta')).toBe('- ainoa kohta\n');
    expect(body('- ainoa')).toBe('\\- ainoa\n');
  });

  it('no headings inside the contact block', () => {
    expect(body('Lisätietoja:', 'Maakuntajohtaja Laura Leppänen', LONG)).not.toContain('##');
  });

  it('hostile text renders as text: every word survives and no markup appears', () => {
    const paragraphs = [
      '---\ntitle: hyökkäys\n---',
      '# Ei otsikko\n1. ei lista',
      '<script>alert("x")</script> ja <img src=x onerror=alert(1)>',
      '[klikkaa](javascript:alert(1)) {{ eleventy.version }} {% include "secret" %}',
      '`koodi` *tähti* _alaviiva_',
      '• <b>lista</b> [x](y)\n• *kohta*',
    ];
    const markdown = body(...paragraphs);
    for (const html of [false, true]) {
      const rendered = renderedHtml(markdown, html);
      expect(rendered).not.toMatch(/<(script|img|a|code|em|strong|h1|hr|ol|b)\b/);
      expect(renderedText(markdown, html)).toBe(squash(paragraphs.map((p) => p.replace(/^• /gm, '')).join(' ')));
    }
  });
});
