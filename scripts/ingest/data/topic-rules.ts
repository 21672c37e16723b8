// The rules that tag a release with the reform topics, in one readable place. Each pattern is matched
// against the lowercased title and paragraphs, anywhere inside a word, so inflection and compounds are
// covered by the stem ("kasvupalvelu" finds kasvupalvelupilotit, kasvupalvelu-uudistuksen,
// "ICT-, kasvupalvelu- sekä …").
//
// Minimum evidence: a strong term scores 2, a weak term 1. In the headline and lead a topic needs 2 —
// one strong term, or two weak ones; over the whole text it needs 4 — a strong term mentioned twice,
// or with two weak ones: a single passing term below the lead never tags. Strong terms name the topic
// itself; weak terms are related words that also appear in passing (one "TE-palvelut" or one
// "asiakasseteli" does not make a release about the topic). Swedish terms beside the Finnish ones.
//
// A word's ending before the next word is \p{L}{0,100}, not \p{L}*: an unbounded ending reads to the
// end of the word from every stem in it, quadratic in one long run of letters (a scrape that lost its
// spaces). 100 letters is twice the longest run in the seeds and real-shape sources (49).
import type { TopicName } from '../../data/topics.ts';

export interface TopicRule {
  topic: TopicName;
  pattern: RegExp;
  strength: 'strong' | 'weak';
  /** A sentence from a fixture (seed or real-shape) the rule matches. */
  example: string;
  /** A sentence from a fixture, often a near miss, the rule must not match. */
  counterexample: string;
  /** Why the term is strong or weak, where it is not obvious. */
  why?: string;
}

export const TOPIC_SCORE = { strong: 2, weak: 1, neededInLead: 2, neededInText: 4 } as const;
/** Sentences of the lead paragraph that count as the lead (a scrape may glue a whole page into one). */
export const LEAD_SENTENCES = 2;

