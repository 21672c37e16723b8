// The postings built directly must be exactly those of the lunr index the build used to make: same
// weights before quantising, and the same compact encoding byte for byte.
import { describe, expect, it } from 'vitest';
import { createPostingsBuilder, type FieldSpec } from '../../scripts/search/bm25-postings.ts';
import { tagText } from '../../scripts/search/build-index.ts';
import { compactIndex } from '../../scripts/search/compact-index.ts';
import { loadBuiltInCorpus } from '../../scripts/bench/search/corpus.ts';
import { splitWords } from '../../scripts/search/engine.ts';
import { lunr } from '../../scripts/search/finnish-lunr.ts';
import { createHeuristicMorphology } from '../../scripts/search/heuristic-forms.ts';
import { createTermExpander } from '../../scripts/search/index-terms.ts';

const FIELDS: FieldSpec[] = [{ name: 't', boost: 10 }, { name: 'b' }, { name: 'g', boost: 2 }];

interface LunrJson {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number }][];
}

/** The reference: lunr.Builder over the same terms, configured as the build configured it. */
function lunrIndexOf(docs: string[][][]): LunrJson {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = ((terms: string[]) => terms) as unknown as typeof builder.tokenizer;
  builder.ref('i');
  for (const field of FIELDS) builder.field(field.name, field.boost ? { boost: field.boost } : undefined);
  docs.forEach((fields, i) => builder.add({ i: String(i), t: fields[0], b: fields[1], g: fields[2] }));
  return builder.build().toJSON() as unknown as LunrJson;
}

/** lunr's weights as term → per field [doc, weight] pairs in document order. */
function lunrWeights(json: LunrJson): Map<string, [number, number][][]> {
  const termOfIndex = new Map(json.invertedIndex.map(([term, posting]) => [posting._index, term]));
  const out = new Map(json.invertedIndex.map(([term]) => [term, FIELDS.map((): [number, number][] => [])]));
  for (const [ref, vector] of json.fieldVectors) {
    const [field, doc] = ref.split('/');
    for (let i = 0; i < vector.length; i += 2) {
      out.get(termOfIndex.get(vector[i]!)!)![json.fields.indexOf(field!)]!.push([Number(doc), vector[i + 1]!]);
    }
  }
  for (const perField of out.values()) for (const run of perField) run.sort((a, b) => a[0] - b[0]);
  return out;
}

function directOf(docs: string[][][]) {
  const builder = createPostingsBuilder(FIELDS);
  for (const fields of docs) builder.add(fields);
  return builder;
}

// The built-in releases as the index build sees them (fallback morphology: no Voikko needed).
const corpus = loadBuiltInCorpus().releases;
const expander = createTermExpander(
  createHeuristicMorphology(corpus.flatMap((r) => splitWords(`${r.title}\n${r.text}`.toLowerCase()))),
);
const CORPUS_DOCS = corpus.map((r) => [expander.termsOf(r.title), expander.termsOf(r.text), expander.termsOf(tagText(r))]);

// Edge cases: empty fields, a term in one field only, repeats, numbers, object-key-like terms.
const EDGE_DOCS = [
  [['pilotti'], ['kunta', 'pilotti', 'pilotti', '2018', '__proto__'], []],
  [[], [], ['pirkanma', '2018']],
  [['constructor', 'kunta'], ['kunta', 'kunta', 'kunta', 'uudistus', '_index'], ['pirkanma']],
  [['ä', 'z', 'Z'], ['10', '9', 'ö'], []],
];

describe.each([
  ['the built-in releases', CORPUS_DOCS],
  ['edge cases', EDGE_DOCS],
])('direct postings on %s', (_name, docs) => {
  const json = lunrIndexOf(docs);
  const direct = directOf(docs);

  it('weights every term in every field as lunr does', () => {
    const expected = lunrWeights(json);
    expect(expected.size).toBeGreaterThan(0);
    for (const [term, perField] of expected) expect(direct.weightsOf(term), term).toEqual(perField);
  });

  it("encodes to the same compact postings as lunr's index", () => {
    for (const target of [10, 2_000, undefined]) expect(direct.build(target)).toEqual(compactIndex(json, target));
  });
});

it('has the built-in releases to compare on', () => {
  expect(CORPUS_DOCS.length).toBeGreaterThanOrEqual(5);
});
