// Sentences, headings and headlines of the built-in corpus (content/sources/000–004), cut into
// reusable pieces with slots: {nom} {gen} {loc} region forms, {m1} {m2} {m3} municipalities of that
// region (nominative), {y} the release's year, {yNext} the year after, {yPrev} the year before,
// {n} a small count, {big} a larger count, {euro} an amount in millions.
// No piece carries a day.month date: the composer places every date itself, so that an undated
// release really gives no basis for a date. Pieces under a topic discuss that topic; NEUTRAL pieces
// name none of the four topics (no ICT, tieto-/digi-, kasvupalvelu, valinnanvapaus, henkilökohtainen
// budjetti words), so a release's topics are exactly the groups it draws from.
import type { TopicName } from '../../data/topics.ts';

export interface TopicText {
  /** Words that name the topic outright; a release tagged with it must contain one (see compose.ts). */
  keyword: RegExp;
  headlines: readonly string[];
  headings: readonly string[];
  sentences: readonly string[];
  bullets: readonly string[];
}

export const TOPIC_TEXT: Readonly<Record<TopicName, TopicText>> = {
  ICT: {
    keyword: /ICT|tietojärjestelm|tietoliikenne|tietohallin/,
    headlines: [
      'Maakunta- ja sote-uudistuksen johtoryhmä viestii kunnille ICT-valmistelun resurssien tärkeydestä',
      '{gen} ICT-valmistelussa edetään vaiheittain',
      '{gen} tietoliikennepalveluiden yhteishankinta etenee',
      'Tietojärjestelmien yhtenäistäminen käynnistyy {loc}',
    ],
    headings: [
      'ICT-valmistelussa edetään vaiheittain',
      'Tietoliikenneratkaisu koko maakuntaan',
      'Tietojärjestelmien yhtenäistäminen etenee',
      'ICT-infrastruktuurin kilpailutus selvitetään',
    ],
    sentences: [
      'Koko maakuntaa hyödyttävien ICT-ratkaisujen kannalta henkilöstöresurssin varmistaminen on tärkeää, jotta jatkovalmistelu turvataan.',
      'Johtoryhmä esittää, että kunnat varmistavat sote-palveluja tukevien ICT-ratkaisujen kehittämisen ja jatkuvuuden – ratkaisut tulisi sovittaa yhteen maakunta- ja sote-uudistuksen valmistelun kanssa.',
      'Lisäksi johtoryhmä esittää kunnille, että ne osallistuvat {gen} laajuisen ICT-infrastruktuurin kilpailutusmahdollisuuden selvittämiseen.',
      'Johtoryhmä sai tilannekatsauksen {gen} tietoliikennepalveluiden yhteishankinnasta.',
      'Tavoitteena on muodostaa {gen} alueen kattava tietoliikenneratkaisu, jota kuntatoimijat ja tuleva maakunta voivat hyödyntää.',
      'Yhtenäinen tietoliikenneratkaisu helpottaa siirtymää kunnista ja kuntayhtymistä maakuntaan.',
      'Johtoryhmä käsitteli kokouksessaan myös ICT-valmistelun tilannetta.',
      'Maakunnassa on kuntien ja kuntayhtymien käytössä tällä hetkellä noin {big} tietojärjestelmää.',
      'Tiukassa valmisteluaikataulussa kaikkia järjestelmiä ei ehditä yhdenmukaistamaan.',
      'Näin ollen ICT-käyttöönotto tullaan tekemään maakunnassa vaiheistetusti.',
      'Myös kansalliset ratkaisut vaikuttavat tietohallinnon kokonaisuuteen.',
      'Valmisteluun panostetaan, sillä toimivat tietojärjestelmät varmistavat maakunnan tehokkaan toiminnan.',
      '{loc} ICT-rahoitusta on käytetty tällä hallituskaudella noin {euro} M€.',
      'Asian valmistelutoimielimen on tehtävä sopimus talous- ja henkilöstöhallinnon järjestelmien käyttöönottoprojektista vuoden {y} aikana.',
      'Maakunnan verkon rakentaminen on aloitettava viimeistään syksyllä {yNext}.',
    ],
    bullets: [
      'Integraatiota tukevien ICT-ratkaisujen ja tiedolla johtamisen kehittäminen',
      'Yhteisen tietoliikenneratkaisun hankinta',
    ],
  },
  kasvupalvelut: {
    keyword: /[Kk]asvupalvel/,
    headlines: [
      'Kasvupalvelupilotit hyödyntävät hyviä käytäntöjä {loc}',
      '{gen} kasvupalveluvalmistelu etenee hyvässä yhteistyössä',
      'Kasvupalvelu-uudistuksen tavoitteet ovat yhä olemassa {loc}',
    ],
    headings: [
      'Kasvupalvelupilotit hyödyntävät hyviä käytäntöjä',
      'Kasvupalvelut valmistellaan yhdessä',
      'Kasvupalvelupilotteihin haetaan kuntia',
    ],
    sentences: [
      '{loc} kasvupalveluvalmistelu etenee hyvässä yhteistyössä.',
      'Kasvupalvelupiloteissa hyödynnetään alueellisten työllisyyskokeilujen hyviä käytäntöjä ja palvelukokonaisuuksia.',
      'Kuntien mukanaolo uusissa kasvupalvelupiloteissa on mahdollista mm. hyödyntämällä kasvupalveluallianssia.',
      'Hyviksi todettuja malleja voitaisiin soveltuvin osin siirtää työllisyyskokeiluista kasvupalvelupilotteihin, joissa niitä voidaan hyödyntää ja kehittää jatkossakin.',
      'Kasvupalveluita valmistellut ELY-keskuksen johtaja kertoo, että kasvupalvelu-uudistuksen päämäärät ja tavoitteet ovat yhä olemassa.',
      'Nykylainsäädännön puitteissa suurin valtaosa kasvupalvelupiloteista voidaan käynnistää ja hakea toimintamalleja, jotka sujuvoittavat palveluita.',
      'Kasvupalvelupilottiin osallistuvat {m1}, {m2} ja {m3}.',
      'Kasvupalvelujen markkina-analyysi valmistuu vuoden {y} aikana.',
    ],
    bullets: [
      'Laaja sote- ja kasvupalvelujen markkina-analyysi',
      'Kasvupalvelupilottien käynnistäminen yhdessä kuntien kanssa',
    ],
  },
  valinnanvapaus: {
    keyword: /[Vv]alinnanvapau/,
    headlines: [
      'Maakunta- ja sote-uudistuksen johtoryhmässä keskustelua konsernisuunnitelmista ja valinnanvapauspilotista',
      '{nom} valmistautuu valinnanvapauspilottiin',
      'Valinnanvapauspilotin hakemus valmistellaan {loc}',
    ],
    headings: ['Valinnanvapauspilotti valmistelussa', 'Valinnanvapauden kokeilu laajenee'],
    sentences: [
      'Tavoitteena on saada valinnanvapauspilotit starttaamaan, edellyttäen että valinnanvapauslaki hyväksytään eduskunnassa.',
      'Valinnanvapauspilotin aikana osallistuvilta tahoilta ei vaadita omarahoitusosuutta, mutta joitain ehtoja on vielä auki koskien muun muassa pilotissa toteutettavien palveluiden rahoitusta.',
      '{gen} valinnanvapauspilotin kärkiä ovat mm. asiakasosallisuus palvelusuunnittelussa ja -muotoilussa sekä asiakkaiden ohjaaminen matalan kynnyksen toimintaan.',
      'Valinnanvapauspilotin pilottikunnat ovat {m1}, {m2} ja {m3}.',
      'Valinnanvapauden kehittäminen ja laajentaminen on yksi valmistelun konkreettisista tuloksista.',
      'Valinnanvapauslain hyväksyminen ratkaisee pilotin laajuuden.',
    ],
    bullets: ['Valinnanvapauden kehittäminen ja laajentaminen'],
  },
  'henkilökohtainen budjetti': {
    keyword: /[Hh]enkilökohtai\w+ budjet/,
    headlines: [
      '{nom} valmistelee hakemusta henkilökohtaisen budjetin pilottiin, päätös hakeutumisesta syksyllä',
      'Henkilökohtaisen budjetin pilotti käynnistyy {loc}',
    ],
    headings: ['Henkilökohtaisen budjetin pilottiin haetaan', 'Henkilökohtainen budjetti kokeiluun'],
    sentences: [
      'Ohjausryhmä päätti, että {nom} alkaa valmistella hakemusta henkilökohtaisen budjetin pilottiin.',
      'Henkilökohtaisen budjetin pilotin avulla saadaan käsitystä millaista työntekijäresurssia ja osaamista vaaditaan, mikä on ohjauksen ja neuvonnan rooli ja prosessi maakuntatasolla.',
      'Henkilökohtaisen budjetin kokeilussa voidaan toteuttaa palvelu, joka muotoutuu asiakkaan tarpeen mukaan.',
      '{nom} voisi aloittaa henkilökohtaisen budjetin kokeilun vaiheittain ikäihmisten asumispalveluista ja myöhemmin kehitysvammaisten ja vammaisten vastaavista palveluista.',
      'Henkilökohtaisen budjetin pilottiin tulisivat ensimmäiset asiakkaat vuoden {yNext} aikana.',
    ],
    bullets: ['Henkilökohtaisen budjetin pilotin valmistelu'],
  },
};

