// Builds the compact postings (compact-index.ts) straight from the documents' terms, one document at
// a time, with the weights lunr.Builder would give them: the same BM25 (k1 1.2, b 0.75), field
// boosts, idf (documents with the term counted once per field, as lunr.idf does) and rounding to three
// decimals. The browser scores over these postings itself (client/engine/), so lunr's own index
// objects (a per-document object per posting, field vectors, their JSON) were pure build cost: at
// 10,000 releases most of the index build's time and memory. Here a posting is four numbers in
// typed arrays, and a document's terms can be dropped as soon as they are counted. Fields that are
// given word positions also get a positions run per term (positions.ts encodes them), shipped apart
// from the postings so that only a query of several words loads them.
import { encodeVarint, joinRuns, quantizeWeight, shardPostings, WEIGHT_DIGITS, type CompactPostings } from './compact-index.ts';
import { encodePositions } from './positions.ts';

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
  /**
   * Adds the next document (numbered 0, 1, …): its terms per field, in the order of the fields, and
   * for the fields that have them, each term's word position (same order as the terms).
   */
  add(fieldTerms: readonly (readonly string[])[], fieldPositions?: readonly (readonly number[] | undefined)[]): void;
  /**
   * The compact postings, as compactIndex() makes them from the equivalent lunr index, and the
   * positions shards (the same terms per shard as the postings shards).
   */
  build(shardTarget?: number): CompactPostings & { positionShards: string[][] };
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
  // Per posting, where its positions start in `positionValues` (they run for tf values; -1: none).
  const postingPositions = new IntColumn();
  const positionValues = new IntColumn();
  // Scratch, per term id: where its positions go in `scratchPositions` while a field is read.
  let positionFill = new Int32Array(1024);
  let scratchPositions = new Int32Array(1024);
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
        positionFill = new Int32Array(frequency.length);
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

    /**
     * Visits the postings of the term ranked `r` in `field`, in document order, with lunr's weight
     * and the posting's number (for its positions).
     */
    function eachPosting(r: number, field: number, visit: (doc: number, weight: number, posting: number) => void): void {
      const idf = lunrIdf(documentsWithTerm.values[sorted[r]!.id]!, documentCount);
      const boost = fields[field]!.boost || 1;
      const slot = r * fieldCount + field;
      for (let k = starts[slot]!; k < starts[slot + 1]!; k++) {
        const p = order[k]!;
        const doc = postingDoc.values[p]!;
        visit(doc, lunrScore(idf, postingTf.values[p]!, fieldLengths[field]!.values[doc]!, averages[field]!, boost), p);
      }
    }
    return { sorted, rank, eachPosting };
  }

  return {
    add(fieldTerms, fieldPositions) {
      prepared = undefined;
      const doc = documentCount++;
      for (let field = 0; field < fieldCount; field++) {
        const list = fieldTerms[field] ?? [];
        const positions = fieldPositions?.[field];
        fieldLengths[field]!.push(list.length);
        // Term frequencies in this field: a scratch count per term id, reset as it is read.
        const ids = list.map(idOf);
        for (const id of ids) {
          if (frequency[id] === 0) touched.push(id);
          frequency[id]!++;
        }
        if (positions) {
          // Each term's positions side by side in the scratch, in text order.
          let end = 0;
          for (const id of touched) {
            positionFill[id] = end;
            end += frequency[id]!;
          }
          if (end > scratchPositions.length) scratchPositions = new Int32Array(end * 2);
          ids.forEach((id, i) => (scratchPositions[positionFill[id]!++] = positions[i]!));
        }
        for (const id of touched) {
          const tf = frequency[id]!;
          documentsWithTerm.values[id]!++;
          postingSlot.push(id * fieldCount + field);
          postingDoc.push(doc);
          postingTf.push(tf);
          if (positions) {
            postingPositions.push(positionValues.length);
            for (let k = positionFill[id]! - tf; k < positionFill[id]!; k++) positionValues.push(scratchPositions[k]!);
          } else postingPositions.push(-1);
          frequency[id] = 0;
        }
        touched.length = 0;
      }
    },

    build(shardTarget) {
      const index = prepare();
      const postings: string[] = new Array<string>(terms.length);
      const positions: string[] = new Array<string>(terms.length);
      const runs: string[] = new Array<string>(fieldCount);
      const positionRuns: string[] = new Array<string>(fieldCount);
      const values: number[] = [];
      for (let r = 0; r < index.sorted.length; r++) {
        for (let field = 0; field < fieldCount; field++) {
          let previous = 0;
          let run = '';
          let positionRun = '';
          index.eachPosting(r, field, (doc, weight, p) => {
            const gap = doc - previous;
            run += (gap < SMALL_GAPS.length ? SMALL_GAPS[gap]! : encodeVarint(gap)) + WEIGHT_DIGITS.charAt(quantizeWeight(weight));
            previous = doc;
            const at = postingPositions.values[p]!;
            if (at < 0) return;
            values.length = 0;
            for (let k = at; k < at + postingTf.values[p]!; k++) values.push(positionValues.values[k]!);
            positionRun += encodePositions(values);
          });
          runs[field] = run;
          positionRuns[field] = positionRun;
        }
        postings[r] = joinRuns(runs);
        positions[r] = joinRuns(positionRuns);
      }
      const { starts: shardStarts, shards } = shardPostings(postings, shardTarget);
      const positionShards = shards.map((_, k) => positions.slice(shardStarts[k], shardStarts[k + 1] ?? positions.length));
      return {
        index: { fields: fields.map((f) => f.name), terms: index.sorted.map(({ term }) => term), shardStarts },
        shards,
        positionShards,
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
