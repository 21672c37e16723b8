// The search page controller: reads the state from the URL (url-state.js), builds the engine over the
// index head and lunr that the page loaded before this script (deferred classic scripts, this page
// only; works from file://), loads index parts and texts on demand, searches as the
// user types (debounced; stale results discarded), applies the result tools (result-tools.js),
// renders (render.js), and keeps the state in the URL and the page title. Once it has shown its
// first results it loads every release's id and title (a few parts); from then on a result list is
// shown as soon as the search is done, and each snippet when its text has loaded.
ui.start = function (root) {
  'use strict';

  var DEBOUNCE_MS = 120;
  var PAGE_SIZE = 10;

  var document = root.document;
  var container = document.getElementById('ua-haku');
  if (!container) return;
  /** A User Timing mark ("ua-haku:…") where the benchmarks read the page's phases. */
  function mark(name) {
    if (root.performance && root.performance.mark) root.performance.mark('ua-haku:' + name);
  }
  mark('start');
  var urlState = ui.urlState;
  var tools = ui.resultTools;
  var render = ui.render;
  var t = ui.strings.t;
  var engineApi = root.UudistusHakuEngine;
  var form = document.getElementById('ua-haku-form');
  var input = document.getElementById('ua-haku-q');
  var status = document.getElementById('ua-haku-tila');
  var list = document.getElementById('ua-haku-tulokset');
  var facets = document.getElementById('ua-haku-rajaus');
  var chipsBox = document.getElementById('ua-haku-valinnat');
  var toolsBox = document.getElementById('ua-haku-tyokalut');
  var sortSelect = document.getElementById('ua-haku-jarjestys');
  var fromInput = document.getElementById('ua-haku-alkaen');
  var toInput = document.getElementById('ua-haku-asti');
  var csvButton = document.getElementById('ua-haku-csv');
  // Facets start open where they sit beside the results, closed on narrow screens.
  if (root.matchMedia && root.matchMedia('(min-width: 52rem)').matches) facets.open = true;
  var suggest = document.getElementById('ua-haku-ehdotukset');
  var more = document.getElementById('ua-haku-lisaa');
  var rootPrefix = container.getAttribute('data-root').replace(/index\.html$/, '');
  // Where the parts the engine asks for live: dictionary shards, postings shards, text chunks.
  var partPrefix = {
    keys: container.getAttribute('data-keys').replace(/0\.js$/, ''),
    shards: container.getAttribute('data-shards').replace(/0\.js$/, ''),
    positions: container.getAttribute('data-positions').replace(/0\.js$/, ''),
    texts: container.getAttribute('data-texts').replace(/0\.js$/, ''),
    // (A page built before title parts existed has no data-titles: its lists wait for the texts.)
    titles: (container.getAttribute('data-titles') || '').replace(/0\.js$/, ''),
  };
  var baseTitle = document.title;

  var state = urlState.parse(root.location.search);
  var engine = null;
  var ctx = null;
  var generation = 0;
  var timer = null;
  var lastHits = [];
  var shown = PAGE_SIZE;
  var partLoads = {};
  var titlesRequested = false;

  var writtenUrl = root.location.pathname + root.location.search + root.location.hash;

  /** The state into the address bar (history.replaceState costs a few ms: only when it changed). */
  function writeUrl() {
    var url = root.location.pathname + urlState.serialize(state) + root.location.hash;
    if (url === writtenUrl) return;
    writtenUrl = url;
    try {
      root.history.replaceState(null, '', url);
    } catch {
      // Some browsers refuse history changes on file:// pages; the search still works.
    }
  }

  /**
   * Loads classic scripts; resolves when all have run. In order (async=false) unless `unordered`:
   * data parts assign their own globals, and in order each one waits for every part requested before it.
   */
  function loadScripts(sources, unordered) {
    return Promise.all(
      sources.map(function (src) {
        return new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = src;
          script.async = Boolean(unordered);
          script.onload = resolve;
          script.onerror = function () {
            reject(new Error('Could not load ' + src));
          };
          document.head.appendChild(script);
        });
      }),
    );
  }

  /** Builds the engine over the index head, which the page's own <script defer> ran before this one. */
  function loadEngine() {
    var payload = root.UudistusHakuIndeksi;
    if (!payload || !root.lunr || !engineApi) return Promise.reject(new Error('The search index did not load'));
    return Promise.resolve().then(function () {
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
        hasQuery: false,
      };
      payload.regions.forEach(function (r) {
        ctx.regionName[r.slug] = r.name;
      });
      // National releases are an area of their own, listed after the regions as on the regions page.
      ctx.regionName[urlState.NATIONAL_AREA] = t('nationalArea');
      ctx.regionOrder.push(urlState.NATIONAL_AREA);
      payload.topics.forEach(function (topic) {
        ctx.topicLabel[topic.slug] = topic.label;
      });
    });
  }

  /** Loads a numbered data script once (kind: keys, shards or texts); resolves with its data. */
  function loadPart(kind, n) {
    var key = kind + '/' + n;
    if (!partLoads[key]) {
      partLoads[key] = loadScripts([partPrefix[kind] + n + '.js'], true).then(
        function () {
          return root[engineApi.GLOBALS[kind]][n];
        },
        function (error) {
          // Not kept: a later request (the next press of "more", the next query) tries again.
          delete partLoads[key];
          throw error;
        },
      );
    }
    return partLoads[key];
  }

  function loadChunks(hits) {
    return engine.prepareTexts(hits, loadPart);
  }

  /**
   * Every release's id and title, loaded once after the first results are on screen (not to slow the
   * first ones down); until they are in, a list waits for its texts, as the first one did.
   */
  function loadTitlesLater() {
    if (titlesRequested || !partPrefix.titles) return;
    titlesRequested = true;
    setTimeout(function () {
      engine.prepareTitles(loadPart).catch(function () {
        // Lists keep waiting for their texts instead; nothing else depends on the titles.
      });
    }, 0);
  }

  function loadShards(texts) {
    return Promise.all(
      texts.map(function (text) {
        return engine.prepare(text, loadPart);
      }),
    );
  }

  function names() {
    return { region: ctx.regionName, topic: ctx.topicLabel };
  }

  function announce(text) {
    status.textContent = text;
  }

  function failed() {
    announce(t('loadFailed'));
  }

  /** The form controls follow the state (after a chip is removed, a link followed, Escape). */
  function showState() {
    input.value = state.q;
    sortSelect.value = state.sort;
    fromInput.value = state.from;
    toInput.value = state.to;
  }

  function showChips(chips) {
    if (!ctx) return; // not loaded yet: the first search shows them
    render.renderChips(chipsBox, chips || tools.activeFilters(state, names(), t), removeChip, clearFilters);
  }

  /**
   * A state change from a control: search again, and into the URL and the chips at once. The search
   * goes first: it starts loading the parts it needs, and the rest is done while they load.
   */
  function changeState(next) {
    state = next;
    showState();
    runSearch();
    writeUrl();
    showChips();
  }

  /** Searches state.q: loads the index shards it needs, then shows the first page of results. */
  function runSearch() {
    if (!engine) return;
    var current = ++generation;
    loadShards([state.q]).then(function () {
      mark('shards-loaded');
      if (current === generation) showResults(current);
    }, failed);
  }

  function statusText(q, n, chips) {
    var filters = chips
      .map(function (chip) {
        return chip.label;
      })
      .join(', ');
    if (n === 0) {
      if (!q) return t('nothingFiltered', { filters: filters });
      return filters ? t('notFoundFiltered', { q: q, filters: filters }) : t('notFound', { q: q });
    }
    if (!q) return filters ? t('foundFiltered', { n: n, filters: filters }) : t('browsing', { n: n });
    return filters ? t('foundQueryFiltered', { q: q, n: n, filters: filters }) : t('found', { q: q, n: n });
  }

  /** The tab and history name the query and filters: "”pilotti”, Lappi, 2016 – Haku – Uudistusarkisto". */
  function showTitle(q, chips) {
    var parts = (q ? ['”' + q + '”'] : []).concat(
      chips.map(function (chip) {
        return chip.label;
      }),
    );
    var title = parts.length > 0 ? parts.join(', ') + ' – ' + baseTitle : baseTitle;
    if (document.title !== title) document.title = title;
  }

  // The whole archive as hits in each date order, sorted once: browsing (no query) filters these.
  var browseOrders = {};
  function browseHits(sort) {
    if (!browseOrders[sort]) browseOrders[sort] = tools.sortHits(tools.allDocs(engine.docs), sort);
    return browseOrders[sort];
  }

  function showResults(current) {
    var q = state.q.trim();
    var result = engine.search(state.q, {});
    var hasQuery = result.words.length > 0;
    // No query words: every release (newest first), so that the facets browse the whole archive.
    var hits = hasQuery ? result.hits : browseHits(tools.orderOf(state, false));
    if (q && !hasQuery) hits = [];
    var listed = tools.apply(hits, state, hasQuery, !hasQuery);
    mark('searched');
    lastHits = listed.hits;
    shown = PAGE_SIZE;
    var n = lastHits.length;
    var firstPage = lastHits.slice(0, shown);
    // The texts of the first page start loading now; what does not need them is done meanwhile.
    var texts = n > 0 ? loadChunks(firstPage) : null;
    var chips = tools.activeFilters(state, names(), t);
    ctx.isMatch = engine.highlighter(result.words);
    ctx.hasQuery = hasQuery;
    showTitle(q, chips);
    showChips(chips);
    toolsBox.hidden = false;
    csvButton.disabled = n === 0;
    if (n === 0) {
      clearResults();
      render.renderFacets(facets, listed.facets, state.filters, ctx, onFacet);
      announce(q && !hasQuery ? t('onlyStopWords', { q: q }) : statusText(q, 0, chips));
      mark('shown');
      mark('snippets');
      showSuggestions(result, current);
      loadTitlesLater();
      return;
    }
    function showList() {
      clearResults();
      render.renderFacets(facets, listed.facets, state.filters, ctx, onFacet);
      appendItems(0);
      showCorrection(result);
      announce(statusText(q, n, chips));
      mark('shown');
      loadTitlesLater();
    }
    function showSnippets() {
      mark('texts-loaded');
      fillSnippets(0, firstPage.length);
      mark('snippets');
    }
    // With the ids and titles in memory the list goes up now, the snippets when their texts are in.
    if (engine.titled(firstPage)) {
      showList();
      texts.then(function () {
        if (current === generation) showSnippets();
      }, failed);
      return;
    }
    texts.then(function () {
      if (current !== generation) return; // a newer search replaced this one
      showList();
      showSnippets();
    }, failed);
  }

  function clearResults() {
    list.textContent = '';
    suggest.hidden = true;
    suggest.textContent = '';
    facets.hidden = true;
    more.hidden = true;
  }

  /** Renders hits [from, shown) (their ids and titles are known), snippets still empty. */
  function appendItems(from) {
    var to = Math.min(lastHits.length, shown);
    var items = document.createDocumentFragment();
    for (var i = from; i < to; i++) items.appendChild(render.resultItem(lastHits[i], ctx));
    list.appendChild(items);
    more.hidden = to >= lastHits.length;
    if (!more.hidden) more.textContent = t('more', { n: lastHits.length - to });
  }

  /**
   * Fills the snippets of items [from, to) whose texts are loaded. Only its own page's items: a page
   * added by "more" while the first one's texts were loading has filled its own (a second fill would
   * add a second "found by its region" note).
   */
  function fillSnippets(from, to) {
    to = Math.min(to, list.children.length);
    for (var i = from; i < to; i++) {
      var text = engine.textOf(lastHits[i].doc);
      var paragraph = list.children[i].querySelector('.ua-haku__snippet');
      if (text !== null && paragraph) render.fillSnippet(paragraph, text, ctx, lastHits[i].doc);
    }
  }

  /** "Tarkoititko: …" when the engine read a word as mistyped (its hits are already shown). */
  function showCorrection(result) {
    if (!result.suggestion) return;
    var next = urlState.copy(state);
    next.q = result.suggestion;
    render.renderCorrection(suggest, { state: next, href: urlState.serialize(next), q: result.suggestion }, pickSuggestion);
  }

  function showSuggestions(result, current) {
    var candidates = result.words.length > 1 ? result.words.map(function (w) { return w.word; }) : [];
    var withoutFilters = urlState.hasFilters(state) && state.q.trim() !== '';
    loadShards(candidates).then(function () {
      if (current !== generation) return;
      var out = [];
      candidates.forEach(function (word) {
        var next = urlState.copy(state);
        next.q = word;
        var n = tools.apply(engine.search(word, {}).hits, next, true).hits.length;
        if (n > 0) out.push({ label: t('suggestWord', { word: word, n: n }), state: next, href: urlState.serialize(next) });
      });
      if (withoutFilters) {
        var bare = urlState.emptyState();
        bare.q = state.q;
        bare.sort = state.sort;
        var count = engine.search(state.q, {}).hits.length;
        if (count > 0) out.push({ label: t('suggestNoFilters', { n: count }), state: bare, href: urlState.serialize(bare) });
      }
      render.renderSuggestions(suggest, out, pickSuggestion);
    }, failed);
  }

  function pickSuggestion(s) {
    changeState(s.state);
    input.focus();
  }

  function onFacet(facet, value, on) {
    changeState(urlState.toggle(state, facet, value, on));
  }

  function removeChip(chip) {
    var next;
    if (chip.facet === 'from' || chip.facet === 'to') {
      next = urlState.copy(state);
      next[chip.facet] = '';
    } else {
      next = urlState.toggle(state, chip.facet, chip.value, false);
    }
    changeState(next);
    // The removed chip's button is gone: keep the keyboard where the chips are, or in the search box.
    var first = chipsBox.querySelector('button');
    (first && !chipsBox.hidden ? first : input).focus();
  }

  function clearFilters() {
    var next = urlState.emptyState();
    next.q = state.q;
    next.sort = state.sort;
    changeState(next);
    input.focus();
  }

  function onInput() {
    state.q = input.value;
    generation++; // results of an older query must not land after this keystroke
    clearTimeout(timer);
    timer = setTimeout(function () {
      runSearch();
      writeUrl();
    }, DEBOUNCE_MS);
  }

  function onDate(which, field) {
    var value = field.value;
    // A half-typed date is left alone until it is a whole day (or empty).
    if (value && !urlState.isIsoDay(value)) return;
    var next = urlState.copy(state);
    next[which] = value;
    changeState(next);
  }

  function saveCsv() {
    var hits = lastHits;
    announce(t('csvPreparing'));
    // The CSV needs ids and titles, not texts: loaded once the title parts are in.
    (engine.titled(hits) ? Promise.resolve() : loadChunks(hits)).then(function () {
      var rows = ui.csv.resultRows(hits, names(), function (doc) {
        return new URL(render.releaseUrl(doc, ctx), root.location.href).href;
      });
      ui.csv.download(document, ui.csv.fileName(state.q.trim()), ui.csv.toCsv(rows));
      announce(t('csvSaved', { n: hits.length }));
    }, failed);
  }

  showState();
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      clearTimeout(timer);
      changeState(urlState.emptyState());
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state.q = input.value;
    runSearch();
    writeUrl();
  });
  sortSelect.addEventListener('change', function () {
    var next = urlState.copy(state);
    next.sort = sortSelect.value;
    changeState(next);
  });
  fromInput.addEventListener('change', function () {
    onDate('from', fromInput);
  });
  toInput.addEventListener('change', function () {
    onDate('to', toInput);
  });
  csvButton.addEventListener('click', saveCsv);
  more.addEventListener('click', function () {
    var current = generation;
    var first = list.children.length;
    // One page per press: while the next page's texts load, `shown` is ahead of the list.
    if (shown > first) return;
    shown = first + PAGE_SIZE;
    loadChunks(lastHits.slice(first, shown)).then(function () {
      if (current !== generation) return;
      appendItems(first);
      fillSnippets(first, shown);
      var link = list.children[first] && list.children[first].querySelector('a');
      if (link) link.focus();
    }, function () {
      // Back to the list as shown, so that the next press asks for the same page again.
      if (current === generation) shown = first;
      failed();
    });
  });

  announce(t('loading'));
  loadEngine().then(function () {
    mark('engine-ready');
    container.setAttribute('data-ready', 'true');
    runSearch();
  }, failed);
};
