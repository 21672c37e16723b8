// The 18 maakunta of mainland Finland plus Ahvenanmaa, as they stood during the 2015–2019 reform.
// Source: Statistics Finland, classification "Maakunta 1.1.2019" (luokitus maakunta_1_20190101).
// `slug` is the stable URL segment; never change one once published.
export const REGIONS = [
  { name: 'Uusimaa', slug: 'uusimaa', code: '01' },
  { name: 'Varsinais-Suomi', slug: 'varsinais-suomi', code: '02' },
  { name: 'Satakunta', slug: 'satakunta', code: '04' },
  { name: 'Kanta-Häme', slug: 'kanta-hame', code: '05' },
  { name: 'Pirkanmaa', slug: 'pirkanmaa', code: '06' },
  { name: 'Päijät-Häme', slug: 'paijat-hame', code: '07' },
  { name: 'Kymenlaakso', slug: 'kymenlaakso', code: '08' },
  { name: 'Etelä-Karjala', slug: 'etela-karjala', code: '09' },
  { name: 'Etelä-Savo', slug: 'etela-savo', code: '10' },
  { name: 'Pohjois-Savo', slug: 'pohjois-savo', code: '11' },
  { name: 'Pohjois-Karjala', slug: 'pohjois-karjala', code: '12' },
  { name: 'Keski-Suomi', slug: 'keski-suomi', code: '13' },
  { name: 'Etelä-Pohjanmaa', slug: 'etela-pohjanmaa', code: '14' },
  { name: 'Pohjanmaa', slug: 'pohjanmaa', code: '15' },
  { name: 'Keski-Pohjanmaa', slug: 'keski-pohjanmaa', code: '16' },
  { name: 'Pohjois-Pohjanmaa', slug: 'pohjois-pohjanmaa', code: '17' },
  { name: 'Kainuu', slug: 'kainuu', code: '18' },
  { name: 'Lappi', slug: 'lappi', code: '19' },
  { name: 'Ahvenanmaa', slug: 'ahvenanmaa', code: '21' },
] as const;

export type RegionName = (typeof REGIONS)[number]['name'];

export const REGION_NAMES = REGIONS.map((r) => r.name) as [RegionName, ...RegionName[]];

export function regionSlug(name: RegionName): string {
  const region = REGIONS.find((r) => r.name === name);
  if (!region) throw new Error(`Unknown region: ${name}`);
  return region.slug;
}
