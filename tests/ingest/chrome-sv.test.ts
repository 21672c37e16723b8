import { describe, expect, it } from 'vitest';
import { isChromeLine, removeChrome } from '../../scripts/ingest/chrome.ts';
import { SWEDISH_CHROME_LINE_RULES } from '../../scripts/ingest/data/chrome-lines-sv.ts';

describe('Swedish chrome line rules', () => {
  it.each(SWEDISH_CHROME_LINE_RULES.map((r) => [r.name, r] as const))('%s matches its example', (_name, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
    expect(isChromeLine(rule.example)).toBe(true);
  });

  it.each([
    'Från 2015 till 2019 pågick beredningen i alla landskap.',
    'Dela gärna med dig av dina synpunkter på förslaget.',
    'Bild av läget: beredningen går framåt i Österbotten.',
    'Uppdaterat förslag till landskapsstrategi skickas på remiss.',
    'Tillbaka till ritbordet, säger förändringsdirektören.',
  ])('release prose is not chrome: %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('removes Svenska Yle chrome around a lead and keeps the text', () => {
    const page = 'Rubrik\n\nFrån 2015\nBild: Yle/Karin Nyberg\n\nKommunerna vill bilda ett eget vårdområde, anser de förtroendevalda.\n\nDenna sida finns även på: Finska';
    expect(removeChrome(page)).toBe('Rubrik\n\nKommunerna vill bilda ett eget vårdområde, anser de förtroendevalda.');
  });
});
