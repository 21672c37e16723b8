// Every real-shape fixture (tests/fixtures/real-shapes/, see scripts/bench/real-shapes.ts) ingested
// and compared field by field. A field listed in the case's knownWrong must still be wrong: the
// expectations were written before the rules changed, and a rule that fixes one must delete the
// entry, so the list always says exactly what the rules still get wrong.
import { describe, expect, it } from 'vitest';
import { checkShapeCase, loadShapeCases } from '../../scripts/bench/real-shapes.ts';

const cases = loadShapeCases();

describe('real-shape fixtures', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, shape) => {
    const result = checkShapeCase(shape);
    const knownWrong = new Set(shape.expected.knownWrong ?? []);
    const mismatches = result.fields
      .filter((f) => f.right === knownWrong.has(f.field))
      .map((f) => ({ field: f.field, knownWrong: knownWrong.has(f.field), expected: f.expected, actual: f.actual }));
    expect({ error: result.error, mismatches }).toEqual({ error: null, mismatches: [] });
  });

  it('never publishes a wrong date unless a fixture still lists it as known wrong', () => {
    const wrong = cases
      .map((c) => ({ c, r: checkShapeCase(c) }))
      .filter(({ c, r }) => r.wrongDate && !(c.expected.knownWrong ?? []).includes('date'))
      .map(({ c }) => c.name);
    expect(wrong).toEqual([]);
  });
});
