// Query parsing: the words of a query, each with every term that counts as a hit for it.
haku.query = (function (words) {
  'use strict';

  // A wildcard on a shorter prefix would expand to a large share of the vocabulary.
  var MIN_PREFIX_LENGTH = 3;

  /** Query text → [{ word, stem, alternatives, prefix }]; inflections maps a term to base-form terms. */
  function parseQuery(lunr, text, inflections) {
    var raw = words.splitWords(text);
    var out = [];
    var seen = {};
    // A lone stop word is most likely the start of a longer word being typed ("kun" → "kunta"): it
    // then matches as a prefix only.
    if (raw.length === 1 && raw[0].length >= MIN_PREFIX_LENGTH && words.normalizeWord(lunr, raw[0]) === null) {
      return [{ word: raw[0], stem: raw[0].toLowerCase(), alternatives: [], prefix: true }];
    }
    raw.forEach(function (word, i) {
      var stem = words.normalizeWord(lunr, word);
      if (stem === null || seen[stem]) return;
      seen[stem] = true;
      var alternatives = [stem];
      var add = function (term) {
        if (term !== null && alternatives.indexOf(term) === -1) alternatives.push(term);
      };
      (inflections[stem] || []).forEach(add);
      words.guessBaseForms(word.toLowerCase()).forEach(function (base) {
        var term = words.normalizeWord(lunr, base);
        add(term);
        if (term !== null) (inflections[term] || []).forEach(add);
      });
      // The last word may still be being typed: it also matches as a prefix.
      var prefix = i === raw.length - 1 && stem.length >= MIN_PREFIX_LENGTH;
      out.push({ word: word, stem: stem, alternatives: alternatives, prefix: prefix });
    });
    return out;
  }

  return { parseQuery: parseQuery, MIN_PREFIX_LENGTH: MIN_PREFIX_LENGTH };
})(haku.words);