export const TOPIC_RULES: readonly TopicRule[] = [
  // ICT
  {
    topic: 'ICT',
    pattern: /(?<!\p{L})ict(?!\p{L})/gu,
    strength: 'strong',
    example:
      'Koko maakuntaa hyödyttävien ICT-ratkaisujen kannalta henkilöstöresurssin varmistaminen on tärkeää, jotta jatkovalmistelu turvataan.',
    counterexample: 'För en äldre person med flera sjukdomar är det viktigaste att samma läkare finns kvar år efter år.',
  },
  {
    topic: 'ICT',
    pattern: /tietojärjestelm/gu,
    strength: 'strong',
    example:
      'Maakunnassa on kuntien ja kuntayhtymien käytössä tällä hetkellä noin 850 tietojärjestelmää.',
    counterexample: 'Esimerkiksi Pirkanmaalla ja Uudellamaalla on jo siirretty ensimmäisiä järjestelmiä uuteen palvelukeskukseen.',
  },
  {
    topic: 'ICT',
    pattern: /tietoliikenne|tietoliikenteen/gu,
    strength: 'strong',
    example: 'Tavoitteena on muodostaa Pohjois-Pohjanmaan alueen kattava tietoliikenneratkaisu, jota kuntatoimijat ja tuleva maakunta voivat hyödyntää.',
    counterexample: 'Ministeriö muistuttaa, että tietojärjestelmien muutoksiin varattu rahoitus on haettava tämän vuoden loppuun mennessä.',
  },
  {
    topic: 'ICT',
    pattern: /tietohallin/gu,
    strength: 'strong',
    example: 'Myös kansalliset ratkaisut vaikuttavat tietohallinnon kokonaisuuteen.',
    counterexample: 'Ministeriö muistuttaa, että tietojärjestelmien muutoksiin varattu rahoitus on haettava tämän vuoden loppuun mennessä.',
  },
  {
    topic: 'ICT',
    pattern:
      /digitalisa|digitalisoi|tietotekni|tietoturva|(?<!\p{L})it-palvel|ohjelmisto|kanta-palvel|(?<!\p{L})apotti/gu,
    strength: 'strong',
    example: 'Digitalisaatio auttaa turvaamaan palvelut harvaan asutussa maakunnassa, jossa etäisyydet ovat pitkiä.',
    counterexample: 'Arvio perustuu maakuntien kanssa käytyihin neuvotteluihin.',
  },
  {
    topic: 'ICT',
    pattern: /(?<!palvelu)järjestelmi\p{L}{0,100}\s+käyttöön/gu,
    strength: 'weak',
    example:
      'Asian valmistelutoimielimen on tehtävä sopimus talous- ja henkilöstöhallinnon järjestelmien käyttöönottoprojektista kesällä 2018.',
    counterexample: 'Esimerkiksi Pirkanmaalla ja Uudellamaalla on jo siirretty ensimmäisiä järjestelmiä uuteen palvelukeskukseen.',
    why: '"järjestelmä" alone is as often the service system (palvelujärjestelmä) as software.',
  },
  {
    topic: 'ICT',
    pattern:
      /sähköi\p{L}{0,100}\s+(?:palvelu|asioin)|digitaali\p{L}{0,100}\s+palvelu|digipalvelu|verkkopalvelu|tiedonhallin|tietoverk/gu,
    strength: 'weak',
    example: 'Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä Siun sote ottaa käyttöön uuden sähköisen asioinnin palvelun.',
    counterexample: '– Asiakkaat ovat olleet tyytyväisiä, kun ovat voineet itse päättää palveluistaan',
    why: 'Electronic services are often mentioned in passing in releases about something else.',
  },

  // kasvupalvelut
  {
    topic: 'kasvupalvelut',
    pattern: /kasvupalvelu/gu,
    strength: 'strong',
    example:
      'Kasvupalvelupiloteissa hyödynnetään alueellisten työllisyyskokeilujen hyviä käytäntöjä ja palvelukokonaisuuksia.',
    counterexample: 'Kokeiluissa vammaiset ja ikääntyneet asiakkaat suunnittelevat itse palvelunsa sovitun rahasumman puitteissa.',
  },
  {
    topic: 'kasvupalvelut',
    pattern:
      /(?<!\p{L})te-palvel|(?<!\p{L})te-toimist|yrityspalvel|työllisyyspalvel|työllisyyskokeilu/gu,
    strength: 'weak',
    example: 'Vastausten perusteella TE-palveluilta toivotaan nopeampaa palvelua ja enemmän henkilökohtaista neuvontaa.',
    counterexample: 'Kokeiluissa vammaiset ja ikääntyneet asiakkaat suunnittelevat itse palvelunsa sovitun rahasumman puitteissa.',
    why: 'TE-palvelut and yrityspalvelut become growth services in the reform but also exist without it.',
  },

  // valinnanvapaus
  {
    topic: 'valinnanvapaus',
    pattern: /valinnanvapau/gu,
    strength: 'strong',
    example: 'Valinnanvapauspilotin avustushakemus tulee jättää ministeriöön 15.3.',
    counterexample: '– Asiakkaat ovat olleet tyytyväisiä, kun ovat voineet itse päättää palveluistaan',
  },
  {
    topic: 'valinnanvapaus',
    pattern: /suora\p{L}{0,100}\s+valinna/gu,
    strength: 'strong',
    example: 'Suoran valinnan palveluja saisi aluksi vain sote-keskuksista, ja suun terveydenhuollon valinnanvapaus laajenisi vasta vuotta myöhemmin.',
    counterexample: 'Ensimmäiset asukkaat pääsisivät valitsemaan oman sote-keskuksensa ehkä ensi vuonna.',
  },
  {
    topic: 'valinnanvapaus',
    pattern: /asiakassetel|palvelusetel|sote-keskus|sote-keskuks/gu,
    strength: 'weak',
    example:
      'Kokeiluissa voidaan testata esimerkiksi • sote-keskuksen valintaa • asiakasseteliä • henkilökohtaista budjettia.',
    counterexample: 'Henkilökohtainen budjetti on tarkoitus ottaa käyttöön kaikissa maakunnissa osana valinnanvapauslakia.',
    why: 'Vouchers and sote-keskus are instruments of choice, but vouchers exist without it.',
  },

  // henkilökohtainen budjetti
  {
    topic: 'henkilökohtainen budjetti',
    pattern: /henkilökohtai\p{L}{0,100}\s+budjet/gu,
    strength: 'strong',
    example: 'Asiakassetelin ja henkilökohtaisen budjetin käyttö laajenisi sitä mukaa kuin maakunnat ovat valmiita.',
    counterexample: 'Rahoituslain luonnoksessa maakunnan rahoitus määräytyisi asukasmäärän, ikärakenteen ja sairastavuuden perusteella.',
  },
  // Swedish (Swedish-language and bilingual releases)
  {
    topic: 'ICT',
    pattern: /(?<!\p{L})ikt(?!\p{L})|digitaliser|informationssystem|datasystem/gu,
    strength: 'strong',
    example: 'Österbottens förbund har anställt tre IKT-specialister som ska förbereda landskapets gemensamma informationssystem.',
    counterexample: 'För en äldre person med flera sjukdomar är det viktigaste att samma läkare finns kvar år efter år.',
  },
  {
    topic: 'kasvupalvelut',
    pattern: /tillväxttjänst/gu,
    strength: 'strong',
    example: '– Vi vill inte ha en byråkrati till. Tillväxttjänsterna ska finnas där företagen finns, säger Backlund.',
    counterexample: 'Kunden kan då välja tjänster från kommunen, ett företag eller en organisation.',
  },
  {
    topic: 'kasvupalvelut',
    pattern: /(?<!\p{L})te-byrå|arbets- och näringstjänst|företagstjänst/gu,
    strength: 'weak',
    example: 'arbets- och näringstjänsterna (de så kallade tillväxttjänsterna)',
    counterexample: 'Staden har kvar skolorna, daghemmen, kulturen och idrotten.',
    why: 'TE-byråerna are named in every list of what moves to the regions.',
  },
  {
    topic: 'valinnanvapaus',
    pattern: /valfrihet/gu,
    strength: 'strong',
    example: '– Valfrihetsförsöket ger oss erfarenhet innan lagen träder i kraft, säger direktör Ulrika Strand.',
    counterexample: 'Kunden kan då välja tjänster från kommunen, ett företag eller en organisation.',
  },
  {
    topic: 'valinnanvapaus',
    pattern: /kundsedel|servicesedel|social- och hälsocentral/gu,
    strength: 'weak',
    example: 'Kundsedeln och den personliga budgeten nämns i lagutkastet, men ingen har räknat på vad de betyder för de minsta kommunerna.',
    counterexample: 'Centralsjukhusets huvudentré i Vasa.',
    why: 'Vouchers and health centres exist without the choice reform.',
  },
  {
    topic: 'henkilökohtainen budjetti',
    pattern: /personlig\p{L}{0,100}\s+budget/gu,
    strength: 'strong',
    example: 'Österbotten söker pengar för försök med personlig budget',
    counterexample: 'Jag efterlyser en ärlig diskussion om vad valfriheten kostar och vem den egentligen gagnar.',
  },
];
