import { describe, expect, it } from 'vitest';
import { TOPIC_RULES } from '../../scripts/ingest/data/topic-rules.ts';
import { extractTopics, scoreTopics } from '../../scripts/ingest/topics.ts';
import { handCleanedSeed, source } from './support/hand-cleaned-seeds.ts';

describe('extractTopics on the seeds', () => {
  it.each([
    ['000', ['ICT', 'kasvupalvelut']],
    // ICT: tietoliikenneratkaisu, järjestelmien käyttöönotto; valinnanvapaus: valinnanvapauspilotti,
    // valinnanvapauslaki; henkilökohtainen budjetti: "henkilökohtaisen budjettiin … liittyvien toimien".
    ['001', ['ICT', 'valinnanvapaus', 'henkilökohtainen budjetti']],
    ['002', ['ICT']],
    ['003', ['henkilökohtainen budjetti']],
    // "Valinnanvapauden kehittäminen ja laajentaminen" is a stated result of the preparation.
    ['004', ['ICT', 'kasvupalvelut', 'valinnanvapaus']],
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

describe('topic rules', () => {
  it.each(TOPIC_RULES.map((rule) => [rule.topic, rule.example, rule] as const))(
    '%s: its example matches its own rule (%s)',
    (_topic, example, rule) => {
      expect(new RegExp(rule.pattern.source, rule.pattern.flags).test(example.toLowerCase())).toBe(
        true,
      );
      expect(scoreTopics(example).get(rule.topic)).toBeGreaterThan(0);
    },
  );
});
