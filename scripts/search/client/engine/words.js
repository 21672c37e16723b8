// Words: splitting text into words and normalising a word to the term it is indexed and searched
// under, plus the suffix rules that guess a base form. The index build runs this same code, so a query
// word and an indexed word meet on exactly the same term.
haku.words = (function () {
  'use strict';

  // Letters and digits; hyphens, dots and every Lunr operator (: ^ ~ + - * ") separate words.
  var WORD = /[\p{L}\p{N}]+/gu;
  var MIN_WORD_LENGTH = 2;

  // [ending, replacement]: guesses at the base form of a lower-cased word, for query words typed in an
  // inflected form the archive never uses, and for the index build where Voikko is missing. Covers
  // -us/-ys nouns ("uudistuksen"), -inen adjectives ("henkilökohtaisen") and nt:nn gradation ("kunnissa").
  var SUFFIX_RULES = [
    [/ks(en|et|essa|essä|esta|estä|een|ella|ellä|elle|ia|iä|ien|issa|issä|ista|istä|iin|illa|illä|ille)$/, 's'],
    [/([uy])(den|tta|ttä|teen|dessa|dessä|desta|destä|della|dellä|delle)$/, '$1s'],
    [/is(en|et|essa|essä|esta|estä|een|ella|ellä|elle|ia|iä|ten|iin|illa|illä|ille|issa|issä)$/, 'inen'],
    [/nn(an|ät|at|än|issa|issä|ista|istä|ille|illa|illä|alla|ällä|alle|älle|assa|ässä|asta|ästä|ien)$/, 'ntV'],
  ];

  function guessBaseForms(word) {
    for (var i = 0; i < SUFFIX_RULES.length; i++) {
      var rule = SUFFIX_RULES[i];
      if (!rule[0].test(word)) continue;
      var vowel = /[äöy]/.test(word) ? 'ä' : 'a';
      return [word.replace(rule[0], rule[1].replace('V', vowel))];
    }
    return [];
  }

  /** Words of a text with their offsets, in order. */
  function wordSpans(text) {
    var spans = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      if (match[0].length >= MIN_WORD_LENGTH) spans.push({ word: match[0], start: match.index });
    }
    return spans;
  }

  function splitWords(text) {
    return wordSpans(String(text)).map(function (s) {
      return s.word;
    });
  }

  /**
   * The term a word is indexed and searched under: lower-cased (the Finnish stemmer does not do it),
   * trimmed and stemmed by lunr-languages' Finnish pipeline. Null for stop words.
   */
  function normalizeWord(lunr, word) {
    var token = new lunr.Token(String(word).toLowerCase(), {});
    token = lunr.fi.trimmer(token);
    if (!token || token.toString().length < MIN_WORD_LENGTH) return null;
    if (!lunr.fi.stopWordFilter(token)) return null;
    token = lunr.fi.stemmer(token);
    var term = token.toString();
    return term.length >= 1 ? term : null;
  }

  return {
    wordSpans: wordSpans,
    splitWords: splitWords,
    normalizeWord: normalizeWord,
    guessBaseForms: guessBaseForms,
  };
})();
