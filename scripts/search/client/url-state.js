// URL state of the search page: the query, the facet values (several per facet, the parameter
// repeated), the date range and the order, read from and written to the query string, so that a
// filtered list can be linked and cited. Unknown or malformed values are dropped, never guessed.
//   ?q=pilotti&alue=lappi&alue=kainuu&vuosi=2016&alkaen=2016-01-01&asti=2016-06-30&jarjestys=uusin
//   ?alue=lappi&alue=valtakunnalliset   (Lapland's releases and the national ones)
ui.urlState = (function () {
  'use strict';

  var FACETS = ['region', 'topic', 'year'];
  var PARAMS = { q: 'q', region: 'alue', topic: 'aihe', year: 'vuosi', from: 'alkaen', to: 'asti', sort: 'jarjestys' };
  var SORTS = ['osuvuus', 'uusin', 'vanhin'];
  var DEFAULT_SORT = 'osuvuus';
  var ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  // National releases have no region; in the region facet they are one more area, as on the regions
  // page (scripts/site/areas.ts NATIONAL_GROUP, alueet/valtakunnalliset/): ?alue=valtakunnalliset.
  var NATIONAL_AREA = 'valtakunnalliset';

  /** True for a real calendar day written YYYY-MM-DD ("2016-02-30" is not one). */
  function isIsoDay(text) {
    var m = ISO_DAY.exec(text);
    if (!m) return false;
    var d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  }

  function emptyState() {
    return { q: '', filters: { region: [], topic: [], year: [] }, from: '', to: '', sort: DEFAULT_SORT };
  }

  function unique(values) {
    return values.filter(function (v, i) {
      return v !== '' && values.indexOf(v) === i;
    });
  }

  /** The state in a query string ("?q=…" or "q=…"). */
  function parse(search) {
    var params = new URLSearchParams(search || '');
    var state = emptyState();
    state.q = params.get(PARAMS.q) || '';
    FACETS.forEach(function (facet) {
      state.filters[facet] = unique(params.getAll(PARAMS[facet]));
    });
    state.filters.year = state.filters.year.filter(function (y) {
      return /^\d{4}$/.test(y);
    });
    var from = params.get(PARAMS.from) || '';
    var to = params.get(PARAMS.to) || '';
    state.from = isIsoDay(from) ? from : '';
    state.to = isIsoDay(to) ? to : '';
    var sort = params.get(PARAMS.sort) || '';
    state.sort = SORTS.indexOf(sort) >= 0 ? sort : DEFAULT_SORT;
    return state;
  }

  /** The query string of a state ("" when empty), parameters in a fixed order, the default order left out. */
  function serialize(state) {
    var params = new URLSearchParams();
    if (state.q) params.set(PARAMS.q, state.q);
    FACETS.forEach(function (facet) {
      (state.filters[facet] || []).forEach(function (value) {
        params.append(PARAMS[facet], value);
      });
    });
    if (state.from) params.set(PARAMS.from, state.from);
    if (state.to) params.set(PARAMS.to, state.to);
    if (state.sort && state.sort !== DEFAULT_SORT) params.set(PARAMS.sort, state.sort);
    var text = params.toString();
    return text ? '?' + text : '';
  }

  /** True when anything but the query and the order narrows the list. */
  function hasFilters(state) {
    return (
      FACETS.some(function (facet) {
        return state.filters[facet].length > 0;
      }) ||
      Boolean(state.from || state.to)
    );
  }

  /** A copy of the state, so that a change never leaks into an older one. */
  function copy(state) {
    return {
      q: state.q,
      filters: { region: state.filters.region.slice(), topic: state.filters.topic.slice(), year: state.filters.year.slice() },
      from: state.from,
      to: state.to,
      sort: state.sort,
    };
  }

  /** The state with one facet value added or removed. */
  function toggle(state, facet, value, on) {
    var next = copy(state);
    var values = next.filters[facet].filter(function (v) {
      return v !== value;
    });
    if (on) values.push(value);
    next.filters[facet] = values;
    return next;
  }

  return {
    FACETS: FACETS,
    PARAMS: PARAMS,
    SORTS: SORTS,
    DEFAULT_SORT: DEFAULT_SORT,
    NATIONAL_AREA: NATIONAL_AREA,
    isIsoDay: isIsoDay,
    emptyState: emptyState,
    parse: parse,
    serialize: serialize,
    hasFilters: hasFilters,
    copy: copy,
    toggle: toggle,
  };
})();
