// The search page controller: reads ?q= and the facets from the URL, loads lunr, the Finnish
// pipeline and the index as classic scripts (this page only; works from file://), searches as the
// user types (debounced; stale results discarded), and keeps the state in the URL.
(function (root) {
  'use strict';

  var DEBOUNCE_MS = 120;
  var PAGE_SIZE = 20;
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
  var suggest = document.getElementById('ua-haku-ehdotukset');
  var more = document.getElementById('ua-haku-lisaa');
  var rootPrefix = container.getAttribute('data-root').replace(/index\.html$/, '');
  var textsPrefix = container.getAttribute('data-texts').replace(/0\.js$/, '');

  var state = readUrl();
  var engine = null;
  var ctx = null;
  var generation = 0;
  var timer = null;
  var lastResult = null;
  var shown = PAGE_SIZE;
  var chunkLoads = {};

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

  function loadChunk(n) {
    if (!chunkLoads[n]) {
      chunkLoads[n] = loadScripts([textsPrefix + n + '.js']).then(function () {
        return root.UudistusHakuTekstit[n];
      });
    }
    return chunkLoads[n];
  }

  function hasFilter(filters) {
    return Boolean(filters.region || filters.topic || filters.year);
  }

  function announce(text) {
    status.textContent = text;
  }

  function runSearch() {
    if (!engine) return;
    var current = ++generation;
    var result = engine.search(state.q, state.filters);
    lastResult = result;
    shown = PAGE_SIZE;
    ctx.isMatch = engine.highlighter(result.words);
    list.textContent = '';
    suggest.hidden = true;
    suggest.textContent = '';
    var active = state.q.trim() !== '' || hasFilter(state.filters);
    render.renderFacets(facets, result, state.filters, ctx, onFacet);
    if (!active) facets.hidden = true;
    if (!active) {
      announce('');
      more.hidden = true;
      return;
    }
    var n = result.hits.length;
    if (n === 0) {
      announce(
        result.words.length === 0 && state.q.trim() !== ''
          ? t('onlyStopWords', { q: state.q.trim() })
          : t('notFound', { q: state.q.trim() }),
      );
      render.renderSuggestions(suggest, suggestions(result), pickSuggestion);
    } else if (state.q.trim() === '') {
      announce(t('foundFiltered', { n: n }));
    } else {
      announce(t('found', { q: state.q.trim(), n: n }));
    }
    appendHits(current);
  }

  function appendHits(current) {
    var hits = lastResult.hits;
    var from = list.children.length;
    var to = Math.min(hits.length, shown);
    for (var i = from; i < to; i++) list.appendChild(render.resultItem(hits[i], ctx));
    more.hidden = to >= hits.length;
    if (!more.hidden) more.textContent = t('more', { n: hits.length - to });
    fillSnippets(hits.slice(from, to), current);
  }

  function fillSnippets(hits, current) {
    var chunks = {};
    hits.forEach(function (hit) {
      chunks[Math.floor(hit.doc.n / ctx.chunkSize)] = true;
    });
    Object.keys(chunks).forEach(function (chunk) {
      loadChunk(Number(chunk)).then(function (texts) {
        if (current !== generation) return; // a newer search replaced these results
        hits.forEach(function (hit) {
          if (Math.floor(hit.doc.n / ctx.chunkSize) !== Number(chunk)) return;
          var paragraph = list.querySelector('[data-doc="' + hit.doc.n + '"]');
          if (paragraph) render.fillSnippet(paragraph, texts[hit.doc.n % ctx.chunkSize], ctx);
        });
      });
    });
  }

  function suggestions(result) {
    var out = [];
    if (result.words.length > 1) {
      result.words.forEach(function (word) {
        var n = engine.search(word.word, state.filters).hits.length;
        if (n > 0) {
          out.push({
            label: t('suggestWord', { word: word.word, n: n }),
            q: word.word,
            filters: state.filters,
            href: queryString(word.word, state.filters),
          });
        }
      });
    }
    if (hasFilter(state.filters) && state.q.trim() !== '') {
      var count = engine.search(state.q, {}).hits.length;
      if (count > 0) {
        out.push({ label: t('suggestNoFilters', { n: count }), q: state.q, filters: {}, href: queryString(state.q, {}) });
      }
    }
    return out;
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
    shown += PAGE_SIZE;
    var first = list.children.length;
    appendHits(generation);
    var next = list.children[first];
    var link = next && next.querySelector('a');
    if (link) link.focus();
  });

  if (state.q || hasFilter(state.filters)) announce(t('loading'));
  loadEngine().then(
    function () {
      container.setAttribute('data-ready', 'true');
      runSearch();
    },
    function () {
      announce(t('loadFailed'));
    },
  );
})(typeof globalThis !== 'undefined' ? globalThis : this);
