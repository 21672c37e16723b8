// Phrases: whether a release has the query's words next to each other, in the order typed, in one
// field (title, lead or body). Each query word stands for several terms (its stem, base forms, folded
// or corrected forms), all indexed at the position of the word they come from, so "kotihoidon
// palveluseteli" finds "kotihoidon palveluseteliä". A query word's `at` is the position of its last
// part as words are counted in the index (stop words count; "sote-uudistus" is two), so a stop word
// typed inside the phrase ("maakunta ja sote") keeps its place.
haku.phrases = (function () {
  'use strict';

  // Quotation marks that open or close a phrase: '"kotihoidon palveluseteli" Keski-Suomi'.
  var QUOTES = /["\u201c\u201d\u201e]/g;

  /**
   * The phrases of a query: lists of word indexes (two or more). With quotation marks, the words
   * inside each pair; without, all the words. wordStarts: each query word's offset in the text (a
   * word is inside quotes when an odd number of quotation marks stands before it).
   */
  function phraseGroups(text, wordStarts) {
    var quotes = [];
    var match;
    QUOTES.lastIndex = 0;
    while ((match = QUOTES.exec(text)) !== null) quotes.push(match.index);
    var groups = [];
    if (quotes.length === 0) {
      if (wordStarts.length >= 2)
        groups.push(
          wordStarts.map(function (_, i) {
            return i;
          }),
        );
      return groups;
    }
    var current = null;
    var currentQuote = -1;
    wordStarts.forEach(function (start, i) {
      var before = 0;
      while (before < quotes.length && quotes[before] < start) before++;
      if (before % 2 === 0) {
        current = null;
        return;
      }
      if (current === null || currentQuote !== before) {
        current = [];
        currentQuote = before;
        groups.push(current);
      }
      current.push(i);
    });
    return groups.filter(function (g) {
      return g.length >= 2;
    });
  }

  /** doc → ascending positions of any of `terms` in `field`, for the docs `wanted` marks. */
  function positionsByDoc(dictionary, terms, field, wanted) {
    var byDoc = {};
    terms.forEach(function (term) {
      var runs = dictionary.postings(term);
      var positions = dictionary.positions(term);
      if (!positions || !positions[field]) return;
      var docs = runs[field].docs;
      var starts = positions[field].starts;
      var values = positions[field].values;
      for (var k = 0; k < docs.length; k++) {
        var d = docs[k];
        if (!wanted[d]) continue;
        var list = byDoc[d] || (byDoc[d] = []);
        for (var v = starts[k]; v < starts[k + 1]; v++) list.push(values[v]);
      }
    });
    return byDoc;
  }

  /**
   * Marks in `found` (by doc number) the docs of `wanted` that have the phrase. words: the phrase's
   * query words, each { at, terms }.
   */
  function markPhrase(dictionary, words, wanted, found) {
    for (var field = 0; field < dictionary.fieldCount; field++) {
      var lists = words.map(function (w) {
        return positionsByDoc(dictionary, w.terms, field, wanted);
      });
      Object.keys(lists[0]).forEach(function (key) {
        var d = Number(key);
        if (found[d]) return;
        var others = lists.slice(1).map(function (byDoc) {
          return byDoc[d];
        });
        if (others.some(isMissing)) return;
        found[d] = lists[0][d].some(function (start) {
          return others.every(function (list, j) {
            return list.indexOf(start + words[j + 1].at - words[0].at) !== -1;
          });
        })
          ? 1
          : 0;
      });
    }
  }

  function isMissing(list) {
    return list === undefined;
  }

  return { phraseGroups: phraseGroups, markPhrase: markPhrase, QUOTES: QUOTES };
})();
