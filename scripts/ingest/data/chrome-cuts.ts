// Lines after which the rest of a page is chrome: related-content lists, comment sections, back
// links. "strong" markers cut whatever follows (a comment section may hold prose); "weak" markers cut
// only when no prose follows, so a release that says "Lue myös" mid-text keeps its text. No marker
// ever cuts a contact block ("Lisätietoja:") that follows it.
export interface ChromeCutRule {
  name: string;
  pattern: RegExp;
  strength: 'strong' | 'weak';
  example: string;
}

export const CHROME_CUT_RULES: readonly ChromeCutRule[] = [
  { name: 'read next', pattern: /^(lue seuraavaksi|lue myös nämä|suosittelemme)$/i, strength: 'strong', example: 'Lue seuraavaksi' },
  { name: 'related content', pattern: /^sinua voi (ehkä )?kiinnostaa( myös| nämäkin)?(\.\.\.|…)?$/i, strength: 'strong', example: 'Sinua voi ehkä kiinnostaa nämäkin...' },
  { name: 'comment section', pattern: /^(jätä kommentti|lähetä kommentti|kommentoi|vastaa|kommentit( \(\d+\))?|sähköpostiosoitettasi ei julkaista\.?)$/i, strength: 'strong', example: 'Vastaa' },
  {
    name: 'back link',
    pattern: /^(?:[«‹<←]+ ?)?(takaisin|palaa|palaa takaisin|takaisin uutislistaukseen|takaisin uutisiin|palaa uutislistaukseen)$/i,
    strength: 'weak',
    example: '« Takaisin',
  },
  {
    name: 'related list',
    pattern: /^(lue myös|lue lisää|katso myös|aiheeseen liittyvät?( uutiset| sisällöt| artikkelit)?|liittyvät uutiset|liittyvät sisällöt|muut uutiset|uusimmat uutiset|viimeisimmät uutiset|lisää uutisia|kaikki uutiset|näytä kaikki uutiset|uutisarkisto|ajankohtaista muualla|tutustu myös|suosituimmat|edellinen uutinen|seuraava uutinen)(:|\.\.\.|…)?$/i,
    strength: 'weak',
    example: 'Lue myös',
  },
];

/** A contact block header: nothing from it on is ever cut. */
export const CONTACT_HEADER = /^(lisätiedot|lisätietoja|lisätietoa|yhteyshenkilöt?|tiedotteen lisätiedot)\b/i;
