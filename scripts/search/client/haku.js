// The search page controller: reads ?q= and the facets from the URL, loads lunr, the Finnish
// pipeline and the index as classic scripts (this page only; works from file://), searches as the
// user types (debounced; stale results discarded), and keeps the state in the URL.
(function (root) {
  'use strict';

  var DEBOUNCE_MS = 120;
  var PAGE_SIZE = 10;
  var PARAMS = { q: 'q', region: 'alue', topic: 'aihe', year: 'vuosi' };

  var container = document.getElementById('ua-haku');
  if (!container) return;
  var t = root.UudistusHakuSanat.t;
  var render = root.UudistusHakuRender;
  var engineApi = root.UudistusHakuEngine;
  var form = document.getElementById('ua-haku-form');
  var input = document.getElementById('ua-haku-q');
  var status = document.getElementById('ua-haku-tila');
  var list = document.getElementById('ua-haku-tulokset');
  var facets = document.getElementById('ua-haku-rajaus');
  // Facets start open where they sit beside the results, closed on narrow screens.
  if (root.matchMedia && root.matchMedia('(min-width: 52rem)').matches) facets.open = true;
  var suggest = document.getElementById('ua-haku-ehdotukset');
  var more = document.getElementById('ua-haku-lisaa');
  var rootPrefix = container.getAttribute('data-root').replace(/index\.html$/, '');
  // Where the parts the engine asks for live: dictionary shards, postings shards, text chunks.
  var partPrefix = {
    keys: container.getAttribute('data-keys').replace(/0\.js$/, ''),
    shards: container.getAttribute('data-shards').replace(/0\.js$/, ''),
    texts: container.getAttribute('data-texts').replace(/0\.js$/, ''),
  };

  var state = readUrl();
  var engine = null;
  var ctx = null;
  var generation = 0;
  var timer = null;
  var lastResult = null;
  var shown = PAGE_SIZE;
  var partLoads = {};

  function readUrl() {
    var params = new URLSearchParams(root.location.search);
    return {
      q: params.get(PARAMS.q) || '',
      filters: {
        region: params.get(PARAMS.region) || '',
        topic: params.get(PARAMS.topic) || '',
        year: params.get(PARAMS.year) || '',
      },
    };
  }

  function queryString(q, filters) {
    var params = new URLSearchParams();
    if (q) params.set(PARAMS.q, q);
    ['region', 'topic', 'year'].forEach(function (key) {
      if (filters[key]) params.set(PARAMS[key], filters[key]);
    });
    var text = params.toString();
    return text ? '?' + text : '';
  }

  function writeUrl() {
    var url = root.location.pathname + queryString(state.q, state.filters) + root.location.hash;
    try {
      root.history.replaceState(null, '', url);
    } catch {
      // Some browsers refuse history changes on file:// pages; the search still works.
    }
  }

  /** Loads classic scripts in order (async=false keeps their order); resolves when all have run. */
  function loadScripts(sources) {
    return Promise.all(
      sources.map(function (src) {
        return new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = src;
          script.async = false;
          script.onload = resolve;
          script.onerror = function () {
            reject(new Error('Could not load ' + src));
          };
          document.head.appendChild(script);
        });
      }),
    );
  }

  function loadEngine() {
    var sources = container.getAttribute('data-lunr').split(' ');
    sources.push(container.getAttribute('data-index'));
    return loadScripts(sources).then(function () {
      var payload = root.UudistusHakuIndeksi;
      engine = engineApi.createEngine(root.lunr, payload);
      ctx = {
        engineApi: engineApi,
        rootPrefix: rootPrefix,
        regionName: {},
        topicLabel: {},
        regionOrder: payload.regions.map(function (r) {
          return r.slug;
        }),
        topicOrder: payload.topics.map(function (topic) {
          return topic.slug;
        }),
        chunkSize: payload.chunkSize,
        isMatch: null,
      };
      payload.regions.forEach(function (r) {
        ctx.regionName[r.slug] = r.name;
      });
      payload.topics.forEach(function (topic) {
        ctx.topicLabel[topic.slug] = topic.label;
      });
    });
  }

  /** Loads a numbered data script once (kind: keys, shards or texts); resolves with its data. */
  function loadPart(kind, n) {
    var key = kind + '/' + n;
    if (!partLoads[key]) {
      partLoads[key] = loadScripts([partPrefix[kind] + n + '.js']).then(function () {
        return root[engineApi.GLOBALS[kind]][n];
      });
    }
    return partLoads[key];
  }

  function loadChunks(hits) {
    return engine.prepareTexts(hits, loadPart);
  }

  function loadShards(texts) {
    return Promise.all(
      texts.map(function (text) {
        return engine.prepare(text, loadPart);
      }),
    );
  }

  function hasFilter(filters) {
    return Boolean(filters.region || filters.topic || filters.year);
  }

  function announce(text) {
    status.textContent = text;
  }

  function failed() {
    announce(t('loadFailed'));
  }

  /** Searches state.q: loads the index shards it needs, then shows the first page of results. */
  function runSearch() {
    if (!engine) return;
    var current = ++generation;
    loadShards([state.q]).then(function () {
      if (current === generation) showResults(current);
    }, failed);
  }

  function showResults(current) {
    var result = engine.search(state.q, state.filters);
    var active = state.q.trim() !== '' || hasFilter(state.filters);
    lastResult = result;
    shown = PAGE_SIZE;
    ctx.isMatch = engine.highlighter(result.words);
    if (!active) {
      clearResults();
      announce('');
      return;
    }
    var n = result.hits.length;
    if (n === 0) {
      clearResults();
      render.renderFacets(facets, result, state.filters, ctx, onFacet);
      announce(
        result.words.length === 0 && state.q.trim() !== ''
          ? t('onlyStopWords', { q: state.q.trim() })
          : t('notFound', { q: state.q.trim() }),
      );
      showSuggestions(result, current);
      return;
    }
    loadChunks(result.hits.slice(0, shown)).then(function () {
      if (current !== generation) return; // a newer search replaced this one
      clearResults();
      render.renderFacets(facets, result, state.filters, ctx, onFacet);
      appendHits(0);
      showCorrection(result);
      announce(state.q.trim() === '' ? t('foundFiltered', { n: n }) : t('found', { q: state.q.trim(), n: n }));
    }, failed);
  }

  function clearResults() {
    list.textContent = '';
    suggest.hidden = true;
    suggest.textContent = '';
    facets.hidden = true;
    more.hidden = true;
  }

  /** Renders hits [from, shown) (their chunks are loaded) with their snippets. */
  function appendHits(from) {
    var hits = lastResult.hits;
    var to = Math.min(hits.length, shown);
    for (var i = from; i < to; i++) {
      var item = render.resultItem(hits[i], ctx);
      var text = engine.textOf(hits[i].doc);
      var paragraph = item.querySelector('.ua-haku__snippet');
      if (text !== null && paragraph) render.fillSnippet(paragraph, text, ctx);
      list.appendChild(item);
    }
    more.hidden = to >= hits.length;
    if (!more.hidden) more.textContent = t('more', { n: hits.length - to });
  }

  /** "Tarkoititko: …" when the engine read a word as mistyped (its hits are already shown). */
  function showCorrection(result) {
    if (!result.suggestion) return;
    render.renderCorrection(
      suggest,
      { q: result.suggestion, filters: state.filters, href: queryString(result.suggestion, state.filters) },
      pickSuggestion,
    );
  }

  function showSuggestions(result, current) {
    var candidates = result.words.length > 1 ? result.words.map(function (w) { return w.word; }) : [];
    var withoutFilters = hasFilter(state.filters) && state.q.trim() !== '';
    loadShards(candidates).then(function () {
      if (current !== generation) return;
      var out = [];
      candidates.forEach(function (word) {
        var n = engine.search(word, state.filters).hits.length;
        if (n > 0) {
          out.push({
            label: t('suggestWord', { word: word, n: n }),
            q: word,
            filters: state.filters,
            href: queryString(word, state.filters),
          });
        }
      });
      if (withoutFilters) {
        var count = engine.search(state.q, {}).hits.length;
        if (count > 0) {
          out.push({ label: t('suggestNoFilters', { n: count }), q: state.q, filters: {}, href: queryString(state.q, {}) });
        }
      }
      render.renderSuggestions(suggest, out, pickSuggestion);
    }, failed);
  }

  function pickSuggestion(s) {
    state.q = s.q;
    state.filters = { region: s.filters.region || '', topic: s.filters.topic || '', year: s.filters.year || '' };
    input.value = s.q;
    writeUrl();
    runSearch();
    input.focus();
  }

  function onFacet(name, value) {
    state.filters[name] = value;
    writeUrl();
    runSearch();
  }

  function onInput() {
    state.q = input.value;
    generation++; // results of an older query must not land after this keystroke
    clearTimeout(timer);
    timer = setTimeout(function () {
      writeUrl();
      runSearch();
    }, DEBOUNCE_MS);
  }

  input.value = state.q;
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      state.q = '';
      state.filters = { region: '', topic: '', year: '' };
      clearTimeout(timer);
      writeUrl();
      runSearch();
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    writeUrl();
    runSearch();
  });
  more.addEventListener('click', function () {
    var current = generation;
    var first = list.children.length;
    shown += PAGE_SIZE;
    loadChunks(lastResult.hits.slice(first, shown)).then(function () {
      if (current !== generation) return;
      appendHits(first);
      var link = list.children[first] && list.children[first].querySelector('a');
      if (link) link.focus();
    }, failed);
  });

  if (state.q || hasFilter(state.filters)) announce(t('loading'));
  loadEngine().then(
    function () {
      container.setAttribute('data-ready', 'true');
      runSearch();
    },
    failed,
  );
})(typeof globalThis !== 'undefined' ? globalThis : this);
