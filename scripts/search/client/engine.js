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

  function wordMatchedBy(word, terms) {
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      if (word.alternatives.indexOf(term) !== -1) return true;
      if (word.prefix && term.lastIndexOf(word.stem, 0) === 0) return true;
    }
    return false;
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
  function compareHits(a, b) {
    if (a.titleHits !== b.titleHits) return b.titleHits - a.titleHits;
    if (Math.abs(a.score - b.score) > 1e-9) return b.score - a.score;
    if (a.doc.date !== b.doc.date) return a.doc.date > b.doc.date ? -1 : 1;
    return 0;
  }

  // The compact index (see scripts/search/compact-index.ts; the constants must match it).
  var VARINT_MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
  var VARINT_LAST = 'abcdefghijklmnopqrstuvwxyz6789+/';
  var WEIGHT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var WEIGHT_BASE = 0.01;
  var WEIGHT_RATIO = 1.12;
  var EMPTY_METADATA = {};

  function charTable(alphabet) {
    var table = {};
    for (var i = 0; i < alphabet.length; i++) table[alphabet.charAt(i)] = i;
    return table;
  }
  var MORE = charTable(VARINT_MORE);
  var LAST = charTable(VARINT_LAST);
  var WEIGHT = charTable(WEIGHT_DIGITS);

  /** One field's run → { refs: {docRef: metadata}, weights: {docRef: weight} }. */
  function decodeRun(run) {
    var refs = {};
    var weights = {};
    var doc = 0;
    var i = 0;
    while (i < run.length) {
      var value = 0;
      var scale = 1;
      for (;;) {
        var c = run.charAt(i++);
        if (c in MORE) {
          value += MORE[c] * scale;
          scale *= 32;
        } else {
          value += LAST[c] * scale;
          break;
        }
      }
      doc += value;
      refs[doc] = EMPTY_METADATA;
      weights[doc] = WEIGHT_BASE * Math.pow(WEIGHT_RATIO, WEIGHT[run.charAt(i++)]);
    }
    return { refs: refs, weights: weights };
  }

  /**
   * A lunr.Index over the compact data. Postings are decoded when a query first touches a term; a
   * document's field vector holds only the terms of the running query: lunr scores a document by
   * its dot product with the query vector over the query's norm, so no other term can change the
   * score. lunr's own query code does the rest.
   */
  function compactLunrIndex(lunr, compact) {
    var position = {};
    compact.terms.forEach(function (term, i) {
      position[term] = i;
    });
    var decoded = {};
    var touched = [];
    function posting(term) {
      var i = position[term];
      if (i === undefined) return undefined;
      if (!decoded[term]) {
        var runs = compact.postings[i].split(',');
        var entry = { _index: i, weights: {} };
        compact.fields.forEach(function (field, f) {
          var run = decodeRun(runs[f] || '');
          entry[field] = run.refs;
          entry.weights[field] = run.weights;
        });
        decoded[term] = entry;
      }
      if (touched.indexOf(term) === -1) touched.push(term);
      return decoded[term];
    }
    var invertedIndex = new Proxy(
      {},
      {
        get: function (_, term) {
          return typeof term === 'string' ? posting(term) : undefined;
        },
      },
    );
    var fieldVectors = new Proxy(
      {},
      {
        get: function (_, key) {
          if (typeof key !== 'string') return undefined;
          var slash = key.indexOf('/');
          var field = key.slice(0, slash);
          var doc = key.slice(slash + 1);
          var entries = [];
          touched.forEach(function (term) {
            var p = decoded[term];
            var w = p.weights[field][doc];
            if (w !== undefined) entries.push([p._index, w]);
          });
          entries.sort(function (a, b) {
            return a[0] - b[0];
          });
          var elements = [];
          entries.forEach(function (e) {
            elements.push(e[0], e[1]);
          });
          return new lunr.Vector(elements);
        },
      },
    );
    var index = new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(compact.terms),
      fields: compact.fields,
      pipeline: new lunr.Pipeline(),
    });
    return {
      query: function (fn) {
        touched = [];
        return index.query(fn);
      },
    };
  }

  function decodeDocs(payload) {
    return payload.docs.map(function (row, n) {
      return {
        n: n,
        id: row[0],
        title: row[1],
        date: row[2],
        region: row[3] >= 0 ? payload.regions[row[3]].slug : '',
        topics: row[4].map(function (t) {
          return payload.topics[t].slug;
        }),
      };
    });
  }

  /** Builds the engine over a payload written by the index build (see scripts/search/payload.ts). */
  function createEngine(lunr, payload) {
    var index = compactLunrIndex(lunr, payload.index);
    var docs = decodeDocs(payload);
    var inflections = payload.inflections || {};

    function run(words) {
      var matches = index.query(function (q) {
        words.forEach(function (word) {
          word.alternatives.forEach(function (term) {
            q.term(term, { usePipeline: false, boost: term === word.stem ? 2 : 1 });
          });
          if (word.prefix) {
            q.term(word.stem, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
          }
        });
      });
      var hits = [];
      matches.forEach(function (match) {
        var metadata = match.matchData.metadata;
        var terms = Object.keys(metadata);
        // Every query word must be found (AND); its alternatives are ORed.
        for (var i = 0; i < words.length; i++) if (!wordMatchedBy(words[i], terms)) return;
        var titleTerms = terms.filter(function (t) {
          return metadata[t][RESULT_FIELDS.title] !== undefined;
        });
        var titleHits = words.filter(function (w) {
          return wordMatchedBy(w, titleTerms);
        }).length;
        hits.push({ doc: docs[Number(match.ref)], score: match.score, titleHits: titleHits });
      });
      return hits;
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

    return { search: search, docs: docs, highlighter: highlighter };

    /** A test of whether a word of release text should be highlighted for these query words. */
    function highlighter(words) {
      var surfaceOf = invert(inflections);
      var wanted = {};
      var stems = [];
      words.forEach(function (w) {
        w.alternatives.concat(surfaceOf[w.stem] || []).forEach(function (t) {
          wanted[t] = true;
          if (t.length >= 4) stems.push(t);
        });
      });
      return function (textWord) {
        var lower = textWord.toLowerCase();
        var stem = normalizeWord(lunr, textWord);
        if (stem !== null && wanted[stem]) return true;
        for (var i = 0; i < words.length; i++) {
          if (stem !== null && words[i].prefix && stem.lastIndexOf(words[i].stem, 0) === 0) return true;
        }
        // Compound parts: "pilot" inside "kasvupalvelupilotit".
        for (var j = 0; j < stems.length; j++) if (lower.indexOf(stems[j]) !== -1) return true;
        return false;
      };
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
