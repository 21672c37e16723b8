// Ranking and facets: lunr's scoring over the decoded postings, the match masks that make every query
// word required, the order of hits and the facet counts.
haku.ranking = (function () {
  'use strict';

  // Words after the 30th are ignored: each word is one bit of a match mask.
  var MAX_WORDS = 30;

  /**
   * Scores every document the way lunr does for clause boosts: per field, the dot product of the
   * query vector with the document's BM25 weights over the query vector's norm, summed over fields;
   * over typed arrays instead of lunr's per-document objects. clauses: [{ boosts: { term: boost },
   * bits }], where bits are the query words a clause satisfies (a joined pair satisfies two). Returns
   * the hits that satisfy every one of `wordCount` words.
   */
  function score(dictionary, docs, clauses, wordCount, scratch) {
    var scores = scratch.scores;
    var wordMasks = scratch.wordMasks;
    var titleMasks = scratch.titleMasks;
    var leadMasks = scratch.leadMasks;
    scores.fill(0);
    wordMasks.fill(0);
    titleMasks.fill(0);
    leadMasks.fill(0);
    // lunr divides each field's score by the query vector's norm (the same for every field).
    var squares = {};
    clauses.forEach(function (clause) {
      Object.keys(clause.boosts).forEach(function (term) {
        squares[term] = (squares[term] || 0) + clause.boosts[term];
      });
    });
    var norm =
      Math.sqrt(
        Object.keys(squares).reduce(function (sum, term) {
          return sum + squares[term] * squares[term];
        }, 0),
      ) || 1;
    clauses.forEach(function (clause) {
      var bits = clause.bits;
      Object.keys(clause.boosts).forEach(function (term) {
        var boost = clause.boosts[term] / norm;
        dictionary.postings(term).forEach(function (run, field) {
          var ds = run.docs;
          var ws = run.weights;
          for (var i = 0; i < ds.length; i++) {
            var d = ds[i];
            scores[d] += boost * ws[i];
            wordMasks[d] |= bits;
            if (field === dictionary.titleField) titleMasks[d] |= bits;
            else if (field === dictionary.leadField) leadMasks[d] |= bits;
          }
        });
      });
    });
    // Every query word must be found (AND); its alternatives are ORed.
    var all = wordCount >= 31 ? -1 : (1 << wordCount) - 1;
    var hits = [];
    for (var d = 0; d < docs.length; d++) {
      if ((wordMasks[d] & all) !== all) continue;
      hits.push({ doc: docs[d], score: scores[d], titleHits: bitCount(titleMasks[d]), leadHits: bitCount(leadMasks[d]), phrase: false });
    }
    return hits;
  }

  function bitCount(mask) {
    var n = 0;
    for (var m = mask; m; m &= m - 1) n++;
    return n;
  }

  function createScratch(size) {
    return {
      scores: new Float64Array(size),
      wordMasks: new Int32Array(size),
      titleMasks: new Int32Array(size),
      leadMasks: new Int32Array(size),
      // For phrases: the hits to look at, and those found to have a phrase.
      wanted: new Uint8Array(size),
      phrase: new Uint8Array(size),
    };
  }

  // [key, example]: the order of hits, each key deciding only between hits the keys above tie on.
  var HIT_ORDER = [
    ['phrase', '"kotihoidon palveluseteliä" above "palveluseteli … kotihoidon" elsewhere'],
    ['titleHits', 'a query word in the title above one only in the lead or body'],
    ['leadHits', 'in the lead (summary) above only in the body'],
    ['score', "lunr's BM25 with the clause boosts"],
    ['day', 'the newer release; undated last'],
  ];

  // Numbers only: this runs some 100,000 times when a common word matches 10,000 releases.
  function compareHits(a, b) {
    return (
      (b.phrase ? 1 : 0) - (a.phrase ? 1 : 0) ||
      b.titleHits - a.titleHits ||
      b.leadHits - a.leadHits ||
      b.score - a.score ||
      b.doc.day - a.doc.day
    );
  }

  function yearOf(doc) {
    return doc.date ? doc.date.slice(0, 4) : '';
  }

  function passesFilters(doc, filters, skip) {
    if (skip !== 'region' && filters.region && doc.region !== filters.region) return false;
    if (skip !== 'topic' && filters.topic && doc.topics.indexOf(filters.topic) === -1) return false;
    if (skip !== 'year' && filters.year && yearOf(doc) !== filters.year) return false;
    return true;
  }

  function countBy(hits, filters, skip, keysOf) {
    var counts = {};
    hits.forEach(function (hit) {
      if (!passesFilters(hit.doc, filters, skip)) return;
      keysOf(hit.doc).forEach(function (key) {
        if (key) counts[key] = (counts[key] || 0) + 1;
      });
    });
    return counts;
  }

  /** Counts per region, topic and year; each facet ignores its own filter, so its values stay choosable. */
  function facetCounts(hits, filters) {
    return {
      region: countBy(hits, filters, 'region', function (d) {
        return [d.region];
      }),
      topic: countBy(hits, filters, 'topic', function (d) {
        return d.topics;
      }),
      year: countBy(hits, filters, 'year', function (d) {
        return [yearOf(d)];
      }),
    };
  }

  return {
    MAX_WORDS: MAX_WORDS,
    HIT_ORDER: HIT_ORDER,
    score: score,
    createScratch: createScratch,
    compareHits: compareHits,
    passesFilters: passesFilters,
    facetCounts: facetCounts,
  };
})();
