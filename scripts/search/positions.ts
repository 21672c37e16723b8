// Word positions of a posting, encoded for the positions shards (haku/sijainnit/<n>.js): the number
// of positions, then the first position and the gaps to the next ones, each a base-32 varint of the
// postings codec. Example: positions [3, 7, 8] → "d" (3 of them) "d" (3) "e" (+4) "b" (+1) = "ddeb".
// A term's positions shard entry has one run per field, in postings order, fields separated like the
// postings' runs; the browser decodes it in client/engine/postings.js.
import { encodeVarint } from './compact-index.ts';

export function encodePositions(positions: readonly number[]): string {
  let out = encodeVarint(positions.length);
  let previous = 0;
  for (const position of positions) {
    out += encodeVarint(position - previous);
    previous = position;
  }
  return out;
}
