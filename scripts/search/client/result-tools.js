// Result tools over the engine's hits: facet filters (several values of a facet are ORed, facets are
// ANDed), the date range, facet counts and the order. Pure: hits and state in, a new list out. This
// runs on every keystroke over up to every release (10,000): one pass, no allocation per hit.
//   hits: [{ doc: { n, date: 'YYYY-MM-DD' | '', region: slug | '', scope: 'regional' | 'national' | '',
//                   topics: [slug], day }, score, titleHits, leadHits, phrase }]
ui.resultTools = (function (urlState) {
  'use strict';

  var FACETS = urlState.FACETS;
  // A release's failed filters as bits: one per facet (in FACETS order), then the date range.
  var RANGE_BIT = 1 << FACETS.length;

  function yearOf(doc) {
    return doc.date ? doc.date.slice(0, 4) : '';
  }

  /**
   * The facet values a release has: area and year one each (or none), topics any number. The area
   * is the region, or the national group for a national release (which has no region): choosing
   * Lappi and Valtakunnalliset lists both, where a separate scope facet ANDed with the region would
   * always be empty.
   */
  var VALUES_OF = {
    region: function (doc) {
      if (doc.region) return [doc.region];
      return doc.scope === 'national' ? [urlState.NATIONAL_AREA] : [];
    },
    topic: function (doc) {
      return doc.topics;
    },
    year: function (doc) {
      var year = yearOf(doc);
      return year ? [year] : [];
    },
  };

  function passesFacet(doc, facet, chosen) {
    if (chosen.length === 0) return true;
    var values = VALUES_OF[facet](doc);
    for (var i = 0; i < values.length; i++) if (chosen.indexOf(values[i]) >= 0) return true;
    return false;
  }

  /** Inside the date range; an undated release is outside any range. */
  function passesRange(doc, from, to) {
    if (!from && !to) return true;
    if (!doc.date) return false;
    return (!from || doc.date >= from) && (!to || doc.date <= to);
  }

  /** Every filter of the state, except facet `skip` (so that a facet's counts ignore its own choice). */
  function passes(doc, state, skip) {
    for (var i = 0; i < urlState.FACETS.length; i++) {
      var facet = urlState.FACETS[i];
      if (facet !== skip && !passesFacet(doc, facet, state.filters[facet])) return false;
    }
    return passesRange(doc, state.from, state.to);
  }

  /** Adds one to each of the facet's values that the release has (VALUES_OF, without its arrays). */
  var COUNT = {
    region: function (c, doc) {
      var area = doc.region || (doc.scope === 'national' ? urlState.NATIONAL_AREA : '');
      if (area) c[area] = (c[area] || 0) + 1;
    },
    topic: function (c, doc) {
      for (var i = 0; i < doc.topics.length; i++) c[doc.topics[i]] = (c[doc.topics[i]] || 0) + 1;
    },
    year: function (c, doc) {
      if (doc.date) {
        var year = doc.date.slice(0, 4);
        c[year] = (c[year] || 0) + 1;
      }
    },
  };

  /** The filters a release fails, as bits (0: it passes them all). */
  function failures(doc, state) {
    var mask = 0;
    for (var i = 0; i < FACETS.length; i++) if (!passesFacet(doc, FACETS[i], state.filters[FACETS[i]])) mask |= 1 << i;
    if (!passesRange(doc, state.from, state.to)) mask |= RANGE_BIT;
    return mask;
  }

  /**
   * In one pass: the hits that pass every filter, and per facet the counts of its values among the
   * hits that pass every other filter (so each value stays choosable). Example: with region lappi
   * chosen, a Kainuu release of 2016 counts for region kainuu but for neither topic nor year.
   */
  function filterAndCount(hits, state) {
    var counts = {};
    FACETS.forEach(function (facet) {
      counts[facet] = {};
    });
    var kept = [];
    for (var h = 0; h < hits.length; h++) {
      var doc = hits[h].doc;
      var mask = failures(doc, state);
      if (mask === 0) kept.push(hits[h]);
      for (var i = 0; i < FACETS.length; i++) {
        if ((mask & ~(1 << i)) === 0) COUNT[FACETS[i]](counts[FACETS[i]], doc);
      }
    }
    return { kept: kept, counts: counts };
  }

  /** Counts per facet value among the hits that pass every other filter: each value stays choosable. */
  function facetCounts(hits, state) {
    return filterAndCount(hits, state).counts;
  }

  // Undated releases last in both date orders; among equal days the engine's order stands (stable sort).
  var ORDERS = {
    uusin: function (a, b) {
      return (b.doc.day || -1) - (a.doc.day || -1) || 0;
    },
    vanhin: function (a, b) {
      return (a.doc.day || Infinity) - (b.doc.day || Infinity) || 0;
    },
  };

  /** The date order the list is shown in ('uusin', 'vanhin'), or null for the engine's relevance order. */
  function orderOf(state, hasQuery) {
    var sort = state.sort === 'osuvuus' && !hasQuery ? 'uusin' : state.sort;
    return ORDERS[sort] ? sort : null;
  }

  /** The hits in a date order (a new array); the engine's order among equal days. */
  function sortHits(hits, sort) {
    var order = ORDERS[sort];
    if (!order) return hits.slice();
    // Array#sort is stable in every current browser; the index keeps it so anyway.
    return hits
      .map(function (hit, i) {
        return { hit: hit, i: i };
      })
      .sort(function (a, b) {
        return order(a.hit, b.hit) || a.i - b.i;
      })
      .map(function (x) {
        return x.hit;
      });
  }

  /**
   * The list the page shows: hits passing the filters, in the chosen order. With no query the
   * relevance order is the newest first. Example: sort 'vanhin' over days [20180101, 0, 20160101]
   * gives [20160101, 20180101, 0]. `presorted`: the hits are already in orderOf's order (the page
   * keeps the whole archive sorted once for browsing), so filtering keeps it.
   */
  function apply(hits, state, hasQuery, presorted) {
    var result = filterAndCount(hits, state);
    var sort = orderOf(state, hasQuery);
    var kept = sort && !presorted ? sortHits(result.kept, sort) : result.kept;
    return { hits: kept, facets: result.counts };
  }

  /** Every release as a hit, for browsing without a query. */
  function allDocs(docs) {
    return docs.map(function (doc) {
      return { doc: doc, score: 0, titleHits: 0, leadHits: 0, phrase: false };
    });
  }

  function finnishDay(iso) {
    var parts = iso.split('-');
    return Number(parts[2]) + '.' + Number(parts[1]) + '.' + parts[0];
  }

  /**
   * The active filters as chips, in URL order: [{ facet, value, label }]. names: { region: { slug:
   * name }, topic: { slug: label } }. Example: region lappi, year 2016, from 2016-03-01 →
   * labels 'Lappi', '2016', 'alkaen 1.3.2016'.
   */
  function activeFilters(state, names, t) {
    var chips = [];
    urlState.FACETS.forEach(function (facet) {
      state.filters[facet].forEach(function (value) {
        var label = names[facet] ? names[facet][value] || value : value;
        chips.push({ facet: facet, value: value, label: label });
      });
    });
    if (state.from) chips.push({ facet: 'from', value: state.from, label: t('chipFrom', { day: finnishDay(state.from) }) });
    if (state.to) chips.push({ facet: 'to', value: state.to, label: t('chipTo', { day: finnishDay(state.to) }) });
    return chips;
  }

  return {
    apply: apply,
    orderOf: orderOf,
    sortHits: sortHits,
    allDocs: allDocs,
    facetCounts: facetCounts,
    passes: passes,
    yearOf: yearOf,
    finnishDay: finnishDay,
    activeFilters: activeFilters,
  };
})(ui.urlState);
