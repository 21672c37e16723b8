import { describe, expect, it } from 'vitest';
import { baseParts, partRuns, surfaceParts, voikkoForms } from '../../scripts/search/voikko-forms.ts';
import type { WordAnalysis } from '../../scripts/search/word-analysis.ts';

// Analyses as libvoikko 4 + voikko-fi give them for words of the built-in releases.
const KASVUPALVELUPILOTIT: WordAnalysis[] = [
  { baseForm: 'kasvupalvelupilotti', structure: '=ppppp=ppppppp=ppppppp', wordClass: 'nimisana' },
];
const PIRKANMAALLA: WordAnalysis[] = [
  { baseForm: 'Pirkanmaa', structure: '=ippppp=pppppp', wordClass: 'nimisana' },
  { baseForm: 'Pirkanmaa', structure: '=ippppp=pppppp', wordClass: 'paikannimi' },
];
const VALIAIKAISHALLINNOSTA: WordAnalysis[] = [
  { baseForm: 'väliaikaishallinto', structure: '=pppp=pppppp=ppppppppppp', wordClass: 'nimisana' },
];
const VALINNANVAPAUSPILOTIN: WordAnalysis[] = [
  { baseForm: 'valinnanvapauspilotti', structure: '=pppppppp=pppppp=ppppppp', wordClass: 'nimisana' },
];

describe('surfaceParts', () => {
  it.each([
    ['kasvupalvelupilotit', '=ppppp=ppppppp=ppppppp', ['kasvu', 'palvelu', 'pilotit']],
    ['budjetin', '=pppppppp', ['budjetin']],
    ['Pirkanmaalla', '=ippppp=pppppp', ['Pirkan', 'maalla']],
    // A structure that does not fit the word leaves it whole.
    ['abc', '=pp', ['abc']],
  ])('%s with %s', (word, structure, parts) => {
    expect(surfaceParts(word, structure)).toEqual(parts);
  });
});

describe('baseParts', () => {
  it('takes the last part from the base form', () => {
    expect(baseParts(['kasvu', 'palvelu', 'pilotit'], 'kasvupalvelupilotti')).toEqual(['kasvu', 'palvelu', 'pilotti']);
  });
  it('keeps surface parts when the base form does not start with the head', () => {
    expect(baseParts(['aaa', 'bbb'], 'ccc')).toEqual(['aaa', 'bbb']);
  });
});

describe('partRuns', () => {
  it('lists heads, tails and middles but not the whole word', () => {
    expect(partRuns(['kasvu', 'palvelu', 'pilotti'])).toEqual([
      'kasvu',
      'kasvupalvelu',
      'palvelu',
      'palvelupilotti',
      'pilotti',
    ]);
  });
});

describe('voikkoForms', () => {
  const noParts = () => [];
  it('gives base form and compound parts of an inflected compound', () => {
    const forms = voikkoForms(KASVUPALVELUPILOTIT, 'kasvupalvelupilotit', noParts);
    expect(forms.bases).toEqual(['kasvupalvelupilotti']);
    expect(forms.parts).toContain('pilotti');
    expect(forms.parts).toContain('kasvupalvelu');
  });
  it('does not split a place name', () => {
    expect(voikkoForms(PIRKANMAALLA, 'Pirkanmaalla', noParts)).toEqual({ bases: ['pirkanmaa'], parts: [] });
  });
  it('adds the base forms of non-final parts', () => {
    const forms = voikkoForms(VALINNANVAPAUSPILOTIN, 'valinnanvapauspilotin', (part) =>
      part === 'valinnan' ? ['valinta'] : [part],
    );
    expect(forms.parts).toEqual(expect.arrayContaining(['valinta', 'vapaus', 'pilotti', 'valinnanvapaus']));
  });
  it.each([
    // word, analyses, base forms its heads of several parts get by the head rules
    ['väliaikaishallinnosta', VALIAIKAISHALLINNOSTA, ['väliaikainen', 'aikainen']],
    ['valinnanvapauspilotin', VALINNANVAPAUSPILOTIN, []],
  ])('gives a head of several parts its base form: %s', (word, analyses, expected) => {
    const forms = voikkoForms(analyses, word, (part) => (part === 'aikais' ? ['aikainen'] : []));
    for (const base of expected) expect(forms.parts).toContain(base);
    expect(forms.parts.filter((p) => p.endsWith('inen')).sort()).toEqual(expected.filter((p) => p.endsWith('inen')).sort());
  });
});
