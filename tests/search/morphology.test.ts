import { afterEach, describe, expect, it } from 'vitest';
import { chooseMorphology } from '../../scripts/search/morphology.ts';

describe('chooseMorphology without Voikko', () => {
  afterEach(() => {
    delete process.env.SEARCH_NO_VOIKKO;
  });
  it('falls back to the heuristics and says so once', () => {
    process.env.SEARCH_NO_VOIKKO = '1';
    const said: string[] = [];
    const first = chooseMorphology(() => ['pilotti', 'kasvu'], (m: string) => said.push(m));
    const second = chooseMorphology(() => ['pilotti', 'kasvu'], (m: string) => said.push(m));
    expect(first.kind).toBe('heuristic');
    expect(second.kind).toBe('heuristic');
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('Voikko not available');
    expect(first.morphology('kasvupilotit').parts).toContain('kasvu');
  });
});
