// The 18 maakunta of mainland Finland plus Ahvenanmaa, as they stood during the 2015–2019 reform.
// Source: Statistics Finland, classification "Maakunta 1.1.2019" (luokitus maakunta_1_20190101).
// `slug` is the stable URL segment; never change one once published. `sv`: the region's Swedish name,
// from the same classification in Swedish (Statistikcentralen, "Landskap 1.1.2019").
export const REGIONS = [
  { name: 'Uusimaa', slug: 'uusimaa', code: '01', sv: 'Nyland' },
  { name: 'Varsinais-Suomi', slug: 'varsinais-suomi', code: '02', sv: 'Egentliga Finland' },
  { name: 'Satakunta', slug: 'satakunta', code: '04', sv: 'Satakunta' },
  { name: 'Kanta-Häme', slug: 'kanta-hame', code: '05', sv: 'Egentliga Tavastland' },
  { name: 'Pirkanmaa', slug: 'pirkanmaa', code: '06', sv: 'Birkaland' },
  { name: 'Päijät-Häme', slug: 'paijat-hame', code: '07', sv: 'Päijänne-Tavastland' },
  { name: 'Kymenlaakso', slug: 'kymenlaakso', code: '08', sv: 'Kymmenedalen' },
  { name: 'Etelä-Karjala', slug: 'etela-karjala', code: '09', sv: 'Södra Karelen' },
  { name: 'Etelä-Savo', slug: 'etela-savo', code: '10', sv: 'Södra Savolax' },
  { name: 'Pohjois-Savo', slug: 'pohjois-savo', code: '11', sv: 'Norra Savolax' },
  { name: 'Pohjois-Karjala', slug: 'pohjois-karjala', code: '12', sv: 'Norra Karelen' },
  { name: 'Keski-Suomi', slug: 'keski-suomi', code: '13', sv: 'Mellersta Finland' },
  { name: 'Etelä-Pohjanmaa', slug: 'etela-pohjanmaa', code: '14', sv: 'Södra Österbotten' },
  { name: 'Pohjanmaa', slug: 'pohjanmaa', code: '15', sv: 'Österbotten' },
  { name: 'Keski-Pohjanmaa', slug: 'keski-pohjanmaa', code: '16', sv: 'Mellersta Österbotten' },
  { name: 'Pohjois-Pohjanmaa', slug: 'pohjois-pohjanmaa', code: '17', sv: 'Norra Österbotten' },
  { name: 'Kainuu', slug: 'kainuu', code: '18', sv: 'Kajanaland' },
  { name: 'Lappi', slug: 'lappi', code: '19', sv: 'Lappland' },
  { name: 'Ahvenanmaa', slug: 'ahvenanmaa', code: '21', sv: 'Åland' },
] as const;

export type RegionName = (typeof REGIONS)[number]['name'];

export const REGION_NAMES = REGIONS.map((r) => r.name) as [RegionName, ...RegionName[]];

export function regionSlug(name: RegionName): string {
  const region = REGIONS.find((r) => r.name === name);
  if (!region) throw new Error(`Unknown region: ${name}`);
  return region.slug;
}
