// Elliptical coordination: "maakunta- ja sote-uudistus" means "maakuntauudistus" and "sote-uudistus";
// "sosiaali- ja terveyspalvelut" means "sosiaalipalvelut" too; Swedish "landskaps- och vårdreformen"
// means "landskapsreformen", and "social- och hälsovårdsdirektör" both "socialdirektör" and
// "socialvårdsdirektör". Each head that ends in a hyphen before a connector borrows each compound tail
// of the word that closes the list. Pure; the caller knows how to find the tails.

/** [connector, example]: words (or a comma) that join the hyphen-ended heads of a list. */
export const CONNECTORS: [string, string][] = [
  ['ja', 'maakunta- ja sote-uudistus'],
  ['sekä', 'ICT-, kasvupalvelu- sekä koestrategiavalmistelu'],
  ['tai', 'kunta- tai maakuntatasolla'],
  ['eli', 'sote- eli sosiaali- ja terveyspalvelut'],
  ['ynnä', 'maakunta- ynnä kuntatalous'],
  ['och', 'landskaps- och vårdreformen'],
  ['eller', 'social- eller hälsovården'],
  ['samt', 'social- samt hälsovården'],
  [',', 'ICT-, kasvupalvelu- ja talousvalmistelu'],
];

const HEAD = String.raw`[\p{L}\p{N}]+-`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:${CONNECTORS.filter(([c]) => c !== ',')
  .map(([c]) => c)
  .join('|')})\s+)`;
// One or more "head-" + connector, then the closing word (a hyphen group or a plain word).
const LIST = new RegExp(String.raw`((?:${HEAD}${JOIN})+)([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)`, 'gu');
const MIN_MIDDLE = 3;
const HYPHEN_BEFORE_BREAK = /[\p{L}\p{N}]-[\s,]/u;
const HEAD_IN_LIST = new RegExp(String.raw`([\p{L}\p{N}]+)-`, 'gu');

/**
 * The words a text implies by elliptical coordination: for "maakunta- ja sote-uudistuksen",
 * ["maakuntauudistuksen"]. `tailsOf` gives the compound tails of a closing word as written
 * ("hälsovårdsdirektör" → ["vårdsdirektör", "direktör"]), none when it is not known to be a compound.
 */
export function ellipticalWords(text: string, tailsOf: (word: string) => readonly string[]): string[] {
  const out: string[] = [];
  // Most texts have no hyphen before a space or comma: skip the list pattern for them.
  if (!HYPHEN_BEFORE_BREAK.test(text)) return out;
  for (const match of text.matchAll(LIST)) {
    const closing = match[2]!;
    const hyphen = closing.lastIndexOf('-');
    const tails = hyphen >= 0 ? [closing.slice(hyphen + 1)] : tailsOf(closing);
    // Between two tails, a middle part the head also takes: "social-" + "vårds" of "hälso|vårds|direktör".
    const middles = tails.slice(1).map((shorter, i) => tails[i]!.slice(0, tails[i]!.length - shorter.length)).filter((m) => m.length >= MIN_MIDDLE);
    for (const head of match[1]!.matchAll(HEAD_IN_LIST)) for (const tail of [...tails, ...middles]) out.push(head[1]! + tail);
  }
  return out;
}
