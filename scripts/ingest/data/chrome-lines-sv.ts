// Whole lines of Swedish-language web chrome (kept apart from the Finnish rules in chrome-lines.ts,
// read by the same isChromeLine). Each rule names the kind of line and gives an example (the first four
// from real-shape fixtures); patterns must match the whole whitespace-normalised line.
import type { ChromeLineRule } from './chrome-lines.ts';

export const SWEDISH_CHROME_LINE_RULES: readonly ChromeLineRule[] = [
  {
    name: 'page-updated footer with the editor',
    pattern: /^uppdaterat?:? \d{1,2}\.\d{1,2}\.\d{4},? (?:klockan|kl\.?) \d{1,2}[.:]\d{2},? [\p{L} .-]+\.?$/iu,
    example: 'Uppdaterat 12.09.2017, klockan 10.14, Annika Lindqvist.',
  },
  {
    name: 'language versions note',
    pattern: /^(?:denna sida finns även på|sidan finns även på|på finska|suomeksi|in english)(?::.*)?$/iu,
    example: 'Denna sida finns även på: Finska',
  },
  {
    name: 'photo credit',
    pattern: /^(?:[•*-]\s*)?(?:bild|foto|fotograf|bildkälla)\s*:\s*\S.{0,80}$/iu,
    example: 'Bild: Yle/Karin Nyberg',
  },
  {
    name: 'archive year label',
    pattern: /^från (?:19|20)\d{2}$/iu,
    example: 'Från 2015',
  },
  {
    name: 'share and print links',
    pattern: /^(?:dela|dela sidan|dela artikeln|skriv ut|skriv ut sidan|tipsa en vän|skicka länk)(?:[ |·/,]+(?:facebook|twitter|linkedin|e-post|whatsapp|skriv ut))*$/iu,
    example: 'Dela',
  },
  {
    name: 'back and top links',
    pattern: /^(?:[«‹<←]+ ?)?(?:tillbaka|tillbaka till nyheterna|tillbaka till listan|till början av sidan|till toppen|upp)$/iu,
    example: '« Tillbaka',
  },
  {
    name: 'subscribe and search',
    pattern: /^(?:prenumerera på nyhetsbrevet|prenumerera|sök|sök på webbplatsen|meny|stäng menyn)$/iu,
    example: 'Prenumerera på nyhetsbrevet',
  },
];