export const NEUTRAL_HEADLINES: readonly string[] = [
  '{gen} tulevan maakunnan palvelutuotannon suunnittelu käynnistynyt',
  'Maakunta- ja sote-uudistuksen valmistelu hyödyntää {gen} aluetta jatkossakin',
  '{gen} johtoryhmä linjasi valmisteluhenkilöstön työsuhteista',
  '{nom} laatii koetalousarvion ja koestrategian',
  '{gen} maakuntakonsernin rakenne hahmottuu',
  'Palvelu- ja hoitoketjujen valmistelu etenee {loc}',
];

export const NEUTRAL_HEADINGS: readonly string[] = [
  'Koetalousarvio ja -strategia yhteisessä valmistelussa',
  'Valmisteluhenkilöstön työsuhteista periaatepäätös',
  'Palvelutuotannon suunnittelu etenee',
  'Henkilöstölle kerrotaan uudistuksesta',
  'Konsernirakenne keskustelussa',
];

export const NEUTRAL_SENTENCES: readonly string[] = [
  '{gen} maakunta- ja sote-uudistuksen oman palvelutuotannon suunnittelu on käynnistynyt.',
  'Parhaillaan kootaan työryhmiä, joissa suunnittelua lähdetään viemään eteenpäin.',
  'Suunnittelua tehdään {gen} järjestämissuunnitelman alustavien linjausten pohjalta.',
  'Maakunnassa käydään tulevana keväänä läpi maakuntaan siirtyvien palveluiden volyymit (mm. henkilöstömäärät ja palveluverkko) ja lähdetään mallintamaan palveluiden organisoitumista.',
  'Tavoitteena on, että keväällä saadaan laadittua rakenne siitä, montako liikelaitosta tai yhtiötä maakuntakonsernissa toimii ja mitä palveluita ne tuottavat.',
  'Samaan aikaan palvelu- ja hoitoketjujen valmistelua viedään yhä yksityiskohtaisemmalle tasolle.',
  'Suunnittelutyöllä tähdätään muuttamaan palveluiden painopistettä korjaavista palveluista ennaltaehkäiseviin palveluihin.',
  'Työtä tehdään eri palveluiden yhteistyönä.',
  'Palvelu- ja hoitoketjujen mallintamisella varmistetaan kaikkien asukkaiden yhdenvertainen ja asiakaslähtöinen kohtelu riippumatta siitä, missä hän asioi.',
  'Henkilöstölle tullaan kertomaan uudistuksen etenemisestä kunnissa järjestettävissä henkilöstötilaisuuksissa.',
  'Kokouksessa käytiin keskustelua myös maakunnan konsernirakenteen suunnittelusta.',
  'Keskustelusta saatiin eväitä jatkotyöstöön, linjauksia tehdään seuraavissa kokouksissa.',
  '{nom} laatii yhteisvalmisteluna koetalousarvion ja koestrategian.',
  'Maakuntauudistuksen johtoryhmä ja poliittinen ohjausryhmä osallistuvat työskentelyyn sovittavina ajankohtina.',
  'Päätuotoksena syntyy {gen} koemaakuntastrategia ja maakunnan toiminnan ja talouden suunnitelman koeversio vuosille {yNext}-{yPlanEnd}.',
  'Johtoryhmä teki periaatepäätöksen valmisteluhenkilöstön työsuhteiden jatkamiseksi vuoden {yNext} loppuun myönnetyn rahoituksen puitteissa.',
  'Uudet työsopimukset tehdään, kun eduskunta on varmistanut maakunta- ja sote-uudistuksen rahoituksen.',
  '{gen} liiton alaisuudessa toimiva maakunta- ja sote-uudistuksen projektitoimisto aloitti toimintansa vuonna {yPrev}.',
  'Valmistelussa mukana olleita henkilöitä on enimmillään ollut kaiken kaikkiaan noin {n} henkilöä.',
  'Suurin osa tekijöistä on ollut osa-aikaisia ja lainassa muista organisaatioista, joten projektin päätyttyä he palaavat takaisin omiin tehtäviinsä.',
  '{loc} kaikki valmistelu on tukenut nykyistä toimintaa ja palvelujen järjestämisen kehittämistä.',
  'Muutoksista huolimatta toiminnan tulee jatkua häiriöttömästi.',
  'Ohjausryhmä päätti, että maakunnan omaa talous- ja henkilöstöhallinnon yhtiön perustamista lähdetään valmistelemaan välittömästi.',
  'Työtä tekevät {nom}{yNext} valmistelu, {m1} ja sairaanhoitopiiri mahdollisesti ulkopuolisen palvelutarjoajan kanssa.',
  'Toisessa vaiheessa osakkaiksi voidaan ottaa asiasta kiinnostuneet muut {gen} kunnat.',
  'Jotta rahoitusta saadaan, maakunnasta tulee olla mukana riittävä väestö- ja kuntamäärä.',
  'Tavoitteena on saada kustannustehokkaat, laadukkaat palvelut ja uudenaikaiset, käytettävyydeltään hyvät palvelurakenteet.',
  'Sopimukset tehdään määräaikaiseksi ja ne ovat voimassa korkeintaan {yNext} loppuun saakka.',
];

