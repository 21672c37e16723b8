// Query parsing: the words of a query, each with the terms that count as a hit for it before the
// dictionary is consulted (its stem, base-form guesses, its Swedish stem, the prefixes it may still be
// being typed as). A hyphen group ("sote-uudistus") is one word, searched joined. Two words typed
// apart ("sote uudistus") may also match as one joined word.
haku.query = (function (words) {
  'use strict';

  // A wildcard on a shorter prefix would expand to a large share of the vocabulary.
  var MIN_PREFIX_LENGTH = 3;
  // A stem also serves as a prefix only when it is this long and the stemmer cut at most
  // MAX_STEM_CUT letters: "Lappi" → "lap" must not complete to "lappeenranta" or "lapsiperhe".
  var MIN_STEM_PREFIX_LENGTH = 5;
  var MAX_STEM_CUT = 2;

  function addTo(list, term) {
    if (term !== null && term !== undefined && list.indexOf(term) === -1) list.push(term);
  }

  /** Terms a written word (or joined hyphen group) stands for, its stem first. */
  function candidates(lunr, text, keep) {
    var lower = text.toLowerCase();
    var stem = words.normalizeWord(lunr, text, keep);
    if (stem === null) return null;
    var alternatives = [stem];
    words.guessBaseForms(lower).forEach(function (base) {
      addTo(alternatives, words.normalizeWord(lunr, base, keep));
    });
    return { stem: stem, alternatives: alternatives, swedish: words.normalizeSwedish(lunr, text, keep) };
  }

  /**
   * Query text → [{ word, stem, alternatives, swedish, prefixes, prefix, joinNext, at, start }].
   * `prefixes` are the strings the last word completes from; `joinNext` the terms this word and the
   * next make written together; `at` the word position of its last part as the index counts words
   * (phrases.js); `start` its offset in the text.
   */
  function parseQuery(lunr, text) {
    var groups = words.tokens(text);
    // A lone stop word is most likely the start of a longer word being typed ("kun" → "kunta"): it
    // then matches as a prefix only.
    if (groups.length === 1 && groups[0].words.length === 1) {
      var only = groups[0].words[0];
      if (only.length >= MIN_PREFIX_LENGTH && words.normalizeWord(lunr, only) === null) {
        var lower = only.toLowerCase();
        return [{ word: only, stem: lower, alternatives: [], swedish: null, prefixes: [lower], prefix: true, joinNext: null, at: 0, start: 0 }];
      }
    }
    var out = [];
    var seen = {};
    var position = 0;
    groups.forEach(function (group, i) {
      position += group.words.length;
      var written = group.words.join('-');
      var joined = group.words.join('');
      var found = candidates(lunr, joined, group.words.length > 1);
      if (found === null || seen[found.stem]) return;
      seen[found.stem] = true;
      var prefixes = [];
      if (i === groups.length - 1) {
        var lowerJoined = joined.toLowerCase();
        if (lowerJoined.length >= MIN_PREFIX_LENGTH) prefixes.push(lowerJoined);
        var cut = lowerJoined.length - found.stem.length;
        if (found.stem.length >= MIN_STEM_PREFIX_LENGTH && cut <= MAX_STEM_CUT) addTo(prefixes, found.stem);
      }
      out.push({
        word: written,
        stem: found.stem,
        alternatives: found.alternatives,
        swedish: found.swedish,
        prefixes: prefixes,
        prefix: prefixes.length > 0,
        joinNext: null,
        at: position - 1,
        start: group.start,
      });
    });
    // Two words typed apart may be one compound in the text ("sote uudistus" → "soteuudistus").
    out.forEach(function (word, i) {
      var following = out[i + 1];
      if (!following) return;
      var together = candidates(lunr, word.word.replace(/-/g, '') + following.word.replace(/-/g, ''), true);
      word.joinNext = together ? together.alternatives : null;
    });
    return out;
  }

  return { parseQuery: parseQuery, MIN_PREFIX_LENGTH: MIN_PREFIX_LENGTH };
})(haku.words);
