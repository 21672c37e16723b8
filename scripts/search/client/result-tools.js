// Result tools over the engine's hits: facet filters (several values of a facet are ORed, facets are
// ANDed), the date range, facet counts and the order. Pure: hits and state in, a new list out.
//   hits: [{ doc: { n, date: 'YYYY-MM-DD' | '', region: slug | '', scope: 'regional' | 'national' | '',
//                   topics: [slug], day }, score, titleHits, leadHits, phrase }]
ui.resultTools = (function (urlState) {
  'use strict';

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

  /** Counts per facet value among the hits that pass every other filter: each value stays choosable. */
  function facetCounts(hits, state) {
    var counts = {};
    urlState.FACETS.forEach(function (facet) {
      var c = {};
      hits.forEach(function (hit) {
        if (!passes(hit.doc, state, facet)) return;
        VALUES_OF[facet](hit.doc).forEach(function (value) {
          c[value] = (c[value] || 0) + 1;
        });
      });
      counts[facet] = c;
    });
    return counts;
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

  /**
   * The list the page shows: hits passing the filters, in the chosen order. With no query the
   * relevance order is the newest first. Example: sort 'vanhin' over days [20180101, 0, 20160101]
   * gives [20160101, 20180101, 0].
   */
  function apply(hits, state, hasQuery) {
    var kept = hits.filter(function (hit) {
      return passes(hit.doc, state, null);
    });
    var sort = state.sort === 'osuvuus' && !hasQuery ? 'uusin' : state.sort;
    var order = ORDERS[sort];
    if (order) {
      // Array#sort is stable in every current browser; the index keeps it so anyway.
      kept = kept
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
    return { hits: kept, facets: facetCounts(hits, state) };
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
    allDocs: allDocs,
    facetCounts: facetCounts,
    passes: passes,
    yearOf: yearOf,
    finnishDay: finnishDay,
    activeFilters: activeFilters,
  };
})(ui.urlState);
