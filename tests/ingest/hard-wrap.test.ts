import { describe, expect, it } from 'vitest';
import { rejoinHardWraps } from '../../scripts/ingest/hard-wrap.ts';

describe('rejoinHardWraps', () => {
  it.each([
    [
      'a paragraph wrapped mid-sentence',
      'Valiokuntaryhmän mielestä maakuntien rahoitusmalli jättää\nharvaan asuttujen alueiden palvelut liian ohuen rahoituksen varaan.\nRyhmä huomauttaa asiasta.',
      'Valiokuntaryhmän mielestä maakuntien rahoitusmalli jättää harvaan asuttujen alueiden palvelut liian ohuen rahoituksen varaan.\nRyhmä huomauttaa asiasta.',
    ],
    ['a short headline over a lower-case line stays', 'Valmistelu etenee\nsuunnitellusti kaikissa maakunnissa', 'Valmistelu etenee\nsuunnitellusti kaikissa maakunnissa'],
    ['a sentence end', 'Maakuntahallitus hyväksyi strategian kokouksessaan.\nkommentit pyydetään kunnilta', 'Maakuntahallitus hyväksyi strategian kokouksessaan.\nkommentit pyydetään kunnilta'],
    ['a lead-in to a list', 'Kokeiluissa voidaan testata esimerkiksi seuraavia asioita:\nsote-keskuksen valintaa', 'Kokeiluissa voidaan testata esimerkiksi seuraavia asioita:\nsote-keskuksen valintaa'],
    [
      'contact lines',
      'hallitusneuvos Leena Rantasalo, STM, p. 0295 163 288\nfinanssineuvos Oskari Vähämaa, VM, p. 0295 530 612',
      'hallitusneuvos Leena Rantasalo, STM, p. 0295 163 288\nfinanssineuvos Oskari Vähämaa, VM, p. 0295 530 612',
    ],
    ['a bullet item', 'Maakunta vastaa jatkossa seuraavista tehtävistä ja palveluista\n• pelastustoimesta', 'Maakunta vastaa jatkossa seuraavista tehtävistä ja palveluista\n• pelastustoimesta'],
    ['blank lines between blocks', 'Maakunta vastaa jatkossa seuraavista tehtävistä ja palveluista\n\nsosiaalihuolto', 'Maakunta vastaa jatkossa seuraavista tehtävistä ja palveluista\n\nsosiaalihuolto'],
  ])('%s', (_name, input, expected) => {
    expect(rejoinHardWraps(input)).toBe(expected);
  });
});
