// Faults a root-run test cannot make with permissions: a source that cannot be read (vanished, I/O
// error) and an out folder that cannot be written, simulated at node:fs.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, expect, it, vi } from 'vitest';
import { main, runIngest } from '../../scripts/ingest-cli.ts';

const faults = vi.hoisted(() => ({ readFails: '', writeFails: '' }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...real,
    readFileSync: ((path: fs.PathOrFileDescriptor, options?: unknown) => {
      if (faults.readFails && String(path).endsWith(faults.readFails)) throw fail('EIO');
      return real.readFileSync(path, options as BufferEncoding);
    }) as typeof real.readFileSync,
    writeFileSync: ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (faults.writeFails && String(path).startsWith(faults.writeFails)) throw fail('EROFS');
      return (real.writeFileSync as (...a: unknown[]) => void)(path, ...rest);
    }) as typeof real.writeFileSync,
  };
});

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ingest-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  faults.readFails = '';
  faults.writeFails = '';
  vi.restoreAllMocks();
});

it('one unreadable source is rejected by name; every other source is written', () => {
  const sources = join(dir, 'sources-a');
  cpSync(join(ROOT, 'content/sources'), sources, { recursive: true });
  const [victim] = readdirSync(sources).sort() as [string];
  faults.readFails = victim;
  const lines: string[] = [];
  const summary = runIngest({ sources, out: join(dir, 'out-a'), force: false, rulesHash: 'r', log: (l) => lines.push(l) });
  expect(summary).toMatchObject({ written: 4, rejected: 1 });
  expect(lines[0]).toBe(`rejected ${JSON.stringify(join(sources, victim))}: unreadable: EIO`);
});

it('a read-only out folder: one clear line and exit 2 when something must be written; exit 0 when nothing changed', () => {
  const sources = join(dir, 'sources-b');
  const out = join(dir, 'out-b');
  cpSync(join(ROOT, 'content/sources'), sources, { recursive: true });
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  expect(main(['--sources', sources, '--out', out])).toBe(0);
  faults.writeFails = out;
  stderr = '';
  expect(main(['--sources', sources, '--out', out])).toBe(0);
  expect(stderr).toMatch(/^ingest: 5 sources, 0 processed; written 0, unchanged 5/);
  const extra = join(sources, 'uusi.txt');
  fs.writeFileSync(extra, 'Uusi tiedote\n\nKainuussa päätettiin asioista, joista kerrotaan tässä.');
  stderr = '';
  expect(main(['--sources', sources, '--out', out])).toBe(2);
  expect(stderr.trim().split('\n')).toEqual([`ingest: cannot write into the out folder ${JSON.stringify(out)}: read-only file system`]);
  expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
