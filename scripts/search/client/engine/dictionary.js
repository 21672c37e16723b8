// The term dictionary and its postings: which terms exist, a prefix's completions, and each term's
// postings, decoded once when a query first touches the term. Postings live in shards (cut in term
// order by scripts/search/compact-index.ts) that the page loads on demand.
haku.dictionary = (function (postingsCodec) {
  'use strict';

  /**
   * compact: { fields, terms (sorted as lunr sorts them), shardStarts }. Terms are expanded with
   * lunr's TokenSet, as lunr.Index#query does.
   */
  function createDictionary(lunr, compact) {
    var tokenSet = lunr.TokenSet.fromArray(compact.terms);
    var position = {};
    compact.terms.forEach(function (term, i) {
      position[term] = i;
    });
    var shards = {};
    var decoded = {};

    function shardOf(term) {
      var i = position[term];
      var lo = 0;
      var hi = compact.shardStarts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (compact.shardStarts[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }

    function postings(term) {
      if (decoded[term]) return decoded[term];
      var k = shardOf(term);
      // A shard not loaded yet counts as no postings (the page loads shardsFor() first).
      if (!shards[k]) return [];
      decoded[term] = postingsCodec.decodeTerm(shards[k][position[term] - compact.shardStarts[k]], compact.fields.length);
      return decoded[term];
    }

    /** Every term a clause matches: the term itself, or its completions for a trailing wildcard. */
    function expand(term, wildcard) {
      if (!wildcard) return position[term] === undefined ? [] : [term];
      return tokenSet.intersect(lunr.TokenSet.fromString(term + '*')).toArray();
    }

    return {
      expand: expand,
      shardsFor: function (terms) {
        var needed = [];
        terms.forEach(function (term) {
          if (position[term] === undefined) return;
          var k = shardOf(term);
          if (!shards[k] && needed.indexOf(k) === -1) needed.push(k);
        });
        return needed;
      },
      addShard: function (k, list) {
        shards[k] = list;
      },
      postings: postings,
      fieldCount: compact.fields.length,
      titleField: compact.fields.indexOf('t'),
    };
  }

  return { createDictionary: createDictionary };
})(haku.postings);
