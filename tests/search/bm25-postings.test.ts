// The postings built directly must be exactly those of the lunr index the build used to make: same
// weights before quantising, and the same compact encoding byte for byte; and the word positions
// given with the terms come back as the browser decodes them.
import { describe, expect, it } from 'vitest';
import { createPostingsBuilder, type FieldSpec } from '../../scripts/search/bm25-postings.ts';
import { leadOf, SEARCH_FIELDS, tagText } from '../../scripts/search/build-index.ts';
import { loadEngineBundle } from '../../scripts/search/client-bundle.ts';
import { compactIndex } from '../../scripts/search/compact-index.ts';
import { loadBuiltInCorpus } from '../../scripts/bench/search/corpus.ts';
import { splitWords } from '../../scripts/search/engine.ts';
import { lunr } from '../../scripts/search/finnish-lunr.ts';
import { createHeuristicMorphology } from '../../scripts/search/heuristic-forms.ts';
import { createTermExpander } from '../../scripts/search/index-terms.ts';

// The fields as the build has them: title, body, tags, lead.
const FIELDS: readonly FieldSpec[] = SEARCH_FIELDS;

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
  docs.forEach((fields, i) => builder.add(Object.fromEntries([['i', String(i)], ...FIELDS.map((f, k) => [f.name, fields[k] ?? []])])));
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
const CORPUS_DOCS = corpus.map((r) => [expander.termsOf(r.title), expander.termsOf(r.text), expander.termsOf(tagText(r)), expander.termsOf(leadOf(r))]);

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
    for (const target of [10, 2_000, undefined]) {
      const { index, shards } = direct.build(target);
      expect({ index, shards }).toEqual(compactIndex(json, target));
    }
  });
});

const codec = loadEngineBundle().postings as {
  decodeTerm(postings: string, fieldCount: number): { docs: Int32Array }[];
  decodePositions(positions: string, runs: { docs: Int32Array }[]): ({ starts: Int32Array; values: Int32Array } | null)[];
};

describe('word positions', () => {
  // [terms per field, positions per field (undefined: none kept)], one row per document.
  const DOCS: [string[][], (number[] | undefined)[]][] = [
    [[['pilotti'], ['kunta', 'pilotti', 'kunta'], ['lappi'], []], [[0], [0, 1, 5], undefined, []]],
    [[[], ['pilotti', 'pilott'], [], ['pilotti']], [[], [40, 40], undefined, [3]]],
    [[['kunta'], ['kunta'], [], []], [[7], [2000], undefined, []]],
  ];
  const builder = createPostingsBuilder(FIELDS);
  for (const [terms, positions] of DOCS) builder.add(terms, positions);
  const built = builder.build();
  const decoded = (term: string) => {
    const n = built.index.terms.indexOf(term);
    const k = built.index.shardStarts.findLastIndex((start) => start <= n);
    const runs = codec.decodeTerm(built.shards[k]![n - built.index.shardStarts[k]!]!, FIELDS.length);
    const positions = codec.decodePositions(built.positionShards[k]![n - built.index.shardStarts[k]!]!, runs);
    return runs.map((run, f) =>
      Array.from(run.docs, (doc, i) => [doc, positions[f] ? Array.from(positions[f]!.values.subarray(positions[f]!.starts[i], positions[f]!.starts[i + 1])) : null]),
    );
  };

  it.each([
    // term, per field: [doc, its positions] (tags keep none)
    ['kunta', [[[2, [7]]], [[0, [0, 5]], [2, [2000]]], [], []]],
    ['pilotti', [[[0, [0]]], [[0, [1]], [1, [40]]], [], [[1, [3]]]]],
    ['lappi', [[], [], [[0, null]], []]],
  ])('decodes the positions of %s', (term, expected) => {
    expect(decoded(term)).toEqual(expected);
  });

  it('shards the positions as the postings', () => {
    expect(built.positionShards.map((s) => s.length)).toEqual(built.shards.map((s) => s.length));
  });
});

it('has the built-in releases to compare on', () => {
  expect(CORPUS_DOCS.length).toBeGreaterThanOrEqual(5);
});
