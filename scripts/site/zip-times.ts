// Fixed timestamps inside a ZIP file (an .xlsx is one): the zip library stamps every entry with the
// time of writing, which would make two builds of the same archive differ byte for byte.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS time and date fields for a calendar day at 00:00. */
function dosDateTime(isoDay: string): { time: number; date: number } {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return { time: 0, date: ((y - 1980) << 9) | (m << 5) | d };
}

/**
 * A copy of `zip` with every entry's modification time set to `isoDay` 00:00, in both the central
 * directory and the local headers. Walks the archive's own structure (end record → central directory
 * → local headers), so bytes inside compressed data are never touched. Throws on a malformed file.
 */
export function withFixedZipTimes(zip: Uint8Array, isoDay: string): Buffer {
  const out = Buffer.from(zip);
  const { time, date } = dosDateTime(isoDay);
  // The end-of-central-directory record: last 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory record');
  const entries = out.readUInt16LE(eocd + 10);
  let offset = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(offset) !== CENTRAL) throw new Error(`zip central directory entry ${n} is malformed`);
    out.writeUInt16LE(time, offset + 12);
    out.writeUInt16LE(date, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip local header of entry ${n} is malformed`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    offset += 46 + out.readUInt16LE(offset + 28) + out.readUInt16LE(offset + 30) + out.readUInt16LE(offset + 32);
  }
  return out;
}
