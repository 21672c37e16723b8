// The engine facade: the one object the search page talks to. Its interface (kept stable for the UI):
//
//   var engine = UudistusHakuEngine.createEngine(lunr, payload)   // payload = window.UudistusHakuIndeksi
//   engine.prepare(text, load) → Promise     loads what `text` needs: load(kind, n) must resolve with
//                                            the data of haku/<folder>/<n>.js, kind 'keys' (sanasto/),
//                                            'shards' (indeksi/), 'positions' (sijainnit/, for queries of
//                                            several words) or 'texts' (tekstit/); see UudistusHakuEngine.FOLDERS
//   engine.search(text, filters) → {
//     words: [{ word, stem, alternatives, prefix }],   the query as understood
//     hits: [{ doc: { n, id, title, date, region, scope, lang, topics, day }, score, titleHits, leadHits, phrase }],
//                                            best first: the whole phrase (phrases.js), then words in
//                                            the title, then in the lead, then lunr's score, then newer
//     facets: { region: { slug: count }, topic: { slug: count }, year: { '2018': count } },
//     suggestion: 'valinnanvapaus' | null,   "Tarkoititko: …" when a word was read as a typo
//   }                                         filters: { region, topic, year } (empty: any)
//   engine.prepareTexts(hits, load) → Promise  loads the texts of these hits (fills doc.id, doc.title)
//   engine.prepareTitles(load) → Promise      loads every release's id and title (haku/otsikot/, kind 'titles')
//   engine.titled(hits) → bool                whether these hits' ids and titles are known (a list can be shown)
//   engine.textOf(doc) → text | null          the release text for snippets, once its chunk is loaded
//   engine.highlighter(words) → (word) → bool  which words of a text to mark
//   UudistusHakuEngine.snippet(text, isMatch, size) → [{ text, mark }]
//
// An empty query with a filter lists the filtered releases newest first; an empty query alone finds
// nothing. search() is synchronous and uses what is loaded; prepare() first. Node (the index build,
// tests, bench) runs this same code through scripts/search/client-bundle.ts.
haku.engine = (function (constants, words, query, dictionaryModule, phrases, ranking, snippets) {
  'use strict';

  // [kind of match, clause boost, example]: how much each way of matching a word counts (lunr clause
  // boosts; the exact stem first, a diacritic-folded or mistyped word well below it).
  var MATCH_WEIGHTS = [
    ['stem', 2, 'pilotti → pilott'],
    ['base form', 1, 'pilotin → pilotti'],
    ['swedish stem', 1, 'vårdreformen → vårdreform'],
    ['joined pair', 2, 'sote uudistus → soteuudistus'],
    ['prefix', 0.5, 'pilo → pilotti'],
    ['folded', 0.4, 'valiaikainen → väliaikainen'],
    ['typo', 0.3, 'valinanvapaus → valinnanvapaus'],
    ['folded prefix', 0.2, 'valiaik → väliaikainen'],
  ];
  var WEIGHT = {};
  MATCH_WEIGHTS.forEach(function (row) {
    WEIGHT[row[0]] = row[1];
  });
  // A typo is only assumed in words at least this long (shorter ones have too many neighbours).
  var MIN_TYPO_LENGTH = 5;
  var MAX_PREPARE_ROUNDS = 6;

  var FLAGS = constants.DOC_FLAGS;

  function decodeDocs(payload) {
    return payload.docs.map(function (row, n) {
      var flags = row[3] || 0;
      return {
        n: n,
        date: row[0],
        region: row[1] >= 0 ? payload.regions[row[1]].slug : '',
        // 'regional', 'national' (no region) or '' when not known.
        scope: flags & FLAGS.national ? 'national' : flags & FLAGS.scopeUnknown ? '' : 'regional',
        lang: flags & FLAGS.swedish ? 'sv' : 'fi',
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

  /**
   * Builds the engine over the head file written by the index build (scripts/search/payload.ts).
   * Dictionary shards, postings shards and text chunks are added as they load; Node passes them all.
   */
  function createEngine(lunr, payload, loaded) {
    var dictionary = dictionaryModule.createDictionary(payload);
    var docs = decodeDocs(payload);
    var chunks = {};
    var scratch = ranking.createScratch(docs.length);
    var completesOnlyUnknown = payload.morphology === 'voikko';

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

    function addTitles(n, rows) {
      rows.forEach(function (row, i) {
        var doc = docs[n * payload.titleChunkSize + i];
        if (doc) {
          doc.id = row[0];
          doc.title = row[1];
        }
      });
    }

    function titled(hits) {
      return hits.every(function (hit) {
        return hit.doc.id !== '';
      });
    }

    function textOf(doc) {
      var rows = chunks[Math.floor(doc.n / payload.chunkSize)];
      return rows ? rows[doc.n % payload.chunkSize][2] : null;
    }

    /**
     * Adds a term and its base forms (an inflected term typed) at a weight, keeping the highest; the
     * terms added also go to `phraseTerms` when given (the word's terms a phrase may be made of).
     */
    function addTerm(boosts, term, weight, withBases, phraseTerms) {
      var e = dictionary.entry(term);
      if (!e) return;
      if (e.term >= 0) {
        if (!(boosts[term] >= weight)) boosts[term] = weight;
        if (phraseTerms && phraseTerms.indexOf(term) === -1) phraseTerms.push(term);
      }
      if (withBases && e.bases) {
        e.bases.forEach(function (base) {
          addTerm(boosts, base, Math.min(weight, WEIGHT['base form']), false, phraseTerms);
        });
      }
    }

    /** The word's clause: every term that counts as a hit for it, with its boost. */
    function wordClause(w) {
      var boosts = {};
      // Lookups in dictionary shards not loaded yet: the word's readings are not all known.
      var misses = dictionary.keyMisses();
      // Whole-word readings only: a prefix's completions make no phrase.
      var phraseTerms = (w.phraseTerms = []);
      w.alternatives.forEach(function (term) {
        addTerm(boosts, term, term === w.stem ? WEIGHT.stem : WEIGHT['base form'], true, phraseTerms);
      });
      if (w.swedish) addTerm(boosts, w.swedish, WEIGHT['swedish stem'], true, phraseTerms);
      var typedWithoutDiacritics = !words.hasFoldable(w.word.toLowerCase());
      if (typedWithoutDiacritics) {
        w.alternatives.concat(w.swedish ? [w.swedish] : []).forEach(function (term) {
          dictionary.unfold(term, false).forEach(function (t) {
            addTerm(boosts, t, WEIGHT.folded, true, phraseTerms);
          });
        });
      }
      // With Voikko's compound parts in the index, a word the archive has (in any reading above) is
      // taken as typed; only a word it does not have is read as still being typed and completed
      // ("pilo" → "pilotti"; "maakunta" is not completed to its hundreds of compounds, whose parts
      // are indexed). Decided once the word's own shards are in. The fallback splits fewer compounds,
      // so there completion stands in for the parts, as before.
      var completes = !completesOnlyUnknown || (Object.keys(boosts).length === 0 && dictionary.keyMisses() === misses);
      (completes ? w.prefixes : []).forEach(function (p) {
        dictionary.completions(p).forEach(function (t) {
          addTerm(boosts, t, WEIGHT.prefix, false);
        });
        if (typedWithoutDiacritics) {
          dictionary.unfold(p, true).forEach(function (t) {
            addTerm(boosts, t, WEIGHT['folded prefix'], false);
          });
        }
      });
      w.correction = null;
      // A typo only when every reading above has been looked up and none is in the archive.
      if (Object.keys(boosts).length === 0 && dictionary.keyMisses() === misses && w.word.length >= MIN_TYPO_LENGTH) {
        var near = dictionary.neighbours(w.stem);
        near.forEach(function (t) {
          addTerm(boosts, t, WEIGHT.typo, false, phraseTerms);
        });
        w.correction = mostFound(near);
      }
      w.matched = Object.keys(boosts);
      return boosts;
    }

    function mostFound(terms) {
      var best = null;
      var bestCount = -1;
      terms.forEach(function (term) {
        var count = 0;
        dictionary.postings(term).forEach(function (run) {
          count += run.docs.length;
        });
        if (count > bestCount) {
          best = term;
          bestCount = count;
        }
      });
      return best;
    }

    /** Clauses of a query: one per word, plus one per pair of words that is a term written together. */
    function clausesOf(queryWords) {
      var clauses = [];
      queryWords.forEach(function (w, i) {
        clauses.push({ boosts: wordClause(w), bits: 1 << i });
        if (w.joinNext && i + 1 < queryWords.length) {
          var pair = {};
          w.joinNext.forEach(function (term) {
            addTerm(pair, term, WEIGHT['joined pair'], true);
          });
          if (Object.keys(pair).length > 0) clauses.push({ boosts: pair, bits: (1 << i) | (1 << (i + 1)) });
        }
      });
      return clauses;
    }

    function parse(text) {
      return query.parseQuery(lunr, text || '').slice(0, ranking.MAX_WORDS);
    }

    /** The query's phrases: per phrase, its words as { at, terms, stem } (after clausesOf has run). */
    function phrasesOf(text, queryWords) {
      var starts = queryWords.map(function (w) {
        return w.start;
      });
      return phrases.phraseGroups(text || '', starts).map(function (group) {
        return group.map(function (i) {
          return { at: queryWords[i].at, terms: queryWords[i].phraseTerms || [], stem: queryWords[i].stem };
        });
      });
    }

    /** The parts `text` needs that are not loaded: { keys: [n], shards: [n], positions: [n] }. */
    function missingFor(text) {
      var queryWords = parse(text);
      clausesOf(queryWords).forEach(function (clause) {
        Object.keys(clause.boosts).forEach(dictionary.postings);
      });
      phrasesOf(text, queryWords).forEach(function (phrase) {
        phrase.forEach(function (w) {
          w.terms.forEach(dictionary.positions);
          dictionary.expectPositions(w.stem);
        });
      });
      var missing = dictionary.takeMissing();
      return { keys: missing.keys, shards: missing.postings, positions: missing.positions };
    }

    function add(kind, n, data) {
      if (kind === 'keys') dictionary.addKeyShard(n, data);
      else if (kind === 'shards') dictionary.addPostingsShard(n, data);
      else if (kind === 'positions') dictionary.addPositionShard(n, data);
      else if (kind === 'titles') addTitles(n, data);
      else addChunk(n, data);
    }

    function loadAll(kind, numbers, load) {
      return Promise.all(
        numbers.map(function (n) {
          return load(kind, n).then(function (data) {
            add(kind, n, data);
          });
        }),
      );
    }

    /**
     * Loads, round by round, everything a search for `text` reads: the words' postings shards (with
     * their dictionary entries), then those of base forms in other shards, and word positions; the
     * dictionary shards only for completions and typos.
     */
    function prepare(text, load) {
      var round = 0;
      function next() {
        var missing = missingFor(text);
        var none = missing.keys.length === 0 && missing.shards.length === 0 && missing.positions.length === 0;
        if (none || round++ >= MAX_PREPARE_ROUNDS) return Promise.resolve();
        return Promise.all([
          loadAll('keys', missing.keys, load),
          loadAll('shards', missing.shards, load),
          loadAll('positions', missing.positions, load),
        ]).then(next);
      }
      return next();
    }

    function prepareTexts(hits, load) {
      var wanted = [];
      hits.forEach(function (hit) {
        var n = Math.floor(hit.doc.n / payload.chunkSize);
        if (!chunks[n] && wanted.indexOf(n) === -1) wanted.push(n);
      });
      return loadAll('texts', wanted, load);
    }

    var titlesLoading = null;
    function prepareTitles(load) {
      if (!titlesLoading) {
        var all = [];
        for (var n = 0; n * payload.titleChunkSize < docs.length; n++) all.push(n);
        titlesLoading = loadAll('titles', all, load);
      }
      return titlesLoading;
    }

    function suggestionOf(queryWords) {
      var changed = false;
      var out = queryWords.map(function (w) {
        if (!w.correction) return w.word;
        changed = true;
        var lower = w.word.toLowerCase();
        return lower.lastIndexOf(w.stem, 0) === 0 ? w.correction + lower.slice(w.stem.length) : w.correction;
      });
      return changed ? out.join(' ') : null;
    }

    function search(text, filters) {
      filters = filters || {};
      var queryWords = parse(text);
      var hasFilter = Boolean(filters.region || filters.topic || filters.year);
      var hits;
      if (queryWords.length > 0) {
        hits = ranking.score(dictionary, docs, clausesOf(queryWords), queryWords.length, scratch);
        markPhrases(text, queryWords, hits);
      } else if (hasFilter)
        hits = docs.map(function (doc) {
          return { doc: doc, score: 0, titleHits: 0, leadHits: 0, phrase: false };
        });
      else hits = [];
      dictionary.takeMissing();
      var shown = hits.filter(function (hit) {
        return ranking.passesFilters(hit.doc, filters, null);
      });
      shown.sort(ranking.compareHits);
      var facets = null;
      var result = { words: queryWords, hits: shown, suggestion: suggestionOf(queryWords) };
      // Counted when read: the page counts its own facets over its filters (result-tools.js), and
      // counting every hit of a common word is a good part of a search's time at 10,000 releases.
      Object.defineProperty(result, 'facets', {
        enumerable: true,
        get: function () {
          return facets || (facets = ranking.facetCounts(hits, filters));
        },
      });
      return result;
    }

    /** Sets hit.phrase on the hits that have every word of one of the query's phrases side by side. */
    function markPhrases(text, queryWords, hits) {
      var found = scratch.phrase;
      var wanted = scratch.wanted;
      var list = phrasesOf(text, queryWords);
      if (list.length === 0 || hits.length === 0) return;
      found.fill(0);
      wanted.fill(0);
      hits.forEach(function (hit) {
        wanted[hit.doc.n] = 1;
      });
      list.forEach(function (phrase) {
        phrases.markPhrase(dictionary, phrase, wanted, found);
      });
      hits.forEach(function (hit) {
        hit.phrase = found[hit.doc.n] === 1;
      });
    }

    /** The clause boosts a query runs with (for comparing with lunr). */
    function explain(text) {
      return clausesOf(parse(text));
    }

    if (loaded) {
      Object.keys(loaded.keyShards || {}).forEach(function (k) {
        dictionary.addKeyShard(Number(k), loaded.keyShards[k]);
      });
      Object.keys(loaded.shards || {}).forEach(function (k) {
        dictionary.addPostingsShard(Number(k), loaded.shards[k]);
      });
      Object.keys(loaded.positionShards || {}).forEach(function (k) {
        dictionary.addPositionShard(Number(k), loaded.positionShards[k]);
      });
      Object.keys(loaded.chunks || {}).forEach(function (n) {
        addChunk(Number(n), loaded.chunks[n]);
      });
    }

    return {
      search: search,
      prepare: prepare,
      prepareTexts: prepareTexts,
      prepareTitles: prepareTitles,
      titled: titled,
      missingFor: missingFor,
      explain: explain,
      addKeyShard: dictionary.addKeyShard,
      addShard: dictionary.addPostingsShard,
      addPositionShard: dictionary.addPositionShard,
      addChunk: addChunk,
      textOf: textOf,
      docs: docs,
      highlighter: function (queryWords) {
        return snippets.highlighter(lunr, queryWords);
      },
    };
  }

  return {
    FOLDERS: constants.FOLDERS,
    GLOBALS: constants.GLOBALS,
    MATCH_WEIGHTS: MATCH_WEIGHTS,
    SUFFIX_RULES: words.SUFFIX_RULES,
    FOLDING: words.FOLDING,
    STOP_WORD_EXCEPTIONS: words.STOP_WORD_EXCEPTIONS,
    createEngine: createEngine,
    snippet: snippets.snippet,
    splitWords: words.splitWords,
    tokens: words.tokens,
    normalizeWord: words.normalizeWord,
    normalizeSwedish: words.normalizeSwedish,
    guessBaseForms: words.guessBaseForms,
    fold: words.fold,
    parseQuery: query.parseQuery,
  };
})(haku.constants, haku.words, haku.query, haku.dictionary, haku.phrases, haku.ranking, haku.snippets);
