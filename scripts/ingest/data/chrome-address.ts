// The publishing site's own address block at the end of a page (organisation, postal address,
// switchboard, generic email), e.g. Akaa's footer:
//   Yhteystiedot / Akaan kaupunki / PL 34, 37801 Akaa / Puh. (03) 569 1120 / akaan.kaupunki@akaa.fi
// A trailing run of such lines is chrome when it holds a postal address. A person's own contact
// line ("Sote-projektijohtaja Jaakko Herrala, p. 050 329 7166") matches none of these, so it stops
// the run.
export interface AddressLineRule {
  name: string;
  pattern: RegExp;
  /** A postal address: the one signal that makes a run an address block. */
  postal?: true;
  example: string;
}

export const ADDRESS_LINE_RULES: readonly AddressLineRule[] = [
  { name: 'postal code and town', pattern: /^(?:.*,\s*)?(?:FI-)?\d{5} [A-ZÅÄÖ][\p{L}-]+$/u, postal: true, example: 'PL 34, 37801 Akaa' },
  {
    name: 'one-line footer',
    pattern: /^[^|]+(?: [|·•] [^|·•]+)+$(?<=\d{5} \p{Lu}[\p{L}-]+(?: [|·•] .*)?)/u,
    postal: true,
    example: 'Etelä-Pohjanmaan sairaanhoitopiiri | Hanneksenrinne 7, 60220 Seinäjoki | Puh. 06 415 4111',
  },
  { name: 'post box', pattern: /^(PL|PB|P\.O\. ?Box) \d+\b.*$/i, postal: true, example: 'PL 34' },
  { name: 'street address', pattern: /^[A-ZÅÄÖ][\p{L}-]+(katu|tie|kuja|polku|väylä|raitti|puistikko|tori|ranta|kaari|aukio|gatan|vägen) \d+[A-Za-z]?(\s?[A-Z]?\d*)?,?$/u, example: 'Sampsantie 2' },
  { name: 'switchboard', pattern: /^(puh\.?|puhelin|p\.|vaihde|tel\.?|puh\. vaihde|faksi|fax)[: ]+[\d()+ -]{6,}$/i, example: 'Puh. (03) 569 1120' },
  { name: 'generic email', pattern: /^(sähköposti:? )?[\w.-]+@[\w.-]+\.[a-z]{2,}$/i, example: 'akaan.kaupunki@akaa.fi' },
  { name: 'web address', pattern: /^(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)+\/?$/i, example: 'www.akaa.fi' },
  { name: 'contact heading', pattern: /^(yhteystiedot|ota yhteyttä|asiointi|käyntiosoite|postiosoite|laskutusosoite|y-tunnus.*)$/i, example: 'Yhteystiedot' },
  { name: 'opening hours', pattern: /^(avoinna|aukioloajat|aukioloaika|palvelemme|asiakaspalvelu avoinna)\b.*$/i, example: 'Avoinna ma–pe klo 8–16' },
  { name: 'business id', pattern: /^(y-tunnus|ly-tunnus|business id)[: ].*$/i, example: 'Y-tunnus 0157300-8' },
  // One word above a footer's postal address: the organisation's short name or acronym.
  { name: 'organisation short name', pattern: /^\p{Lu}[\p{L}-]{1,20}$/u, example: 'HUS' },
  {
    name: 'organisation name',
    pattern: /^[A-ZÅÄÖ][\p{L}-]*( [\p{L}-]+){0,3}( [\p{L}-]*)?(kaupunki|kunta|liitto|kuntayhtymä|sairaanhoitopiiri|maakunta|virasto|keskus|talo|toimisto|kirjaamo| Oy| ry| Oyj)$/u,
    // The last word may be a compound: "Akaan kaupunki", "Kunnanvirasto", "Pirkanmaan liitto".
    example: 'Akaan kaupunki',
  },
];
