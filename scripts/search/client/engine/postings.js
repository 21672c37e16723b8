// The postings codec, decoding side: a field's run of (document gap, weight) characters → typed arrays,
// and a term's word positions (scripts/search/positions.ts) beside its decoded postings.
// The encoding side is scripts/search/compact-index.ts; both read haku.constants.
haku.postings = (function (constants) {
  'use strict';

  // Character code → digit value (-1: not in the alphabet), for decoding without string lookups.
  function codeTable(alphabet) {
    var table = new Int8Array(128).fill(-1);
    for (var i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
    return table;
  }
  var MORE = codeTable(constants.VARINT_MORE);
  var LAST = codeTable(constants.VARINT_LAST);
  var WEIGHT = codeTable(constants.WEIGHT_DIGITS);
  var WEIGHT_VALUES = new Float64Array(constants.WEIGHT_DIGITS.length);
  for (var level = 0; level < WEIGHT_VALUES.length; level++) {
    WEIGHT_VALUES[level] = constants.WEIGHT_BASE * Math.pow(constants.WEIGHT_RATIO, level);
  }

  /** One field's run of postings → { docs: Int32Array, weights: Float64Array }. */
  function decodeRun(run) {
    // Every posting takes at least two characters.
    var docs = new Int32Array(run.length >> 1);
    var weights = new Float64Array(run.length >> 1);
    var n = 0;
    var doc = 0;
    var i = 0;
    while (i < run.length) {
      // The varint loop is written out again here (see decodeVarints) on purpose: a call per posting costs in this hot loop.
      var value = 0;
      var scale = 1;
      for (;;) {
        var code = run.charCodeAt(i++);
        var more = MORE[code];
        if (more >= 0) {
          value += more * scale;
          scale *= 32;
        } else {
          value += LAST[code] * scale;
          break;
        }
      }
      doc += value;
      docs[n] = doc;
      weights[n] = WEIGHT_VALUES[WEIGHT[run.charCodeAt(i++)]];
      n++;
    }
    return { docs: docs.subarray(0, n), weights: weights.subarray(0, n) };
  }

  /** Every varint of a string of them, in order. */
  function decodeVarints(text) {
    var out = new Int32Array(text.length);
    var n = 0;
    var i = 0;
    while (i < text.length) {
      var value = 0;
      var scale = 1;
      for (;;) {
        var code = text.charCodeAt(i++);
        var more = MORE[code];
        if (more >= 0) {
          value += more * scale;
          scale *= 32;
        } else {
          value += LAST[code] * scale;
          break;
        }
      }
      out[n++] = value;
    }
    return out.subarray(0, n);
  }

  /**
   * A term's positions string → per field, null (no positions) or { starts, values }: the positions
   * of the run's k-th posting are values[starts[k]] … values[starts[k + 1] - 1], ascending.
   */
  function decodePositions(positions, runs) {
    var parts = positions.split(constants.FIELD_SEPARATOR);
    return runs.map(function (run, f) {
      if (!parts[f]) return null;
      var numbers = decodeVarints(parts[f]);
      var count = run.docs.length;
      var starts = new Int32Array(count + 1);
      var values = new Int32Array(numbers.length);
      var n = 0;
      var i = 0;
      for (var k = 0; k < count; k++) {
        starts[k] = n;
        var many = numbers[i++];
        var position = 0;
        for (var j = 0; j < many; j++) {
          position += numbers[i++];
          values[n++] = position;
        }
      }
      starts[count] = n;
      return { starts: starts, values: values.subarray(0, n) };
    });
  }

  /** A term's postings string (runs per field) → one decoded run per field. */
  function decodeTerm(postings, fieldCount) {
    var runs = postings.split(constants.FIELD_SEPARATOR);
    var out = [];
    for (var f = 0; f < fieldCount; f++) out.push(decodeRun(runs[f] || ''));
    return out;
  }

  return { decodeRun: decodeRun, decodeTerm: decodeTerm, decodePositions: decodePositions };
})(haku.constants);
