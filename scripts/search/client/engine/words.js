// Words: splitting text into words and hyphen groups, normalising a word to the term it is indexed
// and searched under, folding diacritics, and the suffix rules that guess a base form. The index build
// runs this same code, so a query word and an indexed word meet on exactly the same term.
// The rule data (folding, suffix rules, stop-word exceptions) are tables with an example each.
haku.words = (function () {
  'use strict';

  // Letters and digits; dots and every Lunr operator (: ^ ~ + - * ") separate words. A hyphen between
  // two words without spaces makes a hyphen group ("sote-uudistus"), searched as one compound.
  var WORD = /[\p{L}\p{N}]+/gu;
  var MIN_WORD_LENGTH = 2;

  // [letter, folded, example]: what a reader types without the Finnish/Swedish keyboard. A folded
  // term is an extra way in, ranked below the exact one.
  var FOLDING = [
    ['ä', 'a', 'väliaikainen → valiaikainen'],
    ['ö', 'o', 'työryhmä → tyoryhma'],
    ['å', 'a', 'vårdreformen → vardreformen'],
    ['é', 'e', 'Huldén → Hulden'],
    ['ü', 'u', 'Müller → Muller'],
  ];
  var FOLD = {};
  FOLDING.forEach(function (row) {
    FOLD[row[0]] = row[1];
  });
  var FOLDABLE = new RegExp('[' + Object.keys(FOLD).join('') + ']', 'g');

  /** The word without diacritics (lower case in, lower case out). */
  function fold(text) {
    return text.replace(FOLDABLE, function (c) {
      return FOLD[c];
    });
  }

  function hasFoldable(text) {
    FOLDABLE.lastIndex = 0;
    return FOLDABLE.test(text);
  }

  // [ending, replacement, example]: guesses at the base form of a lower-cased word, for query words
  // typed in a form the archive never uses, and at index time for words Voikko does not know. The
  // first matching rule wins; "V" is a or ä by the word's vowel harmony.
  var SUFFIX_RULES = [
    [/ks(en|et|essa|essä|esta|estä|een|ella|ellä|elta|eltä|elle|ia|iä|ien|issa|issä|ista|istä|iin|illa|illä|ille)$/, 's', 'uudistuksen → uudistus, Kallakselta → kallas'],
    [/([uy])(den|tta|ttä|teen|dessa|dessä|desta|destä|della|dellä|delle)$/, '$1s', 'valinnanvapauden → valinnanvapaus'],
    [/is(en|et|essa|essä|esta|estä|een|ella|ellä|elta|eltä|elle|ia|iä|ten|iin|illa|illä|ille|issa|issä)$/, 'inen', 'henkilökohtaisen → henkilökohtainen, Rautiaisen → rautiainen'],
    [/([aouäöy])s(en|ella|ellä|elta|eltä|elle|essa|essä|esta|estä|een|et)$/, '$1nen', 'Leppäsen → leppänen, Hytöselle → hytönen'],
    [/nn(an|ät|at|än|issa|issä|ista|istä|ille|illa|illä|alla|ällä|alle|älle|assa|ässä|asta|ästä|ien)$/, 'ntV', 'kunnissa → kunta'],
    [/([bcdfghjklmnpqrstvwxzé])in$/, '$1', 'Huldénin → huldén'],
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

  // [when, test, example]: a stop word is kept (indexed and searched) where it is not the function word.
  var STOP_WORD_EXCEPTIONS = [
    ['written in capitals (an acronym)', /^[\p{Lu}\p{N}]{2,}$/u, 'TE in "TE-toimisto", SE in "SE-alue"'],
    ['part of a hyphen group', null, 'te in "te-toimisto" typed in lower case'],
  ];
  var ACRONYM = STOP_WORD_EXCEPTIONS[0][1];

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
   * The text as tokens: [{ words: ["sote", "uudistus"] }] for a hyphen group, [{ words: ["kunta"] }]
   * for a plain word. Single letters stay inside groups ("e-lasku"), elsewhere they are dropped.
   */
  function tokens(text) {
    var out = [];
    var match;
    var group = null;
    var groupEnd = -1;
    text = String(text);
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var joins = group !== null && match.index === groupEnd + 1 && text.charAt(groupEnd) === '-';
      if (joins) group.words.push(match[0]);
      else {
        if (group !== null) out.push(group);
        group = { words: [match[0]], start: match.index };
      }
      groupEnd = match.index + match[0].length;
    }
    if (group !== null) out.push(group);
    return out.filter(function (t) {
      t.words = t.words.length > 1 ? t.words : t.words.filter(longEnough);
      return t.words.length > 0;
    });
  }

  function longEnough(word) {
    return word.length >= MIN_WORD_LENGTH;
  }

  /**
   * The term a word is indexed and searched under: lower-cased (the Finnish stemmer does not do it),
   * trimmed and stemmed by lunr-languages' Finnish pipeline. Null for a stop word, unless the word is
   * an acronym or `keepStopWord` says it is part of a hyphen group.
   */
  function normalizeWord(lunr, word, keepStopWord) {
    return normalizeWith(lunr, lunr.fi, word, keepStopWord);
  }

  /** The same with lunr-languages' Swedish pipeline (for Swedish releases and query alternatives). */
  function normalizeSwedish(lunr, word, keepStopWord) {
    return lunr.sv ? normalizeWith(lunr, lunr.sv, word, keepStopWord) : null;
  }

  function normalizeWith(lunr, language, word, keepStopWord) {
    word = String(word);
    var token = new lunr.Token(word.toLowerCase(), {});
    token = language.trimmer(token);
    if (!token || token.toString().length < MIN_WORD_LENGTH) return null;
    var keep = keepStopWord || ACRONYM.test(word);
    if (!keep && !language.stopWordFilter(token)) return null;
    token = language.stemmer(token);
    var term = token.toString();
    return term.length >= 1 ? term : null;
  }

  return {
    FOLDING: FOLDING,
    SUFFIX_RULES: SUFFIX_RULES,
    STOP_WORD_EXCEPTIONS: STOP_WORD_EXCEPTIONS,
    MIN_WORD_LENGTH: MIN_WORD_LENGTH,
    wordSpans: wordSpans,
    splitWords: splitWords,
    tokens: tokens,
    fold: fold,
    hasFoldable: hasFoldable,
    normalizeWord: normalizeWord,
    normalizeSwedish: normalizeSwedish,
    guessBaseForms: guessBaseForms,
  };
})();
