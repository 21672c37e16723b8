// The Finnish recall set over the built-in corpus (content/sources, five releases): each query with
// the releases a reader would expect, named by source file (ids are mapped through front matter
// source.file). Written by reading the releases: base forms against inflected text, compound heads
// and tails, region names in many cases, multiword phrases, and queries typed in inflected form.
export interface RecallQuery {
  query: string;
  kind: 'base form' | 'inflected query' | 'compound part' | 'region' | 'phrase' | 'other';
  expected: string[];
}

const PIRKANMAA_ICT = '000_4974e31f02f0484b.txt';
const POHJOIS_POHJANMAA = '001_d327209c96e2636a.txt';
const KESKI_SUOMI = '002_43d5f8a64c145cb1.txt';
const PIRKANMAA_BUDJETTI = '003_f60aae9a8104c5dd.txt';
const PAIJAT_HAME = '004_6f88f7897521bca1.txt';
const ALL = [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI, PIRKANMAA_BUDJETTI, PAIJAT_HAME];

export const RECALL_QUERIES: RecallQuery[] = [
  // Base forms against inflected text.
  { query: 'kunta', kind: 'base form', expected: ALL },
  { query: 'uudistus', kind: 'base form', expected: ALL },
  { query: 'maakunta', kind: 'base form', expected: ALL },
  { query: 'budjetti', kind: 'base form', expected: [POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI] },
  { query: 'hakemus', kind: 'base form', expected: [POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI] },
  { query: 'kokous', kind: 'base form', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI] },
  { query: 'johtoryhmä', kind: 'base form', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI] },
  { query: 'ohjausryhmä', kind: 'base form', expected: [PIRKANMAA_ICT, PIRKANMAA_BUDJETTI] },
  { query: 'valinnanvapaus', kind: 'base form', expected: [POHJOIS_POHJANMAA, PAIJAT_HAME] },
  { query: 'tietojärjestelmä', kind: 'base form', expected: [KESKI_SUOMI] },
  { query: 'eduskunta', kind: 'base form', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA] },
  { query: 'ministeriö', kind: 'base form', expected: [POHJOIS_POHJANMAA, PAIJAT_HAME] },
  { query: 'valtionosuus', kind: 'base form', expected: [PIRKANMAA_BUDJETTI] },
  { query: 'ikäihminen', kind: 'base form', expected: [PIRKANMAA_BUDJETTI] },
  { query: 'asiakas', kind: 'base form', expected: ALL },
  { query: 'suunnitelma', kind: 'base form', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI] },
  { query: 'työsopimus', kind: 'base form', expected: [PIRKANMAA_ICT, PAIJAT_HAME] },
  { query: 'kasvupalvelut', kind: 'base form', expected: [PIRKANMAA_ICT, PAIJAT_HAME] },
  { query: 'palvelu', kind: 'base form', expected: ALL },
  { query: 'hoitoketju', kind: 'base form', expected: [KESKI_SUOMI] },
  { query: 'sairaanhoitopiiri', kind: 'base form', expected: [PIRKANMAA_BUDJETTI] },
  { query: 'liitto', kind: 'base form', expected: [PIRKANMAA_BUDJETTI, PAIJAT_HAME] },
  { query: 'henkilöstö', kind: 'base form', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI, PIRKANMAA_BUDJETTI] },
  { query: 'kuntayhtymä', kind: 'base form', expected: [POHJOIS_POHJANMAA, KESKI_SUOMI, PAIJAT_HAME] },
  { query: 'kasvupalvelupilotti', kind: 'base form', expected: [PIRKANMAA_ICT, PAIJAT_HAME] },
  // Queries typed in an inflected form.
  { query: 'kunnat', kind: 'inflected query', expected: ALL },
  { query: 'kuntien', kind: 'inflected query', expected: ALL },
  { query: 'uudistuksen', kind: 'inflected query', expected: ALL },
  { query: 'pilotit', kind: 'inflected query', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI, PAIJAT_HAME] },
  { query: 'budjetin', kind: 'inflected query', expected: [POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI] },
  { query: 'hakemuksen', kind: 'inflected query', expected: [POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI] },
  { query: 'kokouksessa', kind: 'inflected query', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI] },
  { query: 'maakunnan', kind: 'inflected query', expected: ALL },
  // Compound heads, tails and middles.
  { query: 'pilotti', kind: 'compound part', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI, PAIJAT_HAME] },
  { query: 'kasvupalvelu', kind: 'compound part', expected: [PIRKANMAA_ICT, PAIJAT_HAME] },
  { query: 'järjestelmä', kind: 'compound part', expected: [POHJOIS_POHJANMAA, KESKI_SUOMI] },
  { query: 'strategia', kind: 'compound part', expected: [PIRKANMAA_ICT] },
  { query: 'talousarvio', kind: 'compound part', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA] },
  { query: 'johtaja', kind: 'compound part', expected: ALL },
  { query: 'muutosjohtaja', kind: 'compound part', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI, PAIJAT_HAME] },
  { query: 'työllisyys', kind: 'compound part', expected: [PIRKANMAA_ICT, PAIJAT_HAME] },
  { query: 'kokeilu', kind: 'compound part', expected: [PIRKANMAA_ICT, PIRKANMAA_BUDJETTI] },
  { query: 'rahoitus', kind: 'compound part', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI, PAIJAT_HAME] },
  { query: 'konserni', kind: 'compound part', expected: [PIRKANMAA_ICT, POHJOIS_POHJANMAA, KESKI_SUOMI] },
  { query: 'tuotanto', kind: 'compound part', expected: [KESKI_SUOMI] },
  { query: 'allianssi', kind: 'compound part', expected: [PIRKANMAA_ICT] },
  { query: 'kilpailutus', kind: 'compound part', expected: [PIRKANMAA_ICT] },
  { query: 'tietoliikenne', kind: 'compound part', expected: [POHJOIS_POHJANMAA] },
  { query: 'verkko', kind: 'compound part', expected: [POHJOIS_POHJANMAA, KESKI_SUOMI] },
  { query: 'infrastruktuuri', kind: 'compound part', expected: [PIRKANMAA_ICT] },
  { query: 'yhtymä', kind: 'compound part', expected: [POHJOIS_POHJANMAA, KESKI_SUOMI, PAIJAT_HAME] },
  { query: 'asumispalvelu', kind: 'compound part', expected: [PIRKANMAA_BUDJETTI] },
  { query: 'vapaus', kind: 'compound part', expected: [POHJOIS_POHJANMAA, PAIJAT_HAME] },
  // Region names in many cases (and in the region field).
  { query: 'Pirkanmaa', kind: 'region', expected: [PIRKANMAA_ICT, PIRKANMAA_BUDJETTI] },
  { query: 'Pirkanmaalla', kind: 'region', expected: [PIRKANMAA_ICT, PIRKANMAA_BUDJETTI] },
  { query: 'Pirkanmaan', kind: 'region', expected: [PIRKANMAA_ICT, PIRKANMAA_BUDJETTI] },
  { query: 'Pirkanmaalle', kind: 'region', expected: [PIRKANMAA_ICT, PIRKANMAA_BUDJETTI] },
  { query: 'Pirkanmaata', kind: 'region', expected: [PIRKANMAA_ICT, PIRKANMAA_BUDJETTI] },
  { query: 'Keski-Suomi', kind: 'region', expected: [KESKI_SUOMI] },
  { query: 'Keski-Suomen', kind: 'region', expected: [KESKI_SUOMI] },
  { query: 'Keski-Suomessa', kind: 'region', expected: [KESKI_SUOMI] },
  { query: 'Päijät-Häme', kind: 'region', expected: [PAIJAT_HAME] },
  { query: 'Päijät-Hämeessä', kind: 'region', expected: [PAIJAT_HAME] },
  { query: 'Päijät-Hämeelle', kind: 'region', expected: [PAIJAT_HAME] },
  { query: 'Pohjois-Pohjanmaa', kind: 'region', expected: [POHJOIS_POHJANMAA] },
  { query: 'Pohjois-Pohjanmaalla', kind: 'region', expected: [POHJOIS_POHJANMAA] },
  { query: 'Pohjois-Pohjanmaalta', kind: 'region', expected: [POHJOIS_POHJANMAA] },
  { query: 'Oulu', kind: 'region', expected: [POHJOIS_POHJANMAA] },
  { query: 'Tampere', kind: 'region', expected: [PIRKANMAA_BUDJETTI] },
  // Multiword phrases.
  { query: 'henkilökohtainen budjetti', kind: 'phrase', expected: [POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI] },
  { query: 'henkilökohtaisen budjetin', kind: 'phrase', expected: [POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI] },
  { query: 'Pohjois-Pohjanmaan pilotti', kind: 'phrase', expected: [POHJOIS_POHJANMAA] },
  { query: 'Pirkanmaan sairaanhoitopiiri', kind: 'phrase', expected: [PIRKANMAA_BUDJETTI] },
  { query: 'ICT-valmistelu', kind: 'phrase', expected: [PIRKANMAA_ICT, KESKI_SUOMI] },
  { query: 'Päijät-Hämeen liitto', kind: 'phrase', expected: [PAIJAT_HAME] },
  { query: 'sote-uudistus', kind: 'phrase', expected: ALL },
  { query: 'maakuntajohtaja', kind: 'phrase', expected: [POHJOIS_POHJANMAA, PAIJAT_HAME] },
  // Other: acronyms, years.
  { query: 'ICT', kind: 'other', expected: [PIRKANMAA_ICT, KESKI_SUOMI, PAIJAT_HAME] },
  { query: 'ELY-keskus', kind: 'other', expected: [PAIJAT_HAME] },
  { query: '2018', kind: 'other', expected: [POHJOIS_POHJANMAA, PIRKANMAA_BUDJETTI, PAIJAT_HAME] },
];

/** Micro-averaged recall: expected releases found over all expected releases. */
export function recallOf(found: (query: string) => readonly string[], idOf: (file: string) => string): {
  recall: number;
  misses: { query: string; missing: string[] }[];
} {
  let expected = 0;
  let hits = 0;
  const misses: { query: string; missing: string[] }[] = [];
  for (const q of RECALL_QUERIES) {
    const got = new Set(found(q.query));
    const missing = q.expected.map(idOf).filter((id) => !got.has(id));
    expected += q.expected.length;
    hits += q.expected.length - missing.length;
    if (missing.length > 0) misses.push({ query: q.query, missing });
  }
  return { recall: hits / expected, misses };
}
