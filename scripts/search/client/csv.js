// "Lataa tulokset (CSV)": the current result list as an RFC 4180 CSV file, made in the browser (a Blob
// download, so it works offline and from file://). Release text is untrusted: a cell that a
// spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) gets a
// leading apostrophe, as OWASP's CSV injection guidance describes.
ui.csv = (function () {
  'use strict';

  var FORMULA_START = /^[=+\-@\t\r]/;
  var HEADER = ['otsikko', 'päivämäärä', 'alue', 'laajuus', 'aiheet', 'kieli', 'osoite'];
  // The words releases.xlsx uses for scope; '' when not known.
  var SCOPE = { regional: 'alueellinen', national: 'valtakunnallinen' };

  /** A cell a spreadsheet shows as text. Example: "=1+1" → "'=1+1"; "Lappi" stays. */
  function neutralise(value) {
    var text = String(value === null || value === undefined ? '' : value);
    return FORMULA_START.test(text) ? "'" + text : text;
  }

  /** RFC 4180 quoting: quotes around a cell with a comma, quote or line break, quotes doubled. */
  function quote(text) {
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** Rows to CSV text, CRLF line ends, every cell neutralised and quoted. */
  function toCsv(rows) {
    return (
      rows
        .map(function (row) {
          return row
            .map(function (cell) {
              return quote(neutralise(cell));
            })
            .join(',');
        })
        .join('\r\n') + '\r\n'
    );
  }

  /**
   * The rows of a result list: header, then per hit its title, date (YYYY-MM-DD or empty), region
   * name, scope (alueellinen, valtakunnallinen or empty), topic names, language (fi, sv) and the
   * release's address. names: { region: { slug: name }, topic: { slug: label } };
   * urlOf(doc) gives the address.
   */
  function resultRows(hits, names, urlOf) {
    return [HEADER].concat(
      hits.map(function (hit) {
        var doc = hit.doc;
        return [
          doc.title,
          doc.date || '',
          doc.region ? names.region[doc.region] || doc.region : '',
          SCOPE[doc.scope] || '',
          doc.topics
            .map(function (slug) {
              return names.topic[slug] || slug;
            })
            .join('; '),
          doc.lang || '',
          urlOf(doc),
        ];
      }),
    );
  }

  /** A file name for the list: "hakutulokset-pilotti.csv", or "hakutulokset.csv" without a query. */
  function fileName(query) {
    var slug = String(query || '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
    return slug ? 'hakutulokset-' + slug + '.csv' : 'hakutulokset.csv';
  }

  /** Saves the text as a file: a Blob behind a temporary link. A BOM tells spreadsheets it is UTF-8. */
  function download(doc, name, text) {
    var blob = new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var link = doc.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    doc.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 0);
  }

  return { HEADER: HEADER, neutralise: neutralise, quote: quote, toCsv: toCsv, resultRows: resultRows, fileName: fileName, download: download };
})();
