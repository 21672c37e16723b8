import { describe, expect, it } from 'vitest';
import { atomId, releaseAtomId } from '../../scripts/site/feeds.ts';

describe('Atom ids', () => {
  it('are version-5 UUID URNs that do not change between builds or hosts', () => {
    expect(releaseAtomId('000_4974e31f02f0484b')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // Pinned (checked against Python's uuid.uuid5): a changed id would make every feed reader show
    // the whole archive as new.
    expect(atomId('feed')).toMatchInlineSnapshot(`"urn:uuid:541a267a-1430-5dc2-9280-60172cdfc259"`);
  });

  it('stayed the same when release pages moved from julkaisut/ to tiedotteet/', () => {
    // Pinned before the move: the entry id names the release, not its address.
    expect(releaseAtomId('000_4974e31f02f0484b')).toBe('urn:uuid:d68e7994-1da3-5cc1-b574-770eab54b36d');
  });

  it('differ for different releases', () => {
    expect(releaseAtomId('a')).not.toBe(releaseAtomId('b'));
  });
});
