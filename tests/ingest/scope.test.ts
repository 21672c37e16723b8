import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_SHAPES_DIR } from '../../scripts/bench/real-shapes.ts';
import { NATIONAL_CONTENT_RULES, PUBLISHER_RULES } from '../../scripts/ingest/data/scope-markers.ts';
import { extractPlacement } from '../../scripts/ingest/scope.ts';
import { source } from './support/hand-cleaned-seeds.ts';

const fixtureText = readdirSync(REAL_SHAPES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => readdirSync(path.join(REAL_SHAPES_DIR, entry.name)).filter((f) => f.startsWith('source.')).map((f) => path.join(REAL_SHAPES_DIR, entry.name, f)))
  .map((file) => readFileSync(file, 'utf8').replace(/\s+/gu, ' '))
  .join('\n');

describe('scope rules: each example and counterexample comes from a real-shape fixture', () => {
  it.each([...PUBLISHER_RULES, ...NATIONAL_CONTENT_RULES].map((r) => [r.name, r] as const))('%s', (_name, rule) => {
    for (const text of [rule.example, rule.counterexample]) {
      expect(fixtureText).toContain(text.replace(/\.$/u, ''));
    }
    expect(rule.pattern.test(rule.example)).toBe(true);
    expect(rule.pattern.test(rule.counterexample)).toBe(false);
  });
});

describe('extractPlacement', () => {
  it.each([
    [
      'a ministry byline makes a release national, whatever town it names',
      source('Minister bjuder in medierna', ['Finansministeriet\n22.8.2016 10.05\nNyhet', 'Det första mötet om landskapslagarna hålls i Uleåborg den 6 september, och fler möten följer.']),
      'national',
      null,
    ],
    [
      'a region in the title is regional even when the government acts in the lead',
      source('Österbotten söker pengar för försök med personlig budget', ['Regeringen har öppnat en ansökan, och landskapsberedningen i Österbotten ansöker nu om statsunderstöd.']),
      'regional',
      'Pohjanmaa',
    ],
    [
      'regions in the plural in the title, none with evidence: national',
      source('Maakuntien valmistelu etenee eri tahtiin', ['Valmistelu on edennyt hyvin eri tavoin eri puolilla maata, ja osa odottaa vielä lakeja.', '– Emme voi odottaa, sanoo Pirkanmaan muutosjohtaja.']),
      'national',
      null,
    ],
    [
      'a ministry met as a partner ("kanssa") is not a national actor; the only region, plainly named, in a text about "the region"',
      source('Muutosjohtajan katsaus tammikuussa', [
        'Odotamme eduskunnan päätöksiä, ja lakien hyväksyminen on yhä mahdollista tällä vaalikaudella.',
        'Valtiovarainministeriön kanssa sovittiin teemoista, joista keskustellaan maakunnan neuvottelupäivässä.',
        'Lappi nosti esiin omia painotuksiaan.',
        'Keväällä valmistellaan maakunnan hallintosääntö.',
      ]),
      'regional',
      'Lappi',
    ],
    [
      'places only in quotes: no region, no scope',
      source('Skärgårdskommunerna vill garantera vård på svenska', [
        'De tvåspråkiga kustkommunerna kräver att vården på svenska skrivs in i de nya landskapens strategier.',
        '– I Pargas vill vi ha vård på svenska, säger ordföranden.',
        '– För oss i Raseborg är frågan densamma, säger direktören.',
      ]),
      null,
      null,
    ],
    [
      'a short standfirst above the lead counts as lead (regions in the plural, none named)',
      source('Valinnanvapauskokeilut', [
        'Maakunnat voivat hakea valtionavustusta valinnanvapauden kokeiluihin.',
        'Kokeilujen tarkoitus on koetella ennen lain voimaantuloa, miten asiakkaan valinnat toimivat arjessa.',
      ]),
      'national',
      null,
    ],
    ['no place and nothing national', source('Landskapsreformen', ['Landskapet tar över tjänster som i dag sköts av kommunerna och samkommunerna i regionen.']), null, null],
  ])('%s', (_label, src, scope, region) => {
    const placement = extractPlacement(src);
    expect({ scope: placement.scope, region: placement.region }).toEqual({ scope, region });
  });

  it('puts a release naming regions without evidence on the review list', () => {
    const placement = extractPlacement(
      source('Skärgårdskommunerna vill garantera vård på svenska', [
        'De tvåspråkiga kustkommunerna kräver att vården på svenska skrivs in i strategierna.',
        '– I Pargas vill vi ha vård på svenska, säger ordföranden.',
      ]),
    );
    expect(placement.review).toEqual([{ field: 'region', reason: expect.stringContaining('Varsinais-Suomi') }]);
  });
});
