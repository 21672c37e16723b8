import iconv from 'iconv-lite';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../scripts/data/regions.ts';
import { TOPIC_NAMES } from '../../scripts/data/topics.ts';
import { MUNICIPALITIES_BY_REGION } from '../../scripts/ingest/data/municipalities.ts';
import { canonicalIndex, synthArchive, synthRelease, type SynthRelease } from '../../scripts/synth/archive.ts';
import { CONTACT_STYLES } from '../../scripts/synth/contacts.ts';
import { CHROME_STYLES } from '../../scripts/synth/data/chrome.ts';
import { REGION_FORMS } from '../../scripts/synth/data/region-forms.ts';
import { DATE_STYLES } from '../../scripts/synth/dates.ts';
import { ENCODINGS, type Encoding } from '../../scripts/synth/encode.ts';

const SEED = 'test-seed';
const archive: SynthRelease[] = [...synthArchive(SEED, 2000, MUNICIPALITIES_BY_REGION)];
const truths = archive.map((r) => r.truth);
// The bench's default seed as well: the region and topic checks once missed cases only it had.
const both: SynthRelease[] = [...archive, ...synthArchive('uudistusarkisto', 1000, MUNICIPALITIES_BY_REGION)];
const share = (pred: (t: (typeof truths)[number]) => boolean): number => truths.filter(pred).length / truths.length;

function decode(bytes: Uint8Array, encoding: Encoding): string {
  const buf = Buffer.from(bytes);
  switch (encoding) {
    case 'utf8':
      return buf.toString('utf8');
    case 'utf8-bom':
      expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return buf.subarray(3).toString('utf8');
    case 'utf16le-bom':
      expect([...buf.subarray(0, 2)]).toEqual([0xff, 0xfe]);
      return buf.subarray(2).toString('utf16le');
    case 'utf16be-bom':
      expect([...buf.subarray(0, 2)]).toEqual([0xfe, 0xff]);
      return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
    case 'windows-1252':
    case 'iso-8859-15':
      return iconv.decode(buf, encoding);
  }
}

describe('determinism', () => {
  it('gives byte-identical releases for a seed, and other releases for another seed', () => {
    const again = [...synthArchive(SEED, 50, MUNICIPALITIES_BY_REGION)];
    again.forEach((r, i) => {
      expect(r.file).toBe(archive[i]?.file);
      expect(Buffer.from(r.bytes).equals(Buffer.from(archive[i]?.bytes ?? []))).toBe(true);
    });
    const other = synthRelease('another-seed', 0, MUNICIPALITIES_BY_REGION);
    expect(other.text).not.toBe(archive[0]?.text);
  });

  it('makes a smaller archive the prefix of a larger one (the bench adds release N this way)', () => {
    const tail = [...synthArchive(SEED, 3, MUNICIPALITIES_BY_REGION, 1997)];
    expect(tail.map((r) => r.file)).toEqual(archive.slice(1997).map((r) => r.file));
    expect(new Set(archive.map((r) => r.file)).size).toBe(archive.length);
  });
});

describe('distribution over 2,000 releases', () => {
  it('covers every region, and a few releases with none', () => {
    for (const region of REGIONS) expect(truths.some((t) => t.region === region.name), region.name).toBe(true);
    expect(share((t) => t.region === null)).toBeGreaterThan(0.01);
    expect(share((t) => t.region === null)).toBeLessThan(0.06);
  });

  it('covers all four topics, combinations and none', () => {
    for (const topic of TOPIC_NAMES) expect(share((t) => t.topics.includes(topic)), topic).toBeGreaterThan(0.1);
    expect(share((t) => t.topics.length === 0)).toBeGreaterThan(0.15);
    expect(share((t) => t.topics.length >= 2)).toBeGreaterThan(0.15);
  });

  it('uses every date style, ~10 % undated, years 2015–2019', () => {
    for (const style of DATE_STYLES) expect(share((t) => t.dateStyle === style), style).toBeGreaterThan(0.04);
    const undated = share((t) => t.date === null);
    expect(undated).toBeGreaterThan(0.07);
    expect(undated).toBeLessThan(0.13);
    const years = new Set(truths.flatMap((t) => (t.date ? [t.date.slice(0, 4)] : [])));
    expect([...years].sort()).toEqual(['2015', '2016', '2017', '2018', '2019']);
  });

  it('repeats ~3 % of releases', () => {
    const dups = share((t) => t.duplicateOf !== null);
    expect(dups).toBeGreaterThan(0.015);
    expect(dups).toBeLessThan(0.045);
  });

  it('uses every chrome style, contact style and encoding, and some CRLF', () => {
    for (const c of CHROME_STYLES) expect(truths.some((t) => t.chrome === c.name), c.name).toBe(true);
    for (const c of CONTACT_STYLES) expect(truths.some((t) => t.contactStyle === c), c).toBe(true);
    for (const e of ENCODINGS) expect(truths.some((t) => t.encoding === e), e).toBe(true);
    expect(share((t) => t.crlf)).toBeGreaterThan(0.1);
    expect(share((t) => t.crlf)).toBeLessThan(0.2);
  });
});

