import { describe, expect, it } from 'vitest';
import { guessBaseForms } from '../../scripts/search/engine.ts';
import { createHeuristicMorphology } from '../../scripts/search/heuristic-forms.ts';

describe('guessBaseForms', () => {
  it.each([
    ['uudistuksen', ['uudistus']],
    ['kokouksessa', ['kokous']],
    ['henkilökohtaisen', ['henkilökohtainen']],
    ['kunnissa', ['kunta']],
    ['maakunnan', ['maakunta']],
    ['valinnanvapauden', ['valinnanvapaus']],
    ['pilotti', []],
  ])('%s → %j', (word, bases) => {
    expect(guessBaseForms(word)).toEqual(bases);
  });
});

describe('createHeuristicMorphology', () => {
  const morphology = createHeuristicMorphology(['pilotti', 'pilottiin', 'kasvu', 'palvelu']);
  it('finds a known word at the end of a compound', () => {
    expect(morphology('kasvupalvelupilotit').parts).toContain('pilotit');
  });
  it('finds a known word at the start of a compound', () => {
    expect(morphology('kasvupalvelupilotit').parts).toContain('kasvu');
  });
  it('leaves short words alone', () => {
    expect(morphology('pilotit').parts).toEqual([]);
  });
});
