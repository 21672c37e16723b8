// Every Finnish string of the search page, in one place. Entries with { one, other } are chosen by
// the count {n}; {name} placeholders are filled by t().
ui.strings = (function () {
  'use strict';

  var STRINGS = {
    loading: 'Ladataan hakua…',
    loadFailed: 'Hakua ei voitu ladata. Lataa sivu uudelleen.',
    prompt: 'Kirjoita hakusana, niin tulokset näkyvät heti.',
    found: {
      one: 'Haulla ”{q}” löytyi {n} tiedote.',
      other: 'Haulla ”{q}” löytyi {n} tiedotetta.',
    },
    foundFiltered: {
      one: 'Rajauksella {filters} löytyi {n} tiedote.',
      other: 'Rajauksella {filters} löytyi {n} tiedotetta.',
    },
    foundQueryFiltered: {
      one: 'Haulla ”{q}” löytyi {n} tiedote rajauksella {filters}.',
      other: 'Haulla ”{q}” löytyi {n} tiedotetta rajauksella {filters}.',
    },
    browsing: {
      one: 'Arkistossa on {n} tiedote, uusin ensin.',
      other: 'Arkistossa on {n} tiedotetta, uusin ensin.',
    },
    notFound: 'Haulla ”{q}” ei löytynyt yhtään tiedotetta.',
    notFoundFiltered: 'Haulla ”{q}” ei tuloksia rajauksella {filters}.',
    nothingFiltered: 'Ei tuloksia rajauksella {filters}.',
    chipFrom: 'alkaen {day}',
    chipTo: 'asti {day}',
    chipRemove: 'Poista rajaus {label}',
    chipsLabel: 'Rajaukset',
    clearFilters: 'Poista kaikki rajaukset',
    matchedByTags: 'Löytyi vain alueen tai aiheen perusteella: {tags}',
    csvPreparing: 'Valmistellaan CSV-tiedostoa…',
    csvSaved: {
      one: 'CSV-tiedostoon tallennettiin {n} tiedote.',
      other: 'CSV-tiedostoon tallennettiin {n} tiedotetta.',
    },
    onlyStopWords: 'Haussa ”{q}” on vain hyvin yleisiä sanoja (kuten ”ja”, ”on”). Kokeile jotakin asiasanaa.',
    suggestTitle: 'Kokeile näitä:',
    didYouMean: 'Tarkoititko: ',
    suggestWord: {
      one: 'pelkkä ”{word}” ({n} tiedote)',
      other: 'pelkkä ”{word}” ({n} tiedotetta)',
    },
    suggestNoFilters: {
      one: 'sama haku ilman rajauksia ({n} tiedote)',
      other: 'sama haku ilman rajauksia ({n} tiedotetta)',
    },
    suggestGeneral:
      'Tarkista kirjoitusasu, käytä lyhyempää tai yleisempää sanaa tai sanan alkua (esimerkiksi ”pilotti”, ”kunta”, ”Pirkanmaa”).',
    facetRegion: 'Alue',
    // The national group as a value of the region facet and its chip; a national release's meta line.
    nationalArea: 'Valtakunnalliset',
    nationalRelease: 'Valtakunnallinen',
    facetTopic: 'Aihe',
    facetYear: 'Vuosi',
    undated: 'ilman päivämäärää',
    noRegion: 'Alue ei tiedossa',
    more: {
      one: 'Näytä lisää (vielä {n} tulos)',
      other: 'Näytä lisää (vielä {n} tulosta)',
    },
  };

  function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(vars, key) ? String(vars[key]) : whole;
    });
  }

  /** The string for `key`, its plural form chosen by vars.n, placeholders filled. */
  function t(key, vars) {
    vars = vars || {};
    var entry = STRINGS[key];
    if (entry === undefined) throw new Error('Missing search string: ' + key);
    if (typeof entry === 'object') entry = vars.n === 1 ? entry.one : entry.other;
    return fill(entry, vars);
  }

  return { t: t, strings: STRINGS };
})();
