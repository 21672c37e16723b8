// The search engine shared by the browser and Node: word splitting, the Finnish term pipeline, query
// building and ranking. The index build (scripts/search/*.ts) normalises words with these same
// functions, so a query word and an indexed word meet on exactly the same stem.
// Plain ES5-ish script (no modules): it must run from file:// as a classic <script>.
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.UudistusHakuEngine = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  // Letters and digits; hyphens, dots and every Lunr operator (: ^ ~ + - * ") separate words.
  var WORD = /[\p{L}\p{N}]+/gu;
  var MIN_WORD_LENGTH = 2;
  // A wildcard on a shorter prefix would expand to a large share of the vocabulary.
  var MIN_PREFIX_LENGTH = 3;
  var RESULT_FIELDS = { title: 't', body: 'b', tags: 'g' };

  // [ending, replacement]: guesses at the base form of a lower-cased word, for query words typed in an
  // inflected form the archive never uses, and for the index build where Voikko is missing. Covers
  // -us/-ys nouns ("uudistuksen"), -inen adjectives ("henkilökohtaisen") and nt:nn gradation ("kunnissa").
  var SUFFIX_RULES = [
    [/ks(en|et|essa|essä|esta|estä|een|ella|ellä|elle|ia|iä|ien|issa|issä|ista|istä|iin|illa|illä|ille)$/, 's'],
    [/([uy])(den|tta|ttä|teen|dessa|dessä|desta|destä|della|dellä|delle)$/, '$1s'],
    [/is(en|et|essa|essä|esta|estä|een|ella|ellä|elle|ia|iä|ten|iin|illa|illä|ille|issa|issä)$/, 'inen'],
    [/nn(an|ät|at|än|issa|issä|ista|istä|ille|illa|illä|alla|ällä|alle|älle|assa|ässä|asta|ästä|ien)$/, 'ntV'],
  ];

  function guessBaseForms(word) {
    for (var i = 0; i < SUFFIX_RULES.length; i++) {
      var rule = SUFFIX_RULES[i];
      if (!rule[0].test(word)) continue;
      var vowel = /[äöy]/.test(word) ? 'ä' : 'a';
      return [word.replace(rule[0], rule[1].replace('V', vowel))];
    }
    return [];
  }

  /** Words of a text with their offsets, in order. */
  function wordSpans(text) {
    var spans = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      if (match[0].length >= MIN_WORD_LENGTH) spans.push({ word: match[0], start: match.index });
    }
    return spans;
  }

  function splitWords(text) {
    return wordSpans(String(text)).map(function (s) {
      return s.word;
    });
  }

  /**
   * The term a word is indexed and searched under: lower-cased (the Finnish stemmer does not do it),
   * trimmed and stemmed by lunr-languages' Finnish pipeline. Null for stop words.
   */
  function normalizeWord(lunr, word) {
    var token = new lunr.Token(String(word).toLowerCase(), {});
    token = lunr.fi.trimmer(token);
    if (!token || token.toString().length < MIN_WORD_LENGTH) return null;
    if (!lunr.fi.stopWordFilter(token)) return null;
    token = lunr.fi.stemmer(token);
    var term = token.toString();
    return term.length >= 1 ? term : null;
  }

  /** Query text → the words to match, each with every term that counts as a hit for it. */
  function parseQuery(lunr, text, inflections) {
    var raw = splitWords(text);
    var words = [];
    var seen = {};
    // A lone stop word is most likely the start of a longer word being typed ("kun" → "kunta"): it
    // then matches as a prefix only.
    if (raw.length === 1 && raw[0].length >= MIN_PREFIX_LENGTH && normalizeWord(lunr, raw[0]) === null) {
      var lower = raw[0].toLowerCase();
      return [{ word: raw[0], stem: lower, alternatives: [], prefix: true }];
    }
    raw.forEach(function (word, i) {
      var stem = normalizeWord(lunr, word);
      if (stem === null || seen[stem]) return;
      seen[stem] = true;
      var alternatives = [stem];
      var add = function (term) {
        if (term !== null && alternatives.indexOf(term) === -1) alternatives.push(term);
      };
      (inflections[stem] || []).forEach(add);
      guessBaseForms(word.toLowerCase()).forEach(function (base) {
        var term = normalizeWord(lunr, base);
        add(term);
        if (term !== null) (inflections[term] || []).forEach(add);
      });
      // The last word may still be being typed: it also matches as a prefix.
      var prefix = i === raw.length - 1 && stem.length >= MIN_PREFIX_LENGTH;
      words.push({ word: word, stem: stem, alternatives: alternatives, prefix: prefix });
    });
    return words;
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

  // Title hits first, then relevance, then the newer release (undated last).
  // Numbers only: this runs some 100,000 times when a common word matches 10,000 releases.
  function compareHits(a, b) {
    return b.titleHits - a.titleHits || b.score - a.score || b.doc.day - a.doc.day;
  }

  // The compact index (see scripts/search/compact-index.ts; the constants must match it).
  var VARINT_MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
  var VARINT_LAST = 'abcdefghijklmnopqrstuvwxyz6789+/';
  var WEIGHT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var WEIGHT_BASE = 0.01;
  var WEIGHT_RATIO = 1.12;

  // Character code → digit value (-1: not in the alphabet), for decoding without string lookups.
  function codeTable(alphabet) {
    var table = new Int8Array(128).fill(-1);
    for (var i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
    return table;
  }
  var MORE = codeTable(VARINT_MORE);
  var LAST = codeTable(VARINT_LAST);
  var WEIGHT = codeTable(WEIGHT_DIGITS);
  var WEIGHT_VALUES = new Float64Array(WEIGHT_DIGITS.length);
  for (var level = 0; level < WEIGHT_DIGITS.length; level++) {
    WEIGHT_VALUES[level] = WEIGHT_BASE * Math.pow(WEIGHT_RATIO, level);
  }

  /** One field's run of postings → { docs: Int32Array, weights: Float64Array }. */
  function decodeRun(run) {
    // Every posting takes at least two characters.
    var docs = new Int32Array(run.length >> 1);
    var weights = new Float64Array(run.length >> 1);
    var n = 0;
    var doc = 0;
    var i = 0;
    while (i < run.length) {
      var value = 0;
      var scale = 1;
      for (;;) {
        var code = run.charCodeAt(i++);
        var more = MORE[code];
        if (more >= 0) {
          value += more * scale;
          scale *= 32;
        } else {
          value += LAST[code] * scale;
          break;
        }
      }
      doc += value;
      docs[n] = doc;
      weights[n] = WEIGHT_VALUES[WEIGHT[run.charCodeAt(i++)]];
      n++;
    }
    return { docs: docs.subarray(0, n), weights: weights.subarray(0, n) };
  }

  /**
   * The Lunr index in its compact form. Terms are expanded with lunr's TokenSet (as lunr.Index#query
   * does); postings live in shards (scripts/search/compact-index.ts) that the page loads on demand,
   * and are decoded once per term. Scoring is lunr's: per field, the dot product of the query vector
   * (clause boosts summed per term) with the document's BM25 weights, over the query vector's norm,
   * summed over fields; it runs over typed arrays instead of lunr's per-document objects, which
   * keeps a query on 10,000 releases within milliseconds.
   */
  function compactIndex(lunr, compact) {
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
      var runs = shards[k][position[term] - compact.shardStarts[k]].split(',');
      decoded[term] = compact.fields.map(function (_, f) {
        return decodeRun(runs[f] || '');
      });
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
      titleField: compact.fields.indexOf(RESULT_FIELDS.title),
    };
  }

  function decodeDocs(payload) {
    return payload.docs.map(function (row, n) {
      return {
        n: n,
        date: row[0],
        region: row[1] >= 0 ? payload.regions[row[1]].slug : '',
        topics: row[2].map(function (t) {
          return payload.topics[t].slug;
        }),
        id: '',
        title: '',
        // 20180223 for sorting; undated releases sort last.
        day: row[0] ? Number(row[0].replace(/-/g, '')) : 0,
      };
    });
  }

  // Words after the 30th are ignored: each word is one bit of a match mask.
  var MAX_WORDS = 30;

  /**
   * Builds the engine over a payload written by the index build (scripts/search/payload.ts). Index
   * shards and text chunks are added as they load (addShard, addChunk); Node passes them all at once.
   */
  function createEngine(lunr, payload, loaded) {
    var index = compactIndex(lunr, payload.index);
    var docs = decodeDocs(payload);
    var inflections = payload.inflections || {};
    var chunks = {};
    var scores = new Float64Array(docs.length);
    var wordMasks = new Int32Array(docs.length);
    var titleMasks = new Int32Array(docs.length);

    function addChunk(n, rows) {
      chunks[n] = rows;
      rows.forEach(function (row, i) {
        var doc = docs[n * payload.chunkSize + i];
        if (doc) {
          doc.id = row[0];
          doc.title = row[1];
        }
      });
    }

    function textOf(doc) {
      var rows = chunks[Math.floor(doc.n / payload.chunkSize)];
      return rows ? rows[doc.n % payload.chunkSize][2] : null;
    }

    /** The clauses of a query: per word, each term it matches with lunr's clause boost. */
    function clauses(words) {
      return words.slice(0, MAX_WORDS).map(function (word) {
        var boosts = {};
        var add = function (term, boost) {
          boosts[term] = (boosts[term] || 0) + boost;
        };
        word.alternatives.forEach(function (term) {
          index.expand(term, false).forEach(function (t) {
            add(t, term === word.stem ? 2 : 1);
          });
        });
        if (word.prefix) {
          index.expand(word.stem, true).forEach(function (t) {
            add(t, 0.5);
          });
        }
        return boosts;
      });
    }

    /** Shards still to load before `text` can be searched. */
    function shardsNeeded(text) {
      var terms = [];
      clauses(parseQuery(lunr, text || '', inflections)).forEach(function (boosts) {
        terms = terms.concat(Object.keys(boosts));
      });
      return index.shardsFor(terms);
    }

    function run(words) {
      var perWord = clauses(words);
      scores.fill(0);
      wordMasks.fill(0);
      titleMasks.fill(0);
      // lunr divides each field's score by the query vector's norm (the same for every field).
      var squares = {};
      perWord.forEach(function (boosts) {
        Object.keys(boosts).forEach(function (term) {
          squares[term] = (squares[term] || 0) + boosts[term];
        });
      });
      var norm = Math.sqrt(
        Object.keys(squares).reduce(function (sum, term) {
          return sum + squares[term] * squares[term];
        }, 0),
      ) || 1;
      perWord.forEach(function (boosts, w) {
        var bit = 1 << w;
        Object.keys(boosts).forEach(function (term) {
          var boost = boosts[term] / norm;
          index.postings(term).forEach(function (run, field) {
            var ds = run.docs;
            var ws = run.weights;
            for (var i = 0; i < ds.length; i++) {
              var d = ds[i];
              scores[d] += boost * ws[i];
              wordMasks[d] |= bit;
              if (field === index.titleField) titleMasks[d] |= bit;
            }
          });
        });
      });
      // Every query word must be found (AND); its alternatives are ORed.
      var all = perWord.length >= 31 ? -1 : (1 << perWord.length) - 1;
      var hits = [];
      for (var d = 0; d < docs.length; d++) {
        if (wordMasks[d] !== all) continue;
        var titleHits = 0;
        for (var m = titleMasks[d]; m; m &= m - 1) titleHits++;
        hits.push({ doc: docs[d], score: scores[d], titleHits: titleHits });
      }
      return hits;
    }

    if (loaded) {
      Object.keys(loaded.shards || {}).forEach(function (k) {
        index.addShard(Number(k), loaded.shards[k]);
      });
      Object.keys(loaded.chunks || {}).forEach(function (n) {
        addChunk(Number(n), loaded.chunks[n]);
      });
    }

    /**
     * Runs a query. filters: { region, topic, year } (slugs / "2018"; empty = any). An empty query
     * with a filter lists the filtered releases newest first; an empty query alone finds nothing.
     */
    function search(text, filters) {
      filters = filters || {};
      var words = parseQuery(lunr, text || '', inflections);
      var hasFilter = Boolean(filters.region || filters.topic || filters.year);
      var hits;
      if (words.length > 0) hits = run(words);
      else if (hasFilter)
        hits = docs.map(function (doc) {
          return { doc: doc, score: 0, titleHits: 0 };
        });
      else hits = [];
      var shown = hits.filter(function (hit) {
        return passesFilters(hit.doc, filters, null);
      });
      shown.sort(compareHits);
      return {
        words: words,
        hits: shown,
        facets: {
          region: countBy(hits, filters, 'region', function (d) {
            return [d.region];
          }),
          topic: countBy(hits, filters, 'topic', function (d) {
            return d.topics;
          }),
          year: countBy(hits, filters, 'year', function (d) {
            return [yearOf(d)];
          }),
        },
      };
    }

    var surfaceOfCache = null;

    return {
      search: search,
      shardsNeeded: shardsNeeded,
      addShard: index.addShard,
      addChunk: addChunk,
      textOf: textOf,
      docs: docs,
      highlighter: highlighter,
    };

    /** A test of whether a word of release text should be highlighted for these query words. */
    function highlighter(words) {
      var surfaceOf = (surfaceOfCache = surfaceOfCache || invert(inflections));
      var wanted = {};
      var stems = [];
      words.forEach(function (w) {
        w.alternatives.concat(surfaceOf[w.stem] || []).forEach(function (t) {
          wanted[t] = true;
          if (t.length >= 4) stems.push(t);
        });
      });
      // Release text repeats its words: stem each distinct word once per query.
      var seen = {};
      return function (textWord) {
        var lower = textWord.toLowerCase();
        if (Object.prototype.hasOwnProperty.call(seen, lower)) return seen[lower];
        return (seen[lower] = matches(textWord, lower));
      };

      function matches(textWord, lower) {
        var stem = normalizeWord(lunr, textWord);
        if (stem !== null && wanted[stem]) return true;
        for (var i = 0; i < words.length; i++) {
          if (stem !== null && words[i].prefix && stem.lastIndexOf(words[i].stem, 0) === 0) return true;
        }
        // Compound parts: "pilot" inside "kasvupalvelupilotit".
        for (var j = 0; j < stems.length; j++) if (lower.indexOf(stems[j]) !== -1) return true;
        return false;
      }
    }
  }

  function invert(map) {
    var out = {};
    Object.keys(map).forEach(function (from) {
      map[from].forEach(function (to) {
        (out[to] = out[to] || []).push(from);
      });
    });
    return out;
  }

  /**
   * The best window of about `size` words of `text` around highlighted words, as segments
   * [{ text, mark }] to be rendered as text nodes (never as HTML).
   */
  function snippet(text, isMatch, size) {
    size = size || 30;
    var spans = wordSpans(text);
    if (spans.length === 0) return [{ text: text.slice(0, 200), mark: false }];
    var flags = spans.map(function (s) {
      return isMatch(s.word);
    });
    var best = 0;
    var bestCount = -1;
    var count = 0;
    for (var i = 0; i < spans.length; i++) {
      if (flags[i]) count++;
      if (i >= size && flags[i - size]) count--;
      var start = Math.max(0, i - size + 1);
      if (count > bestCount) {
        bestCount = count;
        best = start;
      }
    }
    if (spans.length <= size) best = 0;
    // Start a little before the first hit in the window so it has some context.
    var first = best;
    while (first < spans.length && !flags[first] && first < best + size) first++;
    if (first < spans.length && flags[first] && first - best > 4) best = first - 4;
    var last = Math.min(spans.length - 1, best + size - 1);
    var from = best === 0 ? 0 : spans[best].start;
    var to = last === spans.length - 1 ? text.length : spans[last].start + spans[last].word.length;
    var segments = [];
    if (from > 0) segments.push({ text: '… ', mark: false });
    var cursor = from;
    for (var k = best; k <= last; k++) {
      if (!flags[k]) continue;
      if (spans[k].start > cursor) segments.push({ text: text.slice(cursor, spans[k].start), mark: false });
      segments.push({ text: spans[k].word, mark: true });
      cursor = spans[k].start + spans[k].word.length;
    }
    if (to > cursor) segments.push({ text: text.slice(cursor, to), mark: false });
    if (to < text.length) segments.push({ text: ' …', mark: false });
    return segments;
  }

  return {
    splitWords: splitWords,
    normalizeWord: normalizeWord,
    guessBaseForms: guessBaseForms,
    parseQuery: parseQuery,
    createEngine: createEngine,
    snippet: snippet,
  };
});
