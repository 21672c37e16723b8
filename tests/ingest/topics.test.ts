import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPIC_RULES } from '../../scripts/ingest/data/topic-rules.ts';
import { extractTopics, scoreTopics } from '../../scripts/ingest/topics.ts';
import { handCleanedSeed, source } from './support/hand-cleaned-seeds.ts';

describe('extractTopics on the seeds', () => {
  it.each([
    ['000', ['ICT', 'kasvupalvelut']],
    // ICT: tietoliikenneratkaisu, järjestelmien käyttöönotto; valinnanvapaus: valinnanvapauspilotti,
    // valinnanvapauslaki. Was also "henkilökohtainen budjetti", from its one mention in the body
    // ("henkilökohtaisen budjettiin … liittyvien toimien lisäksi"): a single passing term, which issue
    // 10 says never tags.
    ['001', ['ICT', 'valinnanvapaus']],
    ['002', ['ICT']],
    ['003', ['henkilökohtainen budjetti']],
    // Was also "valinnanvapaus", from one bullet in a list of the preparation's results ("Valinnanvapauden
    // kehittäminen ja laajentaminen"): one mention below the lead, not discussion (issue 10).
    ['004', ['ICT', 'kasvupalvelut']],
  ])('seed %s → %j', (seed, expected) => {
    expect(extractTopics(handCleanedSeed(seed))).toEqual(expected);
  });
});

describe('extractTopics: inflection, compounds and minimum evidence', () => {
  it.each([
    // Strong terms: one is enough.
    ['Kasvupalvelupilotit hyödyntävät hyviä käytäntöjä.', ['kasvupalvelut']],
    ['Kasvupalvelu-uudistuksen päämäärät ovat yhä olemassa.', ['kasvupalvelut']],
    [
      'Johtoryhmä kävi läpi ICT-, kasvupalvelu- sekä koetalousarviovalmistelua.',
      ['ICT', 'kasvupalvelut'],
    ],
    ['Valinnanvapauslaki hyväksytään eduskunnassa.', ['valinnanvapaus']],
    ['Valinnanvapauspilotin avustushakemus jätetään ministeriöön.', ['valinnanvapaus']],
    ['Suoran valinnan palvelut alkavat.', ['valinnanvapaus']],
    ['Pirkanmaa hakee henkilökohtaisen budjetin pilottiin.', ['henkilökohtainen budjetti']],
    ['Henkilökohtaista budjetointia kokeillaan vammaispalveluissa.', ['henkilökohtainen budjetti']],
    ['Maakunnassa on käytössä noin 850 tietojärjestelmää.', ['ICT']],
    ['Asiakastietojärjestelmä uusitaan.', ['ICT']],
    ['Tavoitteena on alueen kattava tietoliikenneratkaisu.', ['ICT']],
    ['Kansalliset ratkaisut vaikuttavat tietohallinnon kokonaisuuteen.', ['ICT']],
    ['Digitalisaatio muuttaa palveluja.', ['ICT']],
    ['Apotti-järjestelmän käyttöönotto alkaa.', ['ICT']],
    ['Digipalvelut ja tietoverkon uusiminen etenevät.', ['ICT']],
    ['Tietoverkko uusitaan.', []],
    ['Koko maakuntaa hyödyttävien ICT-ratkaisujen kehittäminen on tärkeää.', ['ICT']],
    // Weak terms: one is not enough, two are.
    ['Palvelut ovat myös sähköiset palvelut -kanavassa.', []],
    ['Asukkaille kehitetään sähköiset palvelut ja sähköinen asiointi.', ['ICT']],
    ['TE-palvelut jatkavat ennallaan.', []],
    ['TE-palvelut ja yrityspalvelut siirtyvät maakuntaan.', ['kasvupalvelut']],
    ['Pilotissa kokeillaan asiakasseteliä.', []],
    ['Asiakasseteli ja palveluseteli laajenevat sote-keskuksiin.', ['valinnanvapaus']],
    ['Sopimus tehdään järjestelmien käyttöönottoprojektista.', []],
    // Not the topic at all.
    ['Palvelujärjestelmä uudistuu ja budjetti kasvaa.', []],
    ['Henkilökohtainen avustaja ja maakunnan budjetti.', []],
    ['Valinnan mahdollisuus on tärkeä, kasvu jatkuu ja palvelut paranevat.', []],
    ['Sote-palvelujen toimintamallien uudistamistyö jatkuu.', []],
    ['Tiedolla johtamisen kehittäminen jatkuu.', []],
  ])('%s → %j', (text, expected) => {
    expect(extractTopics(source('Otsikko', [text]))).toEqual(expected);
  });

  it('returns topics in TOPICS order whatever the text order', () => {
    const text = 'Henkilökohtainen budjetti, valinnanvapaus, kasvupalvelut ja ICT.';
    expect(extractTopics(source(text, []))).toEqual([
      'ICT',
      'kasvupalvelut',
      'valinnanvapaus',
      'henkilökohtainen budjetti',
    ]);
  });
});

