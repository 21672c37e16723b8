// What ingest says about its inputs: every entry it does not read is named, every file that is not a
// release is rejected by name with what it is, a legacy decoding is said per file, and a file name
// cannot forge a log line.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RELEASE = 'Kainuun maakuntavalmistelu etenee\n\nKainuun maakunnassa päätettiin asioista, joista kerrotaan tässä tiedotteessa.\n';

it('names what it skips and what it rejects, says how it decoded, writes the rest', () => {
  const sources = join(dir, 'sources');
  mkdirSync(join(sources, 'alikansio'), { recursive: true });
  writeFileSync(join(sources, 'alikansio', 'piilossa.txt'), RELEASE);
  writeFileSync(join(sources, '.piilotettu.txt'), RELEASE);
  symlinkSync(join(sources, 'a.txt'), join(sources, 'linkki.txt'));
  writeFileSync(join(sources, 'a.txt'), RELEASE);
  writeFileSync(join(sources, 'b-1252.txt'), iconv.encode(RELEASE.replace('Kainuun maakunta', 'Pohjois-Savon maakunta'), 'windows-1252'));
  writeFileSync(join(sources, 'ascii.pdf.txt'), '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
  writeFileSync(join(sources, 'tiedote.rtf'), '{\\rtf1\\ansi Kainuun maakuntavalmistelu}');
  writeFileSync(join(sources, 'data.json'), '[{"title": "x"}]');
  writeFileSync(join(sources, 'tiedote.docx'), Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'));
  writeFileSync(join(sources, 'desktop.ini'), '[.ShellClassInfo]\r\n');
  writeFileSync(join(sources, 'evil\n\u001b[2Jrejected "x": ok.txt'), '');
  const lines: string[] = [];
  const summary = runIngest({ sources, out: join(dir, 'out'), force: false, rulesHash: 'r', log: (l) => lines.push(l) });
  expect(summary).toMatchObject({ written: 2, rejected: 6 });
  const src = (name: string) => JSON.stringify(join(sources, name));
  expect(lines).toEqual(
    expect.arrayContaining([
      `skipped ${src('.piilotettu.txt')}: a hidden file`,
      `skipped ${src('alikansio')}: a sub-folder (sources are not read recursively)`,
      `skipped ${src('linkki.txt')}: a symbolic link`,
      `note ${src('b-1252.txt')}: decoded as Windows-1252 (not valid UTF-8)`,
      `rejected ${src('ascii.pdf.txt')}: not a release: a PDF document, not the text of a press release`,
      `rejected ${src('tiedote.rtf')}: not a release: an RTF document, not the text of a press release`,
      `rejected ${src('data.json')}: not a release: JSON data, not the text of a press release`,
      `rejected ${src('tiedote.docx')}: not a release: a ZIP archive (a .docx, .xlsx, .odt or other office file is one), not the text of a press release`,
      `rejected ${src('desktop.ini')}: not a release: a Windows folder settings file, not the text of a press release`,
    ]),
  );
  // The hostile name is one escaped line: no raw newline or escape character reaches the log.
  const hostile = lines.filter((l) => l.includes('evil'));
  expect(hostile).toEqual([`rejected ${JSON.stringify(join(sources, 'evil\n\u001b[2Jrejected "x": ok.txt'))}: empty: the file has no bytes`]);
  expect(hostile[0]).toContain('evil\\n\\u001b[2Jrejected \\"x\\": ok.txt');
  for (const line of lines) expect(line.includes('\n') || line.includes('\u001b')).toBe(false);
  expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'))).toHaveLength(2);
});
