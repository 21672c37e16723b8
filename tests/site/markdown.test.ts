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

  it('puts body headings below the page headline', () => {
    expect(renderReleaseBody('# Otsikko\n\n## Väliotsikko').html).toBe('<h2>Otsikko</h2>\n<h3>Väliotsikko</h3>\n');
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