/** Every source the fixtures hold (seeds and real shapes), whitespace normalised. */
function fixtureSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return fixtureSources(full);
    return entry.name.startsWith('source.') ? [readFileSync(full, 'utf8').replace(/\s+/gu, ' ')] : [];
  });
}
const FIXTURE_TEXT = fixtureSources(path.resolve(import.meta.dirname, '../fixtures')).join('\n');

describe('topic rules: a positive and a negative example from the fixtures each', () => {
  it.each(TOPIC_RULES.map((rule) => [rule.topic, rule.example, rule] as const))(
    '%s: %s',
    (_topic, example, rule) => {
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      expect(FIXTURE_TEXT).toContain(example);
      expect(FIXTURE_TEXT).toContain(rule.counterexample);
      expect(pattern.test(example.toLowerCase())).toBe(true);
      expect(new RegExp(rule.pattern.source, rule.pattern.flags).test(rule.counterexample.toLowerCase())).toBe(false);
      expect(scoreTopics(example).get(rule.topic)).toBeGreaterThan(0);
    },
  );
});

describe('extractTopics: discussed, not mentioned in passing', () => {
  it.each([
    [
      'one strong term far below the lead does not tag',
      source('Määräaikakooste päivitetty', [
        'Koska uudistuksen voimaantulo siirtyi, koko valmistelun aikataulu on käyty läpi ja sovitettu uuteen päivään.',
        'Koosteessa on päivämääriä väliaikaishallinnosta, vaaleista ja henkilöstön siirrosta.',
        'Mukana ovat myös valinnanvapautta ja kasvupalveluja koskevien lakien päivämäärät.',
      ]),
      [],
    ],
    [
      'two strong mentions below the lead tag',
      source('Landskapsreformen', [
        'Under de kommande åren flyttar en stor del av den offentliga servicen till ett nytt landskap.',
        'Valfrihet',
        'Med valfriheten kan du själv bestämma var du sköter dina ärenden. Valfriheten införs gradvis.',
      ]),
      ['valinnanvapaus'],
    ],
    [
      'a scrape that glued the page into one paragraph: only its first two sentences are the lead',
      source('Sote-keskusten pilotit käynnistyvät', [
        'Yhdeksän maakuntaa saa rahaa valinnanvapauden kokeiluihin, kertoo ministeriö.Kokeilut alkavat, kun lait on hyväksytty.Rahaa saa yhdeksän maakuntaa.Yksi kokeiluista on henkilökohtainen budjetti.',
      ]),
      ['valinnanvapaus'],
    ],
    ['Swedish terms in the headline', source('Österbotten söker pengar för försök med personlig budget', ['Beredningen ansöker om statsunderstöd för ett försök.']), ['henkilökohtainen budjetti']],
    ['IKT and tillväxttjänster', source('Landskapet bygger IKT-tjänster', ['Tillväxttjänsterna planeras tillsammans med företagen i regionen.']), ['ICT', 'kasvupalvelut']],
  ])('%s', (_label, src, expected) => {
    expect(extractTopics(src)).toEqual(expected);
  });
});