/** Closing sentences that are the release's own text although they read like boilerplate. */
export const NEUTRAL_CLOSERS: readonly string[] = [
  'Asialista liitteineen on nähtävillä maakunnan verkkosivuilla.',
  'Kysymyksiä ja kommentteja voi lähettää etusivulta löytyvän lomakkeen kautta.',
];

export const NEUTRAL_BULLETS: readonly string[] = [
  'Maakunnallisen Hyte-rakenteen käyttöönotto',
  'Maakunnallisen palvelukokonaisuuden arviointi ja suunnittelu sekä kehittäminen',
  'Paljon palvelua tarvitsevien asiakkaiden palveluprosessien koordinoinnin paraneminen asiakasohjausta kehittämällä',
  'KOTO-pilotti (uudenlainen yhteistyömalli kotouttamisasiakkaille)',
  'Tulevaan maakuntaan suunniteltujen eri toimijoiden toiminnan kriittisten rajapintojen tunnistaminen',
];

export const BULLET_LEADS: readonly string[] = [
  'Konkreettisia valmistelun hyötyjä:',
  'Valmistelun tuloksia:',
  'Johtoryhmä käsitteli muun muassa:',
];

export const QUOTES: readonly string[] = [
  'Me olimme varautuneet kaikkiin vaihtoehtoihin ja keskityimme koko ajan valmistelussa niihin asioihin, joista on hyötyä maakunnalle vaikka uudistus ei toteutuisikaan.',
  'Suuri kiitos kuuluu kaikille valmistelussa mukana olleille tekijöille, jotka ovat haastavasta ja alati muuttuvista aikatauluista huolimatta tehneet erinomaista työtä.',
  'Valmistelu pitää pystyä hyödyntämään ja se halutaan hyödyntää myös seuraavalla hallituskaudella.',
  'Siinä mielessä olemme erittäin hyvässä asemassa, että kaikki osaaminen jää jatkossakin hyödyntämään maakuntaamme.',
];

