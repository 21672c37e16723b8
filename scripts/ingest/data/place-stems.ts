// How region and municipality names are recognised in inflected Finnish: a stem followed by a case
// ending (and optionally the clitic "-kin"), never followed by another letter. Stems that prefix
// matching cannot reach (consonant gradation, e-stems, plural names) are listed explicitly.
import type { RegionName } from '../../data/regions.ts';

/**
 * Endings added to a stem. They cover the cases of names in -a/-ä/-o/-u/-i/-e ("Oulussa", "Tampereen",
 * "Tampereella", "Raaheen", "Porissa", "Kuopioon") and of the e-stems below ("Lahdessa", "Seinäjoella").
 * The list is deliberately generous: it is only tried after a capitalised stem that is itself a place.
 */
// prettier-ignore
export const CASE_ENDINGS = [
  '', 'n', 'a', 'ä', 'ta', 'tä', 'tta', 'ttä', 'na', 'nä', 'ksi', 'ssa', 'ssä', 'sta', 'stä', 'lla',
  'llä', 'lta', 'ltä', 'lle', 'an', 'än', 'en', 'in', 'on', 'un', 'yn', 'ön', 'hin', 'han', 'hän',
  'hen', 'hon', 'hun', 'hyn', 'iin', 'seen', 'ten', 'ella', 'ellä', 'essa', 'essä', 'esta', 'estä',
  'elta', 'eltä', 'elle', 'eseen', 'eksi', 'ena', 'enä', 'illa', 'ille', 'issa', 'ista', 'iin',
] as const;

/** Suffix of a nominative name → oblique stems replacing it (first matching suffix wins). */
export const GRADATION_RULES: readonly (readonly [string, readonly string[]])[] = [
  ['joki', ['joe', 'joke']], // Seinäjoki → Seinäjoella, Seinäjokea
  ['lahti', ['lahde', 'lahte']], // Lahti → Lahdessa, Lahteen; Kontiolahti
  ['niemi', ['nieme']], // Rovaniemi → Rovaniemellä
  ['järvi', ['järve']], // Nurmijärvi → Nurmijärvellä
  ['salmi', ['salme']], // Iisalmi → Iisalmella
  ['lampi', ['lamme', 'lampe']], // Toholampi → Toholammella
  ['mäki', ['mäe', 'mäke']], // Riihimäki → Riihimäellä
  ['koski', ['koske']], // Valkeakoski → Valkeakoskella
  ['vesi', ['vede', 'vete']], // Orivesi → Orivedellä, Oriveteen
  ['saari', ['saare']], // Pietarsaari → Pietarsaaressa
  ['nummi', ['numme']], // Kirkkonummi → Kirkkonummella
  ['ranta', ['ranna']], // Lappeenranta → Lappeenrannassa
  ['nki', ['ngi']], // Helsinki → Helsingissä; Kristiinankaupunki
  ['nko', ['ngo']], // Hanko → Hangossa
  ['nka', ['nga']], // Liminka → Limingassa; Puolanka, Luhanka
  ['ntä', ['nnä']], // Pyhäntä → Pyhännällä
  ['kku', ['ku']], // Pomarkku → Pomarkussa
  ['kka', ['ka']], // Kurikka → Kurikassa; Toivakka
  ['tti', ['ti']], // Iitti → Iitissä
  ['mpu', ['mmu']], // Outokumpu → Outokummussa
  ['lta', ['lla']], // Harjavalta → Harjavallassa
  ['rta', ['rra']], // Leppävirta → Leppävirralla
  ['nen', ['se', 'si', 's']], // Kauniainen → Kauniaisissa, Kauniaisten; Huittinen → Huittisissa
];

/** Stems the rules above cannot derive, by nominative name. */
export const EXTRA_STEMS: Readonly<Record<string, readonly string[]>> = {
  Turku: ['Turu'], // Turussa, Turun
  Vihti: ['Vihdi'], // Vihdissä
  Loppi: ['Lope'], // Lopella
  Lieto: ['Liedo'], // Liedossa
  Luoto: ['Luodo'], // Luodossa
  Hailuoto: ['Hailuodo'], // Hailuodossa
  Kannus: ['Kannukse'], // Kannuksessa
  Muhos: ['Muhokse'], // Muhoksella
  Nurmes: ['Nurmekse'], // Nurmeksessa
  Juuka: ['Juua'], // Juuassa
  Alavus: ['Alavude', 'Alavute'], // Alavudella, Alavuteen
  Varkaus: ['Varkaude', 'Varkaute'], // Varkaudessa, Varkauteen
  Pihtipudas: ['Pihtiputaa'], // Pihtiputaalla
  Punkalaidun: ['Punkalaitume'], // Punkalaitumella
  Vesanto: ['Vesanno'], // Vesannolla
  Virrat: ['Virro', 'Virtai', 'Virtoi'], // Virroilla, Virtain (a plural name)
  Uusikaupunki: ['Uudenkaupungi', 'Uudessakaupungi', 'Uudestakaupungi', 'Uuteenkaupunki'],
  Uusikaarlepyy: ['Uudenkaarlepyy', 'Uudessakaarlepyy', 'Uudestakaarlepyy', 'Uuteenkaarlepyy'],
  Mariehamn: ['Maarianhamina'], // the Finnish name
  Kangasala: ['Kangasa'], // Kangasalla (the short inessive beside Kangasalalla)
};

