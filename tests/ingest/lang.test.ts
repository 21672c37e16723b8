import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scripts/ingest/lang.ts';

describe('detectLanguage', () => {
  it.each([
    ['Finnish lead', 'Maakuntauudistuksen valmistelu on edennyt maakunnissa hyvin eri tavoin, ja osa odottaa lakeja.', 'fi'],
    ['Swedish lead', 'Landskapet Österbotten borde bli ett självständigt område, anser kommunernas förtroendevalda.', 'sv'],
    ['Finnish text naming Swedish places', 'Kokous pidettiin Vasassa ja Jakobstadissa, ja se oli avoin kaikille.', 'fi'],
    ['Swedish text naming Finnish bodies', 'Enligt Valtiovarainministeriö ska alla landskap få samma uppgifter till år 2021.', 'sv'],
    [
      'bilingual, Swedish first and longer',
      'Österbottens förbund har anställt tre specialister som ska förbereda systemen för landskapet och kommunerna.\nPohjanmaan liitto on palkannut kolme asiantuntijaa.',
      'sv',
    ],
    [
      'bilingual, Finnish first and longer',
      'Pohjanmaan liitto on palkannut kolme asiantuntijaa, jotka valmistelevat maakunnan ja kuntien yhteisiä järjestelmiä.\nFörbundet har anställt tre specialister.',
      'fi',
    ],
    ['no function words at all: the default', 'Vaasa – Vasa 2018', 'fi'],
    ['a Finnish quote with "en" (I do not) is not Swedish', 'En usko, että malli toimii, sanoo johtaja.', 'fi'],
  ])('%s → %s', (_label, text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