export const QUOTE_VERBS: readonly string[] = ['sanoo', 'toteaa', 'vakuuttaa', 'summaa'];

/** Opening sentences that carry a meeting's day and month: "{dm}" is "14.9." and {when} a weekday. */
export const MEETING_OPENERS: readonly string[] = [
  '{gen} maakunta- ja sote-uudistuksen johtoryhmä kävi {dm} pidetyssä kokouksessaan läpi uudistuksen valmistelun tilannetta.',
  'Maakunta- ja sote-uudistuksen johtoryhmä kokoontui {dm} ja kuuli tilannekatsauksen valmistelusta.',
  '{gen} sote- ja maakuntauudistuksen valmistelun poliittinen ohjausryhmä kokoontui {dm} ja sai tiedoksi valmistelun tilanteen.',
];

/** Openers whose date is a weekday with day and month only ("maanantaina 3.7."). */
export const WEEKDAY_OPENERS: readonly string[] = [
  '{gen} sote- ja maakuntauudistuksen valmistelun poliittinen ohjausryhmä kokoontui {weekday} {dm} ensimmäistä kertaa ja sai tiedoksi meneillään olevan valmistelun tilanteen.',
  '{gen} maakunta- ja sote-uudistuksen johtoryhmä kokoontui {weekday} {dm} ja käsitteli valmistelun etenemistä.',
];

/** Openers without any date, for undated releases and for those dated by a dateline. */
export const PLAIN_OPENERS: readonly string[] = [
  '{gen} maakunta- ja sote-uudistuksen johtoryhmä kokoontui ja käsitteli valmistelun etenemistä.',
  'Maakunta- ja sote-uudistuksen projektitoimistolla {loc} seurattiin uudistuksen etenemistä tarkasti.',
  '{gen} maakunta- ja sote-uudistuksen valmistelu jatkuu johtoryhmän linjausten mukaisesti.',
];

/** A neighbouring region named in passing: it must not become the release's region. */
/** A target date that is not the publication date (seed 002): an undated release keeps it. */
export const TARGET_SENTENCES: readonly string[] = [
  'Johtoryhmässä todettiin, ettei uusi rakenne ole valmis 1.1.2020 vaan siirtymä tehdään vaiheittain vuoteen 2025 mennessä.',
];

export const IN_PASSING: readonly string[] = [
  'Yhteistyötä tehdään myös {other} kanssa.',
  'Mallia on haettu myös {other} valmistelusta.',
];
