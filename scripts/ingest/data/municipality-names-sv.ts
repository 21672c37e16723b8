// Swedish names of mainland municipalities (and of municipalities merged during 2015–2019) whose
// Swedish name differs from the Finnish one, keyed by the Swedish name → the Finnish name used as the
// key in municipalities.ts. Ahvenanmaa's municipalities already carry their (only, Swedish) names there.
// Source: Statistics Finland's municipality classification 2019 in Swedish (Statistikcentralen,
// "Kommuner 1.1.2019", the official Swedish names), checked against the Institute for the Languages
// of Finland's list of Swedish place names in Finland; written out by hand. Names that are the same
// in both languages (Korsnäs, Pedersöre, Kotka, …) are not repeated.
// A mention in Swedish resolves to the Finnish key, so a place has one identity in `places` whatever
// the language of the release.
// prettier-ignore
export const SWEDISH_MUNICIPALITY_NAMES: Readonly<Record<string, string>> = {
  // Uusimaa
  Esbo: 'Espoo', Hangö: 'Hanko', Helsingfors: 'Helsinki', Hyvinge: 'Hyvinkää', Ingå: 'Inkoo',
  Träskända: 'Järvenpää', Högfors: 'Karkkila', Grankulla: 'Kauniainen', Kervo: 'Kerava',
  Kyrkslätt: 'Kirkkonummi', Lappträsk: 'Lapinjärvi', Lojo: 'Lohja', Lovisa: 'Loviisa',
  Mörskom: 'Myrskylä', Borgnäs: 'Pornainen', Borgå: 'Porvoo', Raseborg: 'Raasepori', Sibbo: 'Sipoo',
  Sjundeå: 'Siuntio', Tusby: 'Tuusula', Vanda: 'Vantaa', Vichtis: 'Vihti',
  // Varsinais-Suomi
  'S:t Karins': 'Kaarina', Kimitoön: 'Kemiönsaari', Koskis: 'Koski Tl', Gustavs: 'Kustavi',
  Letala: 'Laitila', Lundo: 'Lieto', 'S:t Mårtens': 'Marttila', Masko: 'Masku', Virmo: 'Mynämäki',
  Nådendal: 'Naantali', Nousis: 'Nousiainen', Pemar: 'Paimio', Pargas: 'Parainen', Pöytis: 'Pöytyä',
  Reso: 'Raisio', Sagu: 'Sauvo', Tövsala: 'Taivassalo', Åbo: 'Turku', Nystad: 'Uusikaupunki',
  Vemo: 'Vehmaa',
  // Satakunta
  Euraåminne: 'Eurajoki', Vittis: 'Huittinen', Kumo: 'Kokemäki', Sastmola: 'Merikarvia',
  Påmark: 'Pomarkku', Björneborg: 'Pori', Raumo: 'Rauma', Sideby: 'Siikainen', Ulvsby: 'Ulvila',
  Kjulo: 'Köyliö',
  // Kanta-Häme
  Tavastehus: 'Hämeenlinna', Jockis: 'Jokioinen',
  // Pirkanmaa
  Tavastkyro: 'Hämeenkyrö', Ikalis: 'Ikaalinen', Birkala: 'Pirkkala', Tammerfors: 'Tampere',
  Virdois: 'Virrat',
  // Päijät-Häme
  'Gustav Adolfs': 'Hartola', Lahtis: 'Lahti',
  // Kymenlaakso
  Fredrikshamn: 'Hamina', Itis: 'Iitti', Pyttis: 'Pyhtää', Vederlax: 'Virolahti',
  // Etelä-Karjala
  Villmanstrand: 'Lappeenranta',
  // Etelä-Savo
  Jorois: 'Joroinen', Jockas: 'Juva', 'S:t Michel': 'Mikkeli', Nyslott: 'Savonlinna',
  // Pohjois-Savo
  Idensalmi: 'Iisalmi',
  // Pohjois-Karjala
  Ilomants: 'Ilomantsi', Kides: 'Kitee',
  // Keski-Suomi
  Keuru: 'Keuruu', Kuhmois: 'Kuhmoinen', Laukas: 'Laukaa',
  // Etelä-Pohjanmaa
  Alavo: 'Alavus', Storå: 'Isojoki', Bötom: 'Karijoki', Ilmola: 'Ilmajoki', Lappo: 'Lapua',
  Östermark: 'Teuva', Vindala: 'Vimpeli', Etseri: 'Ähtäri',
  // Pohjanmaa
  Storkyro: 'Isokyrö', Kaskö: 'Kaskinen', Kristinestad: 'Kristiinankaupunki', Kronoby: 'Kruunupyy',
  Laihela: 'Laihia', Larsmo: 'Luoto', Malax: 'Maalahti', Korsholm: 'Mustasaari', Närpes: 'Närpiö',
  Jakobstad: 'Pietarsaari', Nykarleby: 'Uusikaarlepyy', Vasa: 'Vaasa', Vörå: 'Vöyri',
  // Keski-Pohjanmaa
  Kaustby: 'Kaustinen', Karleby: 'Kokkola', Vetil: 'Veteli',
  // Pohjois-Pohjanmaa
  Karlö: 'Hailuoto', Ijo: 'Ii', Limingo: 'Liminka', Uleåborg: 'Oulu', Brahestad: 'Raahe',
  // Kainuu
  Kajana: 'Kajaani',
  // Lappi
  Enontekis: 'Enontekiö', Enare: 'Inari', Torneå: 'Tornio', Övertorneå: 'Ylitornio',
};

/**
 * Swedish names that are also first names or words (Lovisa, Gustav Adolfs, Reso "travel"): counted,
 * like the Finnish ones in place-stems.ts, only when not sentence-initial and not next to another
 * capitalised word.
 */
export const AMBIGUOUS_SWEDISH_NAMES: ReadonlySet<string> = new Set(['Lovisa', 'Gustav Adolfs', 'Reso', 'Kumo', 'Sagu']);
