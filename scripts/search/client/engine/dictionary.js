// The term dictionary, sharded: which keys exist (terms and diacritic-folded forms), a term's base
// forms, postings and word positions, a prefix's completions and a word's one-edit neighbours. The head names each
// shard's first key, so finding the shard of a key is a binary search over a few hundred strings;
// shards and postings arrive as the page loads them (missing ones are reported, never waited for).
// A key is looked up in its postings shard, which carries the dictionary entries of its key range
// with the postings (scripts/search/term-shards.ts): one load answers both; the dictionary shards
// (keys only) are loaded for what scans a range of keys: completions, typo neighbours, folded prefixes.
haku.dictionary = (function (postingsCodec) {
  'use strict';

  // Typo candidates share the word's first letters, as typed or after one of these edits of its first
  // three (a typo there is rarer, and each start is one more range of shards to scan). Other typos in
  // the first two letters (a missing or wrong first letter) are not looked for: they would scan the
  // whole dictionary. [edit, example].
  var TYPO_SHARED_PREFIX = 2;
  var TYPO_STARTS = [
    [
      'as typed',
      function (w) {
        return w;
      },
      'valinanvapaus → va…',
    ],
    [
      'first two swapped',
      function (w) {
        return w.charAt(1) + w.charAt(0) + w.slice(2);
      },
      'avlinnanvapaus → va…',
    ],
    [
      'second and third swapped',
      function (w) {
        return w.charAt(0) + w.charAt(2) + w.charAt(1) + w.slice(3);
      },
      'vlainnanvapaus → va…',
    ],
    [
      'first typed twice or stray',
      function (w) {
        return w.slice(1);
      },
      'vvalinnanvapaus → va…',
    ],
    [
      'second stray',
      function (w) {
        return w.charAt(0) + w.slice(2);
      },
      'vbalinnanvapaus → va…',
    ],
  ];
  // A prefix completes to at most this many terms (each one's postings are decoded and scored).
  var MAX_COMPLETIONS = 100;

  function createDictionary(head) {
    var firstKeys = head.keyShards.map(function (s) {
      return s[0];
    });
    var keyShards = {};
    // Postings shards' dictionary entries ({ entries, byKey }, as keyShards) and postings, by shard.
    var termShards = {};
    var postingsShards = {};
    var positionShards = {};
    var decoded = {};
    var decodedPositions = {};
    var missing = { keys: {}, postings: {}, positions: {} };
    // Lookups that fell in a dictionary shard not loaded, ever (callers compare before and after).
    var keyMisses = 0;

    /** Index of the last of the sorted `starts` (shards' first keys or term numbers) not after `value`. */
    function lastNotAfter(starts, value) {
      var lo = 0;
      var hi = starts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= value) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }

    /** Number of the dictionary shard a key falls in. */
    function shardOfKey(key) {
      return lastNotAfter(firstKeys, key);
    }

    /** Number of the postings shard whose dictionary entries hold a key. */
    function postingsShardOfKey(key) {
      return lastNotAfter(head.postingsKeys, key);
    }

    /** Shards (by their sorted first keys) holding keys from `from` up to (not including) `to`. */
    function shardsOfRange(starts, from, to) {
      var out = [];
      var start = lastNotAfter(starts, from);
      for (var k = start; k < starts.length && (k === start || starts[k] < to); k++) out.push(k);
      return out;
    }

    /** Dictionary entries by key, numbering the terms from the first one's number. */
    function indexEntries(entries, termNumber) {
      var byKey = {};
      entries.forEach(function (e) {
        byKey[e[0]] = { term: e[1] === 1 ? termNumber++ : -1, bases: e[2] || null, folds: e[3] || null };
      });
      return { entries: entries, byKey: byKey };
    }

    function addKeyShard(k, entries) {
      keyShards[k] = indexEntries(entries, head.keyShards[k][1]);
    }

    /** A postings shard as shipped: [its dictionary entries, its terms' postings]. */
    function addPostingsShard(k, shard) {
      termShards[k] = indexEntries(shard[0], head.postingsStarts[k]);
      postingsShards[k] = shard[1];
    }

    /**
     * A key's entry, null when the key does not exist, undefined while neither its dictionary shard
     * nor its postings shard is loaded (then the postings shard is asked for: it has the postings too).
     */
    function entry(key) {
      var shard = keyShards[shardOfKey(key)] || termShards[postingsShardOfKey(key)];
      if (!shard) {
        missing.postings[postingsShardOfKey(key)] = true;
        keyMisses++;
        return undefined;
      }
      return Object.prototype.hasOwnProperty.call(shard.byKey, key) ? shard.byKey[key] : null;
    }

    function isTerm(key) {
      var e = entry(key);
      return Boolean(e && e.term >= 0);
    }

    /**
     * Keys (in loaded shards) starting with `prefix`, with their entries: from the postings shards
     * when those of the whole range are loaded (a long prefix usually falls in the word's own),
     * else from the dictionary shards, which are asked for (a wide range costs far less there).
     */
    function keysFrom(prefix, visit) {
      var end = prefix + '\uffff';
      var inTermShards = shardsOfRange(head.postingsKeys, prefix, end);
      var loaded = inTermShards.every(function (k) {
        return termShards[k];
      });
      var source = loaded ? termShards : keyShards;
      (loaded ? inTermShards : shardsOfRange(firstKeys, prefix, end)).forEach(function (k) {
        var shard = source[k];
        if (!shard) {
          missing.keys[k] = true;
          keyMisses++;
          return;
        }
        shard.entries.forEach(function (e) {
          if (e[0].lastIndexOf(prefix, 0) === 0) visit(e[0], shard.byKey[e[0]]);
        });
      });
    }

    /**
     * Terms completing a prefix: the MAX_COMPLETIONS shortest (nearest to what was typed; ties in key
     * order). At 200,000 word forms "kas" has thousands; "kasvu", "kasvun", "kasvua" come first.
     */
    function completions(prefix) {
      var out = [];
      keysFrom(prefix, function (key, e) {
        if (e.term >= 0) out.push(key);
      });
      if (out.length <= MAX_COMPLETIONS) return out;
      return out
        .map(function (key, i) {
          return { key: key, i: i };
        })
        .sort(function (a, b) {
          return a.key.length - b.key.length || a.i - b.i;
        })
        .slice(0, MAX_COMPLETIONS)
        .map(function (x) {
          return x.key;
        });
    }

    /** Terms whose folded form is `key` or, with `asPrefix`, starts with it. */
    function unfold(key, asPrefix) {
      if (!asPrefix) {
        var e = entry(key);
        return e && e.folds ? e.folds : [];
      }
      var out = [];
      keysFrom(key, function (_, found) {
        if (found.folds) out = out.concat(found.folds);
      });
      return out;
    }

    /** Terms one edit (insertion, deletion, substitution or swap of neighbours) away from `word`. */
    function neighbours(word) {
      var out = [];
      var starts = [];
      TYPO_STARTS.forEach(function (row) {
        var start = row[1](word).slice(0, TYPO_SHARED_PREFIX);
        if (start.length === TYPO_SHARED_PREFIX && starts.indexOf(start) === -1) starts.push(start);
      });
      starts.forEach(function (start) {
        keysFrom(start, function (key, e) {
          if (e.term >= 0 && key !== word && oneEdit(word, key) && out.indexOf(key) === -1) out.push(key);
        });
      });
      return out;
    }

    function postingsShardOf(termNumber) {
      return lastNotAfter(head.postingsStarts, termNumber);
    }

    /** A term's postings, one decoded run per field; empty while its shards are not loaded. */
    function postings(term) {
      if (decoded[term]) return decoded[term];
      var e = entry(term);
      if (!e || e.term < 0) return [];
      var k = postingsShardOf(e.term);
      if (!postingsShards[k]) {
        missing.postings[k] = true;
        return [];
      }
      decoded[term] = postingsCodec.decodeTerm(postingsShards[k][e.term - head.postingsStarts[k]], head.fields.length);
      return decoded[term];
    }

    /**
     * A term's word positions, per field null or { starts, values } beside its postings (postings.js);
     * null while its shards are not loaded (or for no term).
     */
    function positions(term) {
      if (decodedPositions[term]) return decodedPositions[term];
      var runs = postings(term);
      var e = entry(term);
      if (!e || e.term < 0) return null;
      var k = postingsShardOf(e.term);
      if (!positionShards[k]) {
        missing.positions[k] = true;
        return null;
      }
      if (runs.length === 0) return null;
      decodedPositions[term] = postingsCodec.decodePositions(positionShards[k][e.term - head.postingsStarts[k]], runs);
      return decodedPositions[term];
    }

    /**
     * Asks for the positions shard of a key whose postings shard is not loaded yet: a phrase word's
     * stem is usually a term, and its positions then load in the same round as its postings instead
     * of the round after. (Once the shard is in, positions() asks only for terms that exist.)
     */
    function expectPositions(key) {
      var k = postingsShardOfKey(key);
      if (!termShards[k] && !positionShards[k]) missing.positions[k] = true;
    }

    /** Shards asked for since the last call, and forgets them. */
    function takeMissing() {
      var out = {
        keys: Object.keys(missing.keys).map(Number),
        postings: Object.keys(missing.postings).map(Number),
        positions: Object.keys(missing.positions).map(Number),
      };
      missing = { keys: {}, postings: {}, positions: {} };
      return out;
    }

    return {
      entry: entry,
      isTerm: isTerm,
      completions: completions,
      unfold: unfold,
      neighbours: neighbours,
      postings: postings,
      positions: positions,
      expectPositions: expectPositions,
      addKeyShard: addKeyShard,
      addPostingsShard: addPostingsShard,
      addPositionShard: function (k, list) {
        positionShards[k] = list;
      },
      hasKeyShard: function (k) {
        return Boolean(keyShards[k]);
      },
      hasPostingsShard: function (k) {
        return Boolean(postingsShards[k]);
      },
      takeMissing: takeMissing,
      keyMisses: function () {
        return keyMisses;
      },
      fieldCount: head.fields.length,
      titleField: head.fields.indexOf('t'),
      leadField: head.fields.indexOf('l'),
    };
  }

  /** Whether two different strings are one edit apart (Damerau: a swap of neighbours counts as one). */
  function oneEdit(a, b) {
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  return { createDictionary: createDictionary, oneEdit: oneEdit, TYPO_STARTS: TYPO_STARTS };
})(haku.postings);
