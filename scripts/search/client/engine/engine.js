// The engine facade: the one object the search page talks to. Its interface (kept stable for the UI):
//
//   var engine = UudistusHakuEngine.createEngine(lunr, payload)   // payload = window.UudistusHakuIndeksi
//   engine.shardsNeeded(text) → [n, …]        postings shards to load (haku/indeksi/<n>.js) before search
//   engine.addShard(n, list)                  a loaded shard (window.UudistusHakuOsat[n])
//   engine.search(text, filters) → {
//     words: [{ word, stem, alternatives, prefix }],   the query as understood
//     hits: [{ doc: { n, id, title, date, region, topics, day }, score, titleHits }],   best first
//     facets: { region: { slug: count }, topic: { slug: count }, year: { '2018': count } },
//   }                                         filters: { region, topic, year } (empty: any)
//   engine.addChunk(n, rows)                  loaded texts (window.UudistusHakuTekstit[n]): fills doc.id/title
//   engine.textOf(doc) → text | null          the release text for snippets, once its chunk is loaded
//   engine.highlighter(words) → (word) → bool  which words of a text to mark
//   UudistusHakuEngine.snippet(text, isMatch, size) → [{ text, mark }]
//
// An empty query with a filter lists the filtered releases newest first; an empty query alone finds
// nothing. Node (the index build, tests, bench) runs this same code through scripts/search/client-bundle.ts.
haku.engine = (function (words, query, dictionaryModule, ranking, snippets) {
  'use strict';

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

  /**
   * Builds the engine over a payload written by the index build (scripts/search/payload.ts). Index
   * shards and text chunks are added as they load (addShard, addChunk); Node passes them all at once.
   */
  function createEngine(lunr, payload, loaded) {
    var dictionary = dictionaryModule.createDictionary(lunr, payload.index);
    var docs = decodeDocs(payload);
    var inflections = payload.inflections || {};
    var chunks = {};
    var scratch = ranking.createScratch(docs.length);
    var surfaceOf = null;

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
    function clauses(queryWords) {
      return queryWords.slice(0, ranking.MAX_WORDS).map(function (word) {
        var boosts = {};
        var add = function (term, boost) {
          boosts[term] = (boosts[term] || 0) + boost;
        };
        word.alternatives.forEach(function (term) {
          dictionary.expand(term, false).forEach(function (t) {
            add(t, term === word.stem ? 2 : 1);
          });
        });
        if (word.prefix) {
          dictionary.expand(word.stem, true).forEach(function (t) {
            add(t, 0.5);
          });
        }
        return boosts;
      });
    }

    function shardsNeeded(text) {
      var terms = [];
      clauses(query.parseQuery(lunr, text || '', inflections)).forEach(function (boosts) {
        terms = terms.concat(Object.keys(boosts));
      });
      return dictionary.shardsFor(terms);
    }

    function search(text, filters) {
      filters = filters || {};
      var queryWords = query.parseQuery(lunr, text || '', inflections);
      var hasFilter = Boolean(filters.region || filters.topic || filters.year);
      var hits;
      if (queryWords.length > 0) hits = ranking.score(dictionary, docs, clauses(queryWords), scratch);
      else if (hasFilter)
        hits = docs.map(function (doc) {
          return { doc: doc, score: 0, titleHits: 0 };
        });
      else hits = [];
      var shown = hits.filter(function (hit) {
        return ranking.passesFilters(hit.doc, filters, null);
      });
      shown.sort(ranking.compareHits);
      return { words: queryWords, hits: shown, facets: ranking.facetCounts(hits, filters) };
    }

    function highlighter(queryWords) {
      surfaceOf = surfaceOf || snippets.invert(inflections);
      return snippets.highlighter(lunr, queryWords, surfaceOf);
    }

    if (loaded) {
      Object.keys(loaded.shards || {}).forEach(function (k) {
        dictionary.addShard(Number(k), loaded.shards[k]);
      });
      Object.keys(loaded.chunks || {}).forEach(function (n) {
        addChunk(Number(n), loaded.chunks[n]);
      });
    }

    return {
      search: search,
      shardsNeeded: shardsNeeded,
      addShard: dictionary.addShard,
      addChunk: addChunk,
      textOf: textOf,
      docs: docs,
      highlighter: highlighter,
    };
  }

  return {
    createEngine: createEngine,
    snippet: snippets.snippet,
    splitWords: words.splitWords,
    normalizeWord: words.normalizeWord,
    guessBaseForms: words.guessBaseForms,
    parseQuery: query.parseQuery,
  };
})(haku.words, haku.query, haku.dictionary, haku.ranking, haku.snippets);
