// Constants shared by the index build (Node, through scripts/search/client-bundle.ts) and the browser
// engine: the postings codec's alphabets and weight scale, and the names of the globals that the
// classic data scripts assign. One copy: a codec change cannot reach only one side.
haku.constants = {
  // Document-number gaps as base-32 varints: a "more" digit, then a "last" digit ends the number.
  VARINT_MORE: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345',
  VARINT_LAST: 'abcdefghijklmnopqrstuvwxyz6789+/',
  // A posting's BM25 weight as one character: level k stands for WEIGHT_BASE × WEIGHT_RATIO^k.
  WEIGHT_DIGITS: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  WEIGHT_BASE: 0.01,
  WEIGHT_RATIO: 1.12,
  // Bits of a document row's optional fourth number (payload.docs), left out when 0: a regional
  // release in Finnish. Example: a national Swedish release has 1 | 4 = 5.
  DOC_FLAGS: { national: 1, scopeUnknown: 2, swedish: 4 },
  // Folders of the parts the page loads on demand, under haku/: dictionary shards, postings shards,
  // word positions (the postings shards' terms; only queries of several words load them), texts,
  // and ids and titles of many releases a part (loaded once the page has shown its first results).
  FOLDERS: { keys: 'sanasto', shards: 'indeksi', positions: 'sijainnit', texts: 'tekstit', titles: 'otsikot' },
  // Fields of a posting run, in order (title, body, tags, lead); runs are separated by FIELD_SEPARATOR
  // and empty runs at the end are left out.
  FIELD_SEPARATOR: ',',
  GLOBALS: {
    engine: 'UudistusHakuEngine',
    index: 'UudistusHakuIndeksi',
    shards: 'UudistusHakuOsat',
    keys: 'UudistusHakuSanasto',
    positions: 'UudistusHakuSijainnit',
    texts: 'UudistusHakuTekstit',
    titles: 'UudistusHakuOtsikot',
  },
};
