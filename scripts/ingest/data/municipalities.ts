// Every municipality of mainland Finland and Ahvenanmaa during the reform years 2015–2019, by the region
// it belonged to then.
// Source: Statistics Finland, municipality–region classification (kunta–maakunta -luokitus) for
// 1.1.2015–1.1.2019 (311 municipalities in 2017–2019), written out from that classification by hand.
// Municipalities merged during the period are kept (a 2015 release may name them), see MERGED below.
// Region changes that took effect only on 1.1.2021 (Iitti → Päijät-Häme, Joroinen → Pohjois-Savo,
// Heinävesi → Pohjois-Karjala, Kuhmoinen → Pirkanmaa, Isokyrö → Etelä-Pohjanmaa) are NOT applied: in
// 2015–2019 these belonged to Kymenlaakso, Etelä-Savo, Etelä-Savo, Keski-Suomi and Pohjanmaa.
// Vaala moved from Kainuu to Pohjois-Pohjanmaa on 1.1.2016; one map cannot follow the year, so Vaala
// is listed where it stood for four of the five years, under Pohjois-Pohjanmaa.
// Checked by count: the region lists below give 311 names (2017–2019), and with MERGED 317 (2015).
import type { RegionName } from '../../data/regions.ts';

// Compact alphabetical lists, one region per block.
// prettier-ignore
export const MUNICIPALITIES_BY_REGION: Readonly<Record<RegionName, readonly string[]>> = {
  Uusimaa: [
    'Askola', 'Espoo', 'Hanko', 'Helsinki', 'Hyvinkää', 'Inkoo', 'Järvenpää', 'Karkkila', 'Kauniainen',
    'Kerava', 'Kirkkonummi', 'Lapinjärvi', 'Lohja', 'Loviisa', 'Myrskylä', 'Mäntsälä', 'Nurmijärvi',
    'Pornainen', 'Porvoo', 'Pukkila', 'Raasepori', 'Sipoo', 'Siuntio', 'Tuusula', 'Vantaa', 'Vihti',
  ],
  'Varsinais-Suomi': [
    'Aura', 'Kaarina', 'Kemiönsaari', 'Koski Tl', 'Kustavi', 'Laitila', 'Lieto', 'Loimaa', 'Marttila',
    'Masku', 'Mynämäki', 'Naantali', 'Nousiainen', 'Oripää', 'Paimio', 'Parainen', 'Pyhäranta', 'Pöytyä',
    'Raisio', 'Rusko', 'Salo', 'Sauvo', 'Somero', 'Taivassalo', 'Turku', 'Uusikaupunki', 'Vehmaa',
  ],
  Satakunta: [
    'Eura', 'Eurajoki', 'Harjavalta', 'Honkajoki', 'Huittinen', 'Jämijärvi', 'Kankaanpää', 'Karvia',
    'Kokemäki', 'Merikarvia', 'Nakkila', 'Pomarkku', 'Pori', 'Rauma', 'Siikainen', 'Säkylä', 'Ulvila',
  ],
  'Kanta-Häme': [
    'Forssa', 'Hattula', 'Hausjärvi', 'Humppila', 'Hämeenlinna', 'Janakkala', 'Jokioinen', 'Loppi',
    'Riihimäki', 'Tammela', 'Ypäjä',
  ],
  Pirkanmaa: [
    'Akaa', 'Hämeenkyrö', 'Ikaalinen', 'Juupajoki', 'Kangasala', 'Kihniö', 'Lempäälä', 'Mänttä-Vilppula',
    'Nokia', 'Orivesi', 'Parkano', 'Pirkkala', 'Punkalaidun', 'Pälkäne', 'Ruovesi', 'Sastamala', 'Tampere',
    'Urjala', 'Valkeakoski', 'Vesilahti', 'Virrat', 'Ylöjärvi',
  ],
  'Päijät-Häme': [
    'Asikkala', 'Hartola', 'Heinola', 'Hollola', 'Kärkölä', 'Lahti', 'Orimattila', 'Padasjoki', 'Sysmä',
  ],
  Kymenlaakso: ['Hamina', 'Iitti', 'Kotka', 'Kouvola', 'Miehikkälä', 'Pyhtää', 'Virolahti'],
  'Etelä-Karjala': [
    'Imatra', 'Lappeenranta', 'Lemi', 'Luumäki', 'Parikkala', 'Rautjärvi', 'Ruokolahti', 'Savitaipale',
    'Taipalsaari',
  ],
  'Etelä-Savo': [
    'Enonkoski', 'Heinävesi', 'Hirvensalmi', 'Joroinen', 'Juva', 'Kangasniemi', 'Mikkeli', 'Mäntyharju',
    'Pertunmaa', 'Pieksämäki', 'Puumala', 'Rantasalmi', 'Savonlinna', 'Sulkava',
  ],
  'Pohjois-Savo': [
    'Iisalmi', 'Kaavi', 'Keitele', 'Kiuruvesi', 'Kuopio', 'Lapinlahti', 'Leppävirta', 'Pielavesi',
    'Rautalampi', 'Rautavaara', 'Siilinjärvi', 'Sonkajärvi', 'Suonenjoki', 'Tervo', 'Tuusniemi', 'Varkaus',
    'Vesanto', 'Vieremä',
  ],
  'Pohjois-Karjala': [
    'Ilomantsi', 'Joensuu', 'Juuka', 'Kitee', 'Kontiolahti', 'Lieksa', 'Liperi', 'Nurmes', 'Outokumpu',
    'Polvijärvi', 'Rääkkylä', 'Tohmajärvi', 'Valtimo',
  ],
  'Keski-Suomi': [
    'Hankasalmi', 'Joutsa', 'Jyväskylä', 'Jämsä', 'Kannonkoski', 'Karstula', 'Keuruu', 'Kinnula',
    'Kivijärvi', 'Konnevesi', 'Kuhmoinen', 'Kyyjärvi', 'Laukaa', 'Luhanka', 'Multia', 'Muurame',
    'Petäjävesi', 'Pihtipudas', 'Saarijärvi', 'Toivakka', 'Uurainen', 'Viitasaari', 'Äänekoski',
  ],
  'Etelä-Pohjanmaa': [
    'Alajärvi', 'Alavus', 'Evijärvi', 'Ilmajoki', 'Isojoki', 'Karijoki', 'Kauhajoki', 'Kauhava', 'Kuortane',
    'Kurikka', 'Lappajärvi', 'Lapua', 'Seinäjoki', 'Soini', 'Teuva', 'Vimpeli', 'Ähtäri',
  ],
  Pohjanmaa: [
    'Isokyrö', 'Kaskinen', 'Korsnäs', 'Kristiinankaupunki', 'Kruunupyy', 'Laihia', 'Luoto', 'Maalahti',
    'Mustasaari', 'Närpiö', 'Pedersöre', 'Pietarsaari', 'Uusikaarlepyy', 'Vaasa', 'Vöyri',
  ],
  'Keski-Pohjanmaa': [
    'Halsua', 'Kannus', 'Kaustinen', 'Kokkola', 'Lestijärvi', 'Perho', 'Toholampi', 'Veteli',
  ],
  'Pohjois-Pohjanmaa': [
    'Alavieska', 'Haapajärvi', 'Haapavesi', 'Hailuoto', 'Ii', 'Kalajoki', 'Kempele', 'Kuusamo', 'Kärsämäki',
    'Liminka', 'Lumijoki', 'Merijärvi', 'Muhos', 'Nivala', 'Oulainen', 'Oulu', 'Pudasjärvi', 'Pyhäjoki',
    'Pyhäjärvi', 'Pyhäntä', 'Raahe', 'Reisjärvi', 'Sievi', 'Siikajoki', 'Siikalatva', 'Taivalkoski',
    'Tyrnävä', 'Utajärvi', 'Vaala', 'Ylivieska',
  ],
  Kainuu: ['Hyrynsalmi', 'Kajaani', 'Kuhmo', 'Paltamo', 'Puolanka', 'Ristijärvi', 'Sotkamo', 'Suomussalmi'],
  Lappi: [
    'Enontekiö', 'Inari', 'Kemi', 'Kemijärvi', 'Keminmaa', 'Kittilä', 'Kolari', 'Muonio', 'Pelkosenniemi',
    'Pello', 'Posio', 'Ranua', 'Rovaniemi', 'Salla', 'Savukoski', 'Simo', 'Sodankylä', 'Tervola', 'Tornio',
    'Utsjoki', 'Ylitornio',
  ],
  // Official (Swedish) names; Mariehamn is also recognised by its Finnish name, see place-stems.ts.
  Ahvenanmaa: [
    'Brändö', 'Eckerö', 'Finström', 'Föglö', 'Geta', 'Hammarland', 'Jomala', 'Kumlinge', 'Kökar',
    'Lemland', 'Lumparland', 'Mariehamn', 'Saltvik', 'Sottunga', 'Sund', 'Vårdö',
  ],
};

/** Municipalities merged into another during 2015–2019, with the year the merger took effect (1.1.). */
export const MERGED: readonly { name: string; region: RegionName; into: string; year: number }[] = [
  { name: 'Jalasjärvi', region: 'Etelä-Pohjanmaa', into: 'Kurikka', year: 2016 },
  { name: 'Nastola', region: 'Päijät-Häme', into: 'Lahti', year: 2016 },
  { name: 'Hämeenkoski', region: 'Päijät-Häme', into: 'Hollola', year: 2016 },
  { name: 'Köyliö', region: 'Satakunta', into: 'Säkylä', year: 2016 },
  { name: 'Juankoski', region: 'Pohjois-Savo', into: 'Kuopio', year: 2017 },
  { name: 'Luvia', region: 'Satakunta', into: 'Eurajoki', year: 2017 },
];

/** Every municipality name (current and merged) → its region. */
export const MUNICIPALITY_REGION: ReadonlyMap<string, RegionName> = new Map([
  ...Object.entries(MUNICIPALITIES_BY_REGION).flatMap(([region, names]) =>
    names.map((name) => [name, region as RegionName] as const),
  ),
  ...MERGED.map((m) => [m.name, m.region] as const),
]);
