// Generated long release texts for the linear-time tests: the same shape at any length, so a rule's
// cost at n and 8n characters can be compared. Each shape stresses what made some rule quadratic
// before: one line with no sentence break, no punctuation at all, dates and places by the thousand,
// one endless word, a contact block that never ends, quotes and brackets, abbreviations.

/** Words a release is made of: places, passing markers, topic terms, labels, dates, contacts. */
const PROSE_WORDS = [
  'maakunta', 'Oulussa', 'Pirkanmaan', 'esimerkiksi', 'kanssa', 'hallitus', 'valinnanvapaus', 'sote-keskus',
  'sähköinen', 'palvelu', '12.3.2018', 'klo', '9.10.', 'Julkaistu', 'Lappi', 'Vaasa', 'ja', 'myös',
  'kaikki maakunnat', 'henkilökohtainen', 'budjetti', 'ICT', 'puh.', '040 123 4567',
  'etunimi.sukunimi@example.fi', 'https://example.fi/a', 'Päivitetty', '–', 'maakunnan', 'tietojärjestelmä',
  '"lainaus"', '(sulut)', 'tiistaina', '3.4.', 'mm.', 'Seinäjoki', 'Österbotten', 'landskapet', 'Vasa',
];
const DATE_WORDS = [
  '12.3.2018', '3.4.', 'tiistaina 6.3.2018', 'klo 9.10', '14.3.–13.4.2018', '2018-05-15', '15. toukokuuta 2018',
  '13 mars 2018', '(MT 9.8.)', '"1.2."', 'kokoontui', 'maanantaina 3.7.', 'mennessä', 'Julkaistu 5.10.2018 klo 14.22',
];
const PLACE_WORDS = [
  'Oulu', 'Oulussa', 'Pirkanmaa', 'Uudellamaalla', 'Lapin', 'Kainuu', 'esimerkiksi', 'Satakunnan kanssa',
  'Borgå', 'Vasa', 'Österbotten', 'Joensuu', 'myös', 'Kanta-Häme', 'Pohjois-Karjala', 'Etelä-Pohjanmaan',
];
const TOPIC_WORDS = [
  'ICT', 'tietojärjestelmien', 'digitalisaatio', 'sähköisen', 'asioinnin', 'kasvupalvelut', 'TE-palvelut',
  'valinnanvapaus', 'suoran', 'valinnan', 'asiakasseteli', 'henkilökohtainen', 'budjetti', 'järjestelmien',
  'käyttöönotto', 'valfrihet', 'personlig', 'budget', 'IKT', 'tillväxttjänster',
];
/** Stems glued into one word: every rule that reads "a stem, the rest of its word" meets them all. */
const GLUED_STEMS = 'sähköihenkilökohtaisuorajärjestelmidigitaalipersonlig';

/** `words` repeated (in a shuffled but fixed order) until `length` characters, joined by `separator(i)`. */
function repeatWords(words: readonly string[], length: number, separator: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const word = `${words[(i * 7 + (i >> 3)) % words.length] as string}${separator(i)}`;
    parts.push(word);
    size += word.length;
  }
  return parts.join('');
}

const HEADLINE = 'Maakuntauudistuksen valmistelu etenee\n\n';

export interface LongInputShape {
  name: string;
  /** A release's text of about `length` characters (a headline, then the shape). */
  text: (length: number) => string;
}

export const LONG_INPUT_SHAPES: readonly LongInputShape[] = [
  { name: 'prose on one line', text: (n) => HEADLINE + repeatWords(PROSE_WORDS, n, (i) => (i % 13 === 12 ? '. ' : ' ')) },
  { name: 'one line without punctuation', text: (n) => HEADLINE + repeatWords(PROSE_WORDS, n, () => ' ').replace(/[.:!?"”]/gu, '') },
  { name: 'many short lines', text: (n) => HEADLINE + repeatWords(PROSE_WORDS, n, (i) => (i % 30 === 29 ? '\n\n' : i % 6 === 5 ? '\n' : ' ')) },
  { name: 'dates on one line', text: (n) => HEADLINE + repeatWords(DATE_WORDS, n, (i) => (i % 11 === 10 ? '. ' : ' ')) },
  { name: 'places on one line', text: (n) => HEADLINE + repeatWords(PLACE_WORDS, n, () => ' ') },
  { name: 'topic terms on one line', text: (n) => HEADLINE + repeatWords(TOPIC_WORDS, n, () => ' ') },
  { name: 'one long word', text: (n) => HEADLINE + GLUED_STEMS.repeat(Math.ceil(n / GLUED_STEMS.length)) },
  {
    name: 'an endless contact block',
    text: (n) =>
      `${HEADLINE}Lisätietoja:\n${repeatWords(['Matti Meikäläinen', 'muutosjohtaja', 'puh. 040 123 4567', 'matti.meikalainen@example.fi', 'tai', 'ja'], n, (i) => (i % 4 === 3 ? '\n' : ', '))}`,
  },
];

/** The text as a saved page: its blocks as paragraphs, its lines as breaks. */
export function asHtmlPage(text: string): string {
  const [headline, ...blocks] = text.split(/\n{2,}/u);
  const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const paragraphs = blocks.map((block) => `<p>${block.split('\n').map(escape).join('<br>')}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>${escape(headline ?? '')} | Sivusto</title>
<meta property="article:published_time" content="2018-03-12T10:00:00+02:00"></head>
<body><nav><a href="/">Etusivu</a></nav><main><article><h1>${escape(headline ?? '')}</h1>
<time datetime="2018-03-12">12.3.2018</time>
${paragraphs}</article></main><footer>Sivusto</footer></body></html>`;
}