describe('each release', () => {
  it('decodes from its bytes to its text, line ends aside', () => {
    for (const r of archive) {
      const decoded = decode(r.bytes, r.truth.encoding);
      expect(decoded.includes('\r\n')).toBe(r.truth.crlf && r.text.includes('\n'));
      expect(decoded.replace(/\r\n/g, '\n')).toBe(r.text);
    }
  });

  it('states its date as its truth says', () => {
    for (const { text, truth } of archive) {
      if (truth.dateEvidence) expect(text).toContain(truth.dateEvidence);
      if (truth.dateStyle === 'weekday' && truth.date) {
        const lux = DateTime.fromISO(truth.date);
        const essive = ['maanantaina', 'tiistaina', 'keskiviikkona', 'torstaina', 'perjantaina'][lux.weekday - 1];
        expect(truth.dateEvidence).toBe(`${essive} ${lux.day}.${lux.month}.`);
      }
      if (truth.dateStyle === 'day-month-context') {
        // The year comes from a later full date of the same year in the text.
        expect(text).toMatch(new RegExp(`pidetään \\d{1,2}\\.\\d{1,2}\\.${truth.date?.slice(0, 4)}\\.`));
      }
      if (truth.date === null) {
        // No day.month anywhere except the 1.1.2020 target, which is not a publication date.
        expect(text.replace(/1\.1\.2020/g, '')).not.toMatch(/\b\d{1,2}\.\d{1,2}\./);
        expect(text).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
      }
    }
  });

  it('names its region (inflected, or by a municipality in its own text) and only municipalities of that region', () => {
    for (const { text, truth } of both) {
      if (!truth.region) continue;
      const forms = REGION_FORMS.find((f) => f.nom === truth.region);
      const own = text.split(/Lisätie(?:dot|toja):/)[0] ?? '';
      const named = [forms?.nom, forms?.gen, forms?.loc, ...MUNICIPALITIES_BY_REGION[truth.region]].some((form) => form && own.includes(form));
      expect(named, truth.file).toBe(true);
      const others = Object.entries(MUNICIPALITIES_BY_REGION).filter(([region]) => region !== truth.region);
      const listed = text.match(/(?:ovat|osallistuvat) ([^.]+) ja ([^.]+)\./);
      if (listed) {
        for (const name of [...(listed[1] ?? '').split(', '), listed[2] ?? '']) {
          expect(others.some(([, names]) => names.includes(name)), `${name} in ${truth.file}`).toBe(false);
        }
      }
    }
  });

  it('mentions no topic word when it has no topics, and each of its topics when it has them', () => {
    const words: Record<string, RegExp> = {
      ICT: /ICT|tietojärjestelm|tietoliikenne|tietohallin/,
      kasvupalvelut: /[Kk]asvupalvel/,
      valinnanvapaus: /[Vv]alinnanvapau/,
      'henkilökohtainen budjetti': /[Hh]enkilökohtai\w+ budjet/,
    };
    for (const { text, truth } of both) {
      for (const [topic, word] of Object.entries(words)) {
        expect(word.test(text), `${topic} in ${truth.file}`).toBe(truth.topics.includes(topic as never));
      }
    }
  });

  it('carries its contact block and its chrome', () => {
    for (const { text, truth } of archive) {
      expect(/Lisätie(dot|toja):/.test(text)).toBe(truth.contactStyle !== 'none');
      if (truth.contactStyle !== 'none') expect(text.match(/ p\. | puh\. /g)?.length).toBe(truth.contactCount);
      const chrome = CHROME_STYLES.find((c) => c.name === truth.chrome);
      for (const line of [...(chrome?.before ?? []), ...(chrome?.after ?? [])]) {
        expect(text).toContain(line.split('{')[0]);
      }
      if (chrome?.repeatsTitle) expect(text.split(truth.title).length - 1).toBe(2);
    }
  });

  it('repeats its canonical release word for word inside other chrome', () => {
    const dups = archive.filter((r) => r.truth.duplicateOf !== null);
    expect(dups.length).toBeGreaterThan(10);
    for (const dup of dups) {
      const original = archive[canonicalIndex(SEED, dup.truth.index)];
      expect(original?.file).toBe(dup.truth.duplicateOf);
      expect(original?.truth.chrome).not.toBe(dup.truth.chrome);
      expect(dup.truth.title).toBe(original?.truth.title);
      // Every paragraph of the original's own text is in the duplicate.
      const body = (original?.text ?? '').split('\n\n').map((b) => b.trim()).filter((b) => b.length > 80 && !b.includes(dup.truth.title));
      for (const block of body) expect(dup.text).toContain(block);
    }
  });

  it('never repeats a sentence within one release', () => {
    for (const { text, truth } of archive.slice(0, 300)) {
      const sentences = text.split(/(?<=\.)\s+/).filter((s) => s.length > 60);
      expect(new Set(sentences).size, truth.file).toBe(sentences.length);
    }
  });
});
