// Snippets: which words of release text count as matches for a query, and the best window of text
// around them as segments to be rendered as text nodes (never as HTML).
haku.snippets = (function (words) {
  'use strict';

  // Letters the Finnish trimmer keeps and the stemmer never changes at the start of a word: a word
  // starting with one of them can only stem to a term starting with it too.
  var PLAIN_START = /^[a-z0-9\u00e0-\u00f6\u00f8-\u00ff]/;

  /** A test of whether a word of release text should be highlighted for these query words. */
  function highlighter(lunr, queryWords) {
    var wanted = {};
    var stems = [];
    var prefixes = [];
    // First letters of the wanted terms: most words of a text cannot stem to any of them, and
    // stemming is the costly part of a snippet (some 2,000 distinct words for a page of results).
    var firstLetters = {};
    queryWords.forEach(function (w) {
      w.alternatives.concat(w.matched || [], w.swedish ? [w.swedish] : []).forEach(function (t) {
        wanted[t] = true;
        firstLetters[t.charAt(0)] = true;
        if (t.length >= 4) stems.push(t);
      });
      (w.prefixes || []).forEach(function (p) {
        prefixes.push(p);
      });
    });
    // Release text repeats its words: stem each distinct word once per query.
    var seen = {};
    return function (textWord) {
      var lower = textWord.toLowerCase();
      if (Object.prototype.hasOwnProperty.call(seen, lower)) return seen[lower];
      return (seen[lower] = matches(textWord, lower));
    };

    function mayStemToWanted(lower) {
      return firstLetters[lower.charAt(0)] === true || !PLAIN_START.test(lower);
    }

    function matches(textWord, lower) {
      if (mayStemToWanted(lower)) {
        var stem = words.normalizeWord(lunr, textWord, true);
        if (stem !== null && wanted[stem]) return true;
      }
      var folded = words.fold(lower);
      for (var i = 0; i < prefixes.length; i++) {
        if (lower.lastIndexOf(prefixes[i], 0) === 0 || folded.lastIndexOf(prefixes[i], 0) === 0) return true;
      }
      // Compound parts: "pilot" inside "kasvupalvelupilotit".
      for (var j = 0; j < stems.length; j++) if (lower.indexOf(stems[j]) !== -1) return true;
      return false;
    }
  }

  /**
   * The best window of about `size` words of `text` around highlighted words, as segments
   * [{ text, mark }].
   */
  function snippet(text, isMatch, size) {
    size = size || 30;
    var spans = words.wordSpans(text);
    if (spans.length === 0) return [{ text: text.slice(0, 200), mark: false }];
    var flags = spans.map(function (s) {
      return isMatch(s.word);
    });
    var best = 0;
    var bestCount = -1;
    var count = 0;
    for (var i = 0; i < spans.length; i++) {
      if (flags[i]) count++;
      if (i >= size && flags[i - size]) count--;
      var start = Math.max(0, i - size + 1);
      if (count > bestCount) {
        bestCount = count;
        best = start;
      }
    }
    if (spans.length <= size) best = 0;
    // Start a little before the first hit in the window so it has some context.
    var first = best;
    while (first < spans.length && !flags[first] && first < best + size) first++;
    if (first < spans.length && flags[first] && first - best > 4) best = first - 4;
    var last = Math.min(spans.length - 1, best + size - 1);
    var from = best === 0 ? 0 : spans[best].start;
    var to = last === spans.length - 1 ? text.length : spans[last].start + spans[last].word.length;
    var segments = [];
    if (from > 0) segments.push({ text: '… ', mark: false });
    var cursor = from;
    for (var k = best; k <= last; k++) {
      if (!flags[k]) continue;
      if (spans[k].start > cursor) segments.push({ text: text.slice(cursor, spans[k].start), mark: false });
      segments.push({ text: spans[k].word, mark: true });
      cursor = spans[k].start + spans[k].word.length;
    }
    if (to > cursor) segments.push({ text: text.slice(cursor, to), mark: false });
    if (to < text.length) segments.push({ text: ' …', mark: false });
    return segments;
  }

  return { highlighter: highlighter, snippet: snippet };
})(haku.words);
