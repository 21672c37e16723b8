// DOM builders of the search page: result items, snippets, facets and suggestions. Release text only
// ever enters the page as text nodes (textContent), never as HTML.
(function (root) {
  'use strict';

  var t = function (key, vars) {
    return root.UudistusHakuSanat.t(key, vars);
  };

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

  /**
   * One result: linked title (matches marked), date, region and topics, and a paragraph for the
   * snippet.
   */
  function resultItem(hit, ctx) {
    var doc = hit.doc;
    var item = el('li', 'ua-haku__result');
    var article = el('article');
    var heading = el('h2');
    var link = el('a');
    link.href = ctx.rootPrefix + 'julkaisut/' + encodeURIComponent(doc.id) + '/index.html';
    appendSegments(link, ctx.engineApi.snippet(doc.title, ctx.isMatch, 1000));
    heading.appendChild(link);
    article.appendChild(heading);
    var meta = [finnishDate(doc.date)];
    meta.push(doc.region ? ctx.regionName[doc.region] : t('noRegion'));
    doc.topics.forEach(function (slug) {
      meta.push(ctx.topicLabel[slug]);
    });
    article.appendChild(el('p', 'ua-haku__meta', meta.join(' · ')));
    article.appendChild(el('p', 'ua-haku__snippet'));
    item.appendChild(article);
    return item;
  }

  function fillSnippet(paragraph, text, ctx) {
    paragraph.textContent = '';
    appendSegments(paragraph, ctx.engineApi.snippet(text, ctx.isMatch, 28));
  }

  /** A fieldset of radio buttons for one facet: "Kaikki" and each value with its count. */
  function facetGroup(name, legend, values, selected, onChange) {
    var fieldset = el('fieldset');
    fieldset.appendChild(el('legend', '', legend));
    var options = [{ value: '', label: t('facetAny'), count: null }].concat(values);
    options.forEach(function (option) {
      var label = el('label');
      var input = el('input');
      input.type = 'radio';
      input.name = 'ua-haku-' + name;
      input.value = option.value;
      input.checked = option.value === (selected || '');
      input.addEventListener('change', function () {
        if (input.checked) onChange(name, option.value);
      });
      label.appendChild(input);
      var text = el('span', '', option.label);
      label.appendChild(text);
      if (option.count !== null) label.appendChild(el('span', 'ua-haku__count', '(' + option.count + ')'));
      fieldset.appendChild(label);
    });
    return fieldset;
  }

  /** Fills the facet box (a <details>, so that phones see results first) with the groups. */
  function renderFacets(box, result, filters, ctx, onChange) {
    var container = box.querySelector('.ua-haku__facet-groups');
    // Rebuilding the radios must not drop the keyboard focus of someone choosing among them.
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
      var counts = result.facets[group.name];
      var keys = Object.keys(counts);
      if (filters[group.name] && keys.indexOf(filters[group.name]) === -1) keys.push(filters[group.name]);
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
        return { value: key, label: group.label ? group.label[key] : key, count: counts[key] || 0 };
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

  root.UudistusHakuRender = {
    renderCorrection: renderCorrection,
    resultItem: resultItem,
    fillSnippet: fillSnippet,
    renderFacets: renderFacets,
    renderSuggestions: renderSuggestions,
  };
})(typeof globalThis !== 'undefined' ? globalThis : this);
