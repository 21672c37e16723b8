// The rules that tag a release with the reform topics, in one readable place. Each pattern is matched
// against the lowercased title and paragraphs, anywhere inside a word, so inflection and compounds are
// covered by the stem ("kasvupalvelu" finds kasvupalvelupilotit, kasvupalvelu-uudistuksen,
// "ICT-, kasvupalvelu- sekä …").
//
// Minimum evidence: a strong term scores 2, a weak term 1, and a topic needs 2 — one strong term, or
// two weak ones. Strong terms name the topic itself; weak terms are related words that also appear in
// passing (one "TE-palvelut" or one "asiakasseteli" does not make a release about the topic).
import type { TopicName } from '../../data/topics.ts';

export interface TopicRule {
  topic: TopicName;
  pattern: RegExp;
  strength: 'strong' | 'weak';
  /** A real or realistic sentence the rule matches. */
  example: string;
  /** Why the term is strong or weak, where it is not obvious. */
  why?: string;
}

export const TOPIC_SCORE = { strong: 2, weak: 1, needed: 2 } as const;

export const TOPIC_RULES: readonly TopicRule[] = [
  // ICT
  {
    topic: 'ICT',
    pattern: /(?<!\p{L})ict(?!\p{L})/gu,
    strength: 'strong',
    example:
      'Koko maakuntaa hyödyttävien ICT-ratkaisujen kannalta henkilöstöresurssin varmistaminen on tärkeää.',
  },
  {
    topic: 'ICT',
    pattern: /tietojärjestelm/gu,
    strength: 'strong',
    example:
      'Maakunnassa on kuntien ja kuntayhtymien käytössä tällä hetkellä noin 850 tietojärjestelmää.',
  },
  {
    topic: 'ICT',
    pattern: /tietoliikenne|tietoliikenteen/gu,
    strength: 'strong',
    example: 'Tavoitteena on muodostaa Pohjois-Pohjanmaan alueen kattava tietoliikenneratkaisu.',
  },
  {
    topic: 'ICT',
    pattern: /tietohallin/gu,
    strength: 'strong',
    example: 'Myös kansalliset ratkaisut vaikuttavat tietohallinnon kokonaisuuteen.',
  },
  {
    topic: 'ICT',
    pattern:
      /digitalisa|digitalisoi|tietotekni|tietoturva|(?<!\p{L})it-palvel|ohjelmisto|kanta-palvel|(?<!\p{L})apotti/gu,
    strength: 'strong',
    example: 'Digitalisaatio ja tietoturva ovat maakunnan palvelujen perusta.',
  },
  {
    topic: 'ICT',
    pattern: /(?<!palvelu)järjestelmi\p{L}*\s+käyttöön/gu,
    strength: 'weak',
    example:
      'Asian valmistelutoimielimen on tehtävä sopimus talous- ja henkilöstöhallinnon järjestelmien käyttöönottoprojektista kesällä 2018.',
    why: '"järjestelmä" alone is as often the service system (palvelujärjestelmä) as software.',
  },
  {
    topic: 'ICT',
    pattern:
      /sähköi\p{L}*\s+(?:palvelu|asioin)|digitaali\p{L}*\s+palvelu|digipalvelu|verkkopalvelu|tiedonhallin|tietoverk/gu,
    strength: 'weak',
    example: 'Asukkaille kehitetään sähköiset palvelut ja sähköinen asiointi.',
    why: 'Electronic services are often mentioned in passing in releases about something else.',
  },

  // kasvupalvelut
  {
    topic: 'kasvupalvelut',
    pattern: /kasvupalvelu/gu,
    strength: 'strong',
    example:
      'Kasvupalvelupiloteissa hyödynnetään alueellisten työllisyyskokeilujen hyviä käytäntöjä.',
  },
  {
    topic: 'kasvupalvelut',
    pattern:
      /(?<!\p{L})te-palvel|(?<!\p{L})te-toimist|yrityspalvel|työllisyyspalvel|työllisyyskokeilu/gu,
    strength: 'weak',
    example: 'TE-palvelut ja yrityspalvelut siirtyvät maakuntaan.',
    why: 'TE-palvelut and yrityspalvelut become growth services in the reform but also exist without it.',
  },

  // valinnanvapaus
  {
    topic: 'valinnanvapaus',
    pattern: /valinnanvapau/gu,
    strength: 'strong',
    example: 'Valinnanvapauspilotin avustushakemus tulee jättää ministeriöön 15.3.',
  },
  {
    topic: 'valinnanvapaus',
    pattern: /suora\p{L}*\s+valinna/gu,
    strength: 'strong',
    example: 'Suoran valinnan palveluissa asiakas valitsee sote-keskuksen.',
  },
  {
    topic: 'valinnanvapaus',
    pattern: /asiakassetel|palvelusetel|sote-keskus|sote-keskuks/gu,
    strength: 'weak',
    example:
      'Pilotissa kehitetään henkilökohtaisen budjettiin ja asiakasseteliin liittyviä toimia.',
    why: 'Vouchers and sote-keskus are instruments of choice, but vouchers exist without it.',
  },

  // henkilökohtainen budjetti
  {
    topic: 'henkilökohtainen budjetti',
    pattern: /henkilökohtai\p{L}*\s+budjet/gu,
    strength: 'strong',
    example: 'Pirkanmaa valmistelee hakemusta henkilökohtaisen budjetin pilottiin.',
  },
];
