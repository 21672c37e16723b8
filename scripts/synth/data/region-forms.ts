// The inflected forms of each region that the generated text needs: genitive ("Pirkanmaan
// johtoryhmä") and the locative case the region takes ("Pirkanmaalla", "Päijät-Hämeessä").
// Written by hand from standard Finnish usage; the ingest must recognise every one of them.
import type { RegionName } from '../../data/regions.ts';

export interface RegionForms {
  nom: RegionName;
  gen: string;
  loc: string;
}

export const REGION_FORMS: readonly RegionForms[] = [
  { nom: 'Uusimaa', gen: 'Uudenmaan', loc: 'Uudellamaalla' },
  { nom: 'Varsinais-Suomi', gen: 'Varsinais-Suomen', loc: 'Varsinais-Suomessa' },
  { nom: 'Satakunta', gen: 'Satakunnan', loc: 'Satakunnassa' },
  { nom: 'Kanta-Häme', gen: 'Kanta-Hämeen', loc: 'Kanta-Hämeessä' },
  { nom: 'Pirkanmaa', gen: 'Pirkanmaan', loc: 'Pirkanmaalla' },
  { nom: 'Päijät-Häme', gen: 'Päijät-Hämeen', loc: 'Päijät-Hämeessä' },
  { nom: 'Kymenlaakso', gen: 'Kymenlaakson', loc: 'Kymenlaaksossa' },
  { nom: 'Etelä-Karjala', gen: 'Etelä-Karjalan', loc: 'Etelä-Karjalassa' },
  { nom: 'Etelä-Savo', gen: 'Etelä-Savon', loc: 'Etelä-Savossa' },
  { nom: 'Pohjois-Savo', gen: 'Pohjois-Savon', loc: 'Pohjois-Savossa' },
  { nom: 'Pohjois-Karjala', gen: 'Pohjois-Karjalan', loc: 'Pohjois-Karjalassa' },
  { nom: 'Keski-Suomi', gen: 'Keski-Suomen', loc: 'Keski-Suomessa' },
  { nom: 'Etelä-Pohjanmaa', gen: 'Etelä-Pohjanmaan', loc: 'Etelä-Pohjanmaalla' },
  { nom: 'Pohjanmaa', gen: 'Pohjanmaan', loc: 'Pohjanmaalla' },
  { nom: 'Keski-Pohjanmaa', gen: 'Keski-Pohjanmaan', loc: 'Keski-Pohjanmaalla' },
  { nom: 'Pohjois-Pohjanmaa', gen: 'Pohjois-Pohjanmaan', loc: 'Pohjois-Pohjanmaalla' },
  { nom: 'Kainuu', gen: 'Kainuun', loc: 'Kainuussa' },
  { nom: 'Lappi', gen: 'Lapin', loc: 'Lapissa' },
  { nom: 'Ahvenanmaa', gen: 'Ahvenanmaan', loc: 'Ahvenanmaalla' },
];
