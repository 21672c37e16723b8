// Builds the compact postings (compact-index.ts) straight from the documents' terms, one document at
// a time, with the weights lunr.Builder would give them: the same BM25 (k1 1.2, b 0.75), field
// boosts, idf (documents with the term counted once per field, as lunr.idf does) and rounding to three
// decimals. The browser scores over these postings itself (client/engine/), so lunr's own index
// objects (a per-document object per posting, field vectors, their JSON) were pure build cost: at
// 10,000 releases most of the index build's time and memory. Here a posting is four numbers in
// typed arrays, and a document's terms can be dropped as soon as they are counted.
import { encodeVarint, FIELD_SEPARATOR, quantizeWeight, shardPostings, WEIGHT_DIGITS, type CompactPostings } from './compact-index.ts';

// lunr.Builder's defaults.
const K1 = 1.2;
const B = 0.75;
// Most document gaps are small: their varints are looked up, not built.
const SMALL_GAPS = Array.from({ length: 4096 }, (_, gap) => encodeVarint(gap));

export interface FieldSpec {
  name: string;
  boost?: number;
}

export interface PostingsBuilder {
  /** Adds the next document (numbered 0, 1, …): its terms per field, in the order of the fields. */
  add(fieldTerms: readonly (readonly string[])[]): void;
  /** The compact postings, as compactIndex() makes them from the equivalent lunr index. */
  build(shardTarget?: number): CompactPostings;
  /** A term's [document, weight] pairs per field, before quantising (for checking against lunr). */
  weightsOf(term: string): [number, number][][];
}

/** Int32Array that doubles when full. */
class IntColumn {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** lunr.idf: documentsWithTerm counts a document once per field it has the term in. */
export function lunrIdf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

/** lunr.Builder#createFieldVectors' score for one term in one field of one document. */
export function lunrScore(idf: number, tf: number, fieldLength: number, averageFieldLength: number, boost: number): number {
  let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}

export function createPostingsBuilder(fields: readonly FieldSpec[]): PostingsBuilder {
  const fieldCount = fields.length;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  // Documents with the term, summed over fields (lunr.idf's count), per term id.
  const documentsWithTerm = new IntColumn();
  // The postings in arrival order (so in document order within a term and field).
  // Term id × field count + field.
  const postingSlot = new IntColumn();
  const postingDoc = new IntColumn();
  const postingTf = new IntColumn();
  const fieldLengths = fields.map(() => new IntColumn());
  let documentCount = 0;
  let prepared: ReturnType<typeof group> | undefined;
  let frequency = new Int32Array(1024);
  const touched: number[] = [];

  function idOf(term: string): number {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      documentsWithTerm.push(0);
      if (id === frequency.length) {
        const grown = new Int32Array(frequency.length * 2);
        grown.set(frequency);
        frequency = grown;
      }
    }
    return id;
  }

  /** Terms in lunr's order and the postings grouped by (term, field), once all documents are in. */
  function prepare() {
    if (prepared === undefined) prepared = group();
    return prepared;
  }

  function group() {
    const averages = fieldLengths.map((column) => {
      let sum = 0;
      for (let d = 0; d < column.length; d++) sum += column.values[d]!;
      return sum / documentCount;
    });
    // lunr sorts its terms with the default (UTF-16 code unit) order.
    const sorted = terms.map((term, id) => ({ term, id })).sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    const rank = new Int32Array(terms.length);
    sorted.forEach(({ id }, r) => (rank[id] = r));
    // Counting sort of the postings by (term rank, field); stable, so documents stay in order.
    const slots = terms.length * fieldCount;
    const starts = new Int32Array(slots + 1);
    const count = postingSlot.length;
    const slotOf = (p: number): number => {
      const slot = postingSlot.values[p]!;
      return rank[Math.floor(slot / fieldCount)]! * fieldCount + (slot % fieldCount);
    };
    for (let p = 0; p < count; p++) starts[slotOf(p) + 1]!++;
    for (let s = 0; s < slots; s++) starts[s + 1]! += starts[s]!;
    const order = new Int32Array(count);
    const next = starts.slice(0, slots);
    for (let p = 0; p < count; p++) order[next[slotOf(p)]!++] = p;

    /** Visits the postings of the term ranked `r` in `field`, in document order, with lunr's weight. */
    function eachPosting(r: number, field: number, visit: (doc: number, weight: number) => void): void {
      const idf = lunrIdf(documentsWithTerm.values[sorted[r]!.id]!, documentCount);
      const boost = fields[field]!.boost || 1;
      const slot = r * fieldCount + field;
      for (let k = starts[slot]!; k < starts[slot + 1]!; k++) {
        const p = order[k]!;
        const doc = postingDoc.values[p]!;
        visit(doc, lunrScore(idf, postingTf.values[p]!, fieldLengths[field]!.values[doc]!, averages[field]!, boost));
      }
    }
    return { sorted, rank, eachPosting };
  }

  return {
    add(fieldTerms) {
      prepared = undefined;
      const doc = documentCount++;
      for (let field = 0; field < fieldCount; field++) {
        const list = fieldTerms[field] ?? [];
        fieldLengths[field]!.push(list.length);
        // Term frequencies in this field: a scratch count per term id, reset as it is read.
        for (const term of list) {
          const id = idOf(term);
          if (frequency[id] === 0) touched.push(id);
          frequency[id]!++;
        }
        for (const id of touched) {
          documentsWithTerm.values[id]!++;
          postingSlot.push(id * fieldCount + field);
          postingDoc.push(doc);
          postingTf.push(frequency[id]!);
          frequency[id] = 0;
        }
        touched.length = 0;
      }
    },

    build(shardTarget) {
      const index = prepare();
      const postings: string[] = new Array<string>(terms.length);
      const runs: string[] = new Array<string>(fieldCount);
      for (let r = 0; r < index.sorted.length; r++) {
        for (let field = 0; field < fieldCount; field++) {
          let previous = 0;
          let run = '';
          index.eachPosting(r, field, (doc, weight) => {
            const gap = doc - previous;
            run += (gap < SMALL_GAPS.length ? SMALL_GAPS[gap]! : encodeVarint(gap)) + WEIGHT_DIGITS.charAt(quantizeWeight(weight));
            previous = doc;
          });
          runs[field] = run;
        }
        postings[r] = runs.join(FIELD_SEPARATOR);
      }
      const { starts: shardStarts, shards } = shardPostings(postings, shardTarget);
      return {
        index: { fields: fields.map((f) => f.name), terms: index.sorted.map(({ term }) => term), shardStarts },
        shards,
      };
    },

    weightsOf(term) {
      const index = prepare();
      const id = termIds.get(term);
      return fields.map((_, field) => {
        const out: [number, number][] = [];
        if (id !== undefined) index.eachPosting(index.rank[id]!, field, (doc, weight) => out.push([doc, weight]));
        return out;
      });
    },
  };
}
