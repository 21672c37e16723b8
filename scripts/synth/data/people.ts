// Invented contact people: common Finnish first names and surnames, and the roles the corpus's
// contact blocks use ("Johtoryhmän puheenjohtaja", "Muutosjohtaja", "Sote-projektijohtaja", …).
export const FIRST_NAMES: readonly string[] = [
  'Juha', 'Päivi', 'Pauli', 'Marjukka', 'Tapani', 'Kati', 'Roope', 'Jaakko', 'Laura', 'Seppo',
  'Anne', 'Mikko', 'Sari', 'Timo', 'Hanna', 'Jukka', 'Riitta', 'Markku', 'Tiina', 'Ismo',
  'Sanna', 'Heikki', 'Minna', 'Kari', 'Eija', 'Jarmo', 'Outi', 'Pekka', 'Leena', 'Ville',
];

export const SURNAMES: readonly string[] = [
  'Yli-Rajala', 'Nurminen', 'Harju', 'Manninen', 'Mattila', 'Kallimo', 'Lehto', 'Herrala',
  'Leppänen', 'Huldén', 'Rautiainen', 'Paukku', 'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen',
  'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen',
  'Heinonen', 'Niemi', 'Kärkkäinen', 'Öhman', 'Väisänen', 'Ahonen',
];

export const ROLES: readonly string[] = [
  'Johtoryhmän puheenjohtaja, maakuntajohtaja',
  'Muutosjohtaja',
  'Maakuntajohtaja',
  'Sote-projektijohtaja',
  'Ohjausryhmän puheenjohtaja',
  'Maakunta- ja sote-uudistuksen muutosjohtaja',
  'Valmistelujohtaja',
  'Viestintäpäällikkö',
  'Hankejohtaja',
];

export const PHONE_PREFIXES: readonly string[] = ['040', '050', '044', '0400', '045', '0500'];

/** Mail domains of the organisations that publish: "{slug}" is the region's URL slug. */
export const MAIL_DOMAINS: readonly string[] = ['{slug}.fi', '{slug}2019.fi', 'maakunta-{slug}.fi'];
