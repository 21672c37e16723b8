// DOM builders of the search page: result items, snippets, facets, filter chips and suggestions.
// Release text only ever enters the page as text nodes (textContent), never as HTML.
ui.render = (function (strings) {
  'use strict';

  var t = strings.t;
  // Words as the engine splits them (client/engine/words.js): letters and digits, two or more.
  var WORD = /[\p{L}\p{N}]{2,}/gu;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Appends snippet segments: plain text nodes, matched words in <mark>. */
  function appendSegments(parent, segments) {
    segments.forEach(function (segment) {
      if (segment.mark) parent.appendChild(el('mark', '', segment.text));
      else parent.appendChild(document.createTextNode(segment.text));
    });
  }

  function finnishDate(iso) {
    if (!iso) return t('undated');
    var parts = iso.split('-');
    return Number(parts[2]) + '.' + Number(parts[1]) + '.' + parts[0];
  }

  /** The whole text as segments, every matched word marked. Example: ("Lapin kunnat", w → w === 'Lapin') → [Lapin*, " kunnat"]. */
  function markWhole(text, isMatch) {
    var segments = [];
    var cursor = 0;
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      if (!isMatch(match[0])) continue;
      if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index), mark: false });
      segments.push({ text: match[0], mark: true });
      cursor = match.index + match[0].length;
    }
    if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
    return segments;
  }

  function anyMatch(text, isMatch) {
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) if (isMatch(match[0])) return true;
    return false;
  }

  /**
   * The region and topic names that a query matched, when its words match neither the title nor the
   * text: the release was found only by its tags. [] otherwise, and for an empty query.
   */
  function tagOnlyMatches(doc, text, ctx) {
    if (!ctx.hasQuery || anyMatch(doc.title, ctx.isMatch) || anyMatch(text, ctx.isMatch)) return [];
    var names = doc.region ? [ctx.regionName[doc.region]] : [];
    doc.topics.forEach(function (slug) {
      names.push(ctx.topicLabel[slug]);
    });
    return names.filter(function (name) {
      return name && anyMatch(name, ctx.isMatch);
    });
  }

  function releaseUrl(doc, ctx) {
    return ctx.rootPrefix + 'tiedotteet/' + encodeURIComponent(doc.id) + '/index.html';
  }

  /**
   * One result: linked whole title (matches marked), date, region and topics, and a paragraph for the
   * snippet.
   */
  function resultItem(hit, ctx) {
    var doc = hit.doc;
    var item = el('li', 'ua-haku__result');
    var article = el('article');
    var heading = el('h2');
    var link = el('a');
    link.href = releaseUrl(doc, ctx);
    appendSegments(link, markWhole(doc.title, ctx.isMatch));
    heading.appendChild(link);
    // A Swedish release's own words are read as Swedish (WCAG 3.1.2); the meta line is the site's Finnish.
    if (doc.lang === 'sv') heading.lang = 'sv';
    article.appendChild(heading);
    var meta = [finnishDate(doc.date)];
    meta.push(doc.region ? ctx.regionName[doc.region] : doc.scope === 'national' ? t('nationalRelease') : t('noRegion'));
    doc.topics.forEach(function (slug) {
      meta.push(ctx.topicLabel[slug]);
    });
    article.appendChild(el('p', 'ua-haku__meta', meta.join(' · ')));
    var snippet = el('p', 'ua-haku__snippet');
    if (doc.lang === 'sv') snippet.lang = 'sv';
    article.appendChild(snippet);
    item.appendChild(article);
    return item;
  }

  /** The snippet, and a note when the release was found only by its region or topic. */
  function fillSnippet(paragraph, text, ctx, doc) {
    paragraph.textContent = '';
    appendSegments(paragraph, ctx.engineApi.snippet(text, ctx.isMatch, 28));
    var tags = doc ? tagOnlyMatches(doc, text, ctx) : [];
    if (tags.length > 0) paragraph.parentNode.insertBefore(el('p', 'ua-haku__why', t('matchedByTags', { tags: tags.join(', ') })), paragraph);
  }

  /** A fieldset of checkboxes for one facet: each value with its count; several may be chosen. */
  function facetGroup(name, legend, values, selected, onChange) {
    var fieldset = el('fieldset');
    fieldset.appendChild(el('legend', '', legend));
    values.forEach(function (option) {
      var label = el('label');
      var input = el('input');
      input.type = 'checkbox';
      // A name of its own: the boxes are not submitted, and duplicate names would be invalid.
      input.name = 'ua-haku-' + name + '-' + option.value;
      input.value = option.value;
      input.checked = selected.indexOf(option.value) >= 0;
      input.addEventListener('change', function () {
        onChange(name, option.value, input.checked);
      });
      label.appendChild(input);
      var text = el('span', '', option.label);
      label.appendChild(text);
      label.appendChild(el('span', 'ua-haku__count', '(' + option.count + ')'));
      fieldset.appendChild(label);
    });
    return fieldset;
  }

  /** Fills the facet box (a <details>, so that phones see results first) with the groups. */
  function renderFacets(box, facets, filters, ctx, onChange) {
    var container = box.querySelector('.ua-haku__facet-groups');
    // Rebuilding the checkboxes must not drop the keyboard focus of someone choosing among them.
    var focused = document.activeElement;
    var refocus = focused && container.contains(focused) ? { name: focused.name, value: focused.value } : null;
    container.textContent = '';
    var groups = [
      { name: 'region', legend: t('facetRegion'), label: ctx.regionName, order: ctx.regionOrder },
      { name: 'topic', legend: t('facetTopic'), label: ctx.topicLabel, order: ctx.topicOrder },
      { name: 'year', legend: t('facetYear'), label: null, order: null },
    ];
    var any = false;
    groups.forEach(function (group) {
      var counts = facets[group.name];
      var keys = Object.keys(counts);
      // A chosen value stays listed (with 0) so that it can be unchosen here too.
      filters[group.name].forEach(function (value) {
        if (keys.indexOf(value) === -1) keys.push(value);
      });
      if (keys.length === 0) return;
      keys.sort(
        group.order
          ? function (a, b) {
              return group.order.indexOf(a) - group.order.indexOf(b);
            }
          : function (a, b) {
              return a < b ? 1 : -1;
            },
      );
      var values = keys.map(function (key) {
        return { value: key, label: group.label ? group.label[key] || key : key, count: counts[key] || 0 };
      });
      container.appendChild(facetGroup(group.name, group.legend, values, filters[group.name], onChange));
      any = true;
    });
    box.hidden = !any;
    if (refocus) {
      var inputs = container.querySelectorAll('input');
      for (var i = 0; i < inputs.length; i++) {
        if (inputs[i].name === refocus.name && inputs[i].value === refocus.value) inputs[i].focus();
      }
    }
  }

  /** What to try when nothing was found: each word alone, the query without filters. */
  function renderSuggestions(container, suggestions, onPick) {
    container.textContent = '';
    var item = container;
    if (suggestions.length > 0) {
      item.appendChild(el('p', '', t('suggestTitle')));
      var ul = el('ul');
      suggestions.forEach(function (s) {
        var li = el('li');
        var link = el('a', '', s.label);
        link.href = s.href;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          onPick(s);
        });
        li.appendChild(link);
        ul.appendChild(li);
      });
      item.appendChild(ul);
    }
    item.appendChild(el('p', '', t('suggestGeneral')));
    container.hidden = false;
  }

  /** "Tarkoititko: <link>" above the results of a query the engine read as mistyped. */
  function renderCorrection(container, suggestion, onPick) {
    container.textContent = '';
    var line = el('p', 'ua-haku__correction', t('didYouMean'));
    var link = el('a', '', suggestion.q);
    link.href = suggestion.href;
    link.addEventListener('click', function (event) {
      event.preventDefault();
      onPick(suggestion);
    });
    line.appendChild(link);
    container.appendChild(line);
    container.hidden = false;
  }

  /**
   * The active filters above the results, each a button that removes it, and one that removes them
   * all; hidden when there are none. Shown outside the facet box, so a phone sees them at once.
   */
  function renderChips(box, chips, onRemove, onClear) {
    var list = box.querySelector('ul');
    // Rebuilding must not drop the keyboard focus of someone on a chip that is still there.
    var focused = document.activeElement;
    var refocus = focused && list.contains(focused) ? focused.getAttribute('data-chip') : null;
    list.textContent = '';
    chips.forEach(function (chip) {
      var li = el('li');
      var button = el('button', 'ua-haku__chip');
      button.type = 'button';
      button.setAttribute('data-chip', chip.facet + ':' + chip.value);
      button.setAttribute('aria-label', t('chipRemove', { label: chip.label }));
      button.appendChild(el('span', '', chip.label));
      button.appendChild(el('span', 'ua-haku__chip-x', '×'));
      button.addEventListener('click', function () {
        onRemove(chip);
      });
      li.appendChild(button);
      list.appendChild(li);
    });
    if (chips.length > 1) {
      var li = el('li');
      var clear = el('button', 'ua-haku__chip ua-haku__chip--all', t('clearFilters'));
      clear.type = 'button';
      clear.setAttribute('data-chip', '*');
      clear.addEventListener('click', onClear);
      li.appendChild(clear);
      list.appendChild(li);
    }
    box.hidden = chips.length === 0;
    var again = refocus && list.querySelector('[data-chip="' + refocus.replace(/["\\]/g, '\\$&') + '"]');
    if (again) again.focus();
  }

  return {
    markWhole: markWhole,
    tagOnlyMatches: tagOnlyMatches,
    releaseUrl: releaseUrl,
    renderChips: renderChips,
    renderCorrection: renderCorrection,
    resultItem: resultItem,
    fillSnippet: fillSnippet,
    renderFacets: renderFacets,
    renderSuggestions: renderSuggestions,
  };
})(ui.strings);