/**
 * Names that are also ordinary words, first names or common surnames: lahti "bay", salo "backwoods",
 * kotka "eagle", aura "plough", virrat "streams", kolari "crash", somero "gravel"; Kaarina, Salla,
 * Inari, Simo, Aura as first names; Salo, Lahti, Soini, Laitila, Marttila, Heinola, Tervo … as surnames
 * (contact blocks and quotes name people: "ulkoministeri Timo Soini"); Nokia the company. Such a name
 * counts only when it is not at the start of a sentence or line (where any word is capitalised) and not
 * next to another capitalised word (a person's first name or surname: "Juha Lahti", "Kaarina
 * Virtanen"). A release that names such a place only sentence-initially loses that mention.
 */
// prettier-ignore
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  // ordinary words and first names
  'Aura', 'Eura', 'Geta', 'Hanko', 'Ii', 'Inari', 'Juva', 'Kaarina', 'Kannus', 'Kolari', 'Kotka', 'Lahti',
  'Lieto', 'Luoto', 'Masku', 'Multia', 'Nokia', 'Pello', 'Perho', 'Rusko', 'Salla', 'Salo', 'Simo',
  'Somero', 'Sund', 'Vaala', 'Virrat',
  // common surnames
  'Alajärvi', 'Hartola', 'Heinola', 'Kangasniemi', 'Kivijärvi', 'Laitila', 'Marttila', 'Nakkila',
  'Pukkila', 'Rautavaara', 'Saarijärvi', 'Soini', 'Tammela', 'Tervo', 'Vesanto',
]);

/** Region stems: every region recognised in its inflected forms ("Uudellamaalla", "Lapissa"). */
export const REGION_STEMS: Readonly<Record<RegionName, readonly string[]>> = {
  Uusimaa: [
    'Uusimaa',
    'Uudenmaa',
    'Uudellamaa',
    'Uudeltamaa',
    'Uudellemaa',
    'Uuttamaa',
    'Uudessamaa',
  ],
  'Varsinais-Suomi': ['Varsinais-Suomi', 'Varsinais-Suome'],
  Satakunta: ['Satakunta', 'Satakunna'],
  'Kanta-Häme': ['Kanta-Häme'],
  Pirkanmaa: ['Pirkanmaa'],
  'Päijät-Häme': ['Päijät-Häme'],
  Kymenlaakso: ['Kymenlaakso'],
  'Etelä-Karjala': ['Etelä-Karjala'],
  'Etelä-Savo': ['Etelä-Savo'],
  'Pohjois-Savo': ['Pohjois-Savo'],
  'Pohjois-Karjala': ['Pohjois-Karjala'],
  'Keski-Suomi': ['Keski-Suomi', 'Keski-Suome'],
  'Etelä-Pohjanmaa': ['Etelä-Pohjanmaa'],
  Pohjanmaa: ['Pohjanmaa'],
  'Keski-Pohjanmaa': ['Keski-Pohjanmaa'],
  'Pohjois-Pohjanmaa': ['Pohjois-Pohjanmaa'],
  Kainuu: ['Kainuu'],
  Lappi: ['Lappi', 'Lapi'],
  Ahvenanmaa: ['Ahvenanmaa'],
};

/**
 * Swedish: names take only the genitive -s ("Österbottens", "Nylands", "Jakobstads"; "Helsingfors"
 * is its own genitive), and form compounds with a few words for an area around a town
 * ("Jakobstadsregionen", "Vasaregionen", "Karlebynejden"). Region names are single or two-word
 * ("Södra Österbotten"); the longest name at a position wins, so "Södra Österbotten" is never read
 * as "Österbotten".
 */
export const SWEDISH_ENDINGS = ['', 's'] as const;
export const SWEDISH_AREA_SUFFIXES = ['regionen', 'region', 'nejden', 'trakten', 'området'] as const;

/** Swedish region names beyond each region's `sv` name in regions.ts. */
export const EXTRA_SWEDISH_REGION_STEMS: Readonly<Partial<Record<RegionName, readonly string[]>>> = {
  Satakunta: ['Satakunda'], // the older Swedish spelling, still common in the press
};
