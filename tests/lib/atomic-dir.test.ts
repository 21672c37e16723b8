import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStagingDir, parseTempDirName, recoverTempDirs, swapIn, tempDirName } from '../../scripts/lib/atomic-dir.ts';

describe('temp folder names', () => {
  it.each([
    ['.dist.building-123', { kind: 'building', pid: 123 }],
    ['.dist.old-9', { kind: 'old', pid: 9 }],
    ['.dist.building-0', null],
    ['.dist.building-12x', null],
    ['.dist2.building-12', null],
    ['dist', null],
    ['.other.old-5', null],
  ])('%s', (name, expected) => {
    expect(parseTempDirName('/x/dist', name)).toEqual(expected);
  });
  it('round-trips', () => {
    expect(parseTempDirName('/x/site', tempDirName('/x/site', 'old', 42))).toEqual({ kind: 'old', pid: 42 });
  });
});

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('recoverTempDirs and swapIn', () => {
  it('deletes a dead build\'s staging and retired folders, keeps a live one\'s and everything else', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    const out = path.join(root, 'dist');
    for (const name of ['dist', '.dist.building-111', '.dist.old-222', '.dist.building-333', 'notes', '.distx.old-111']) {
      await mkdir(path.join(root, name));
    }
    const done = await recoverTempDirs(out, (pid) => pid === 333);
    expect(done.sort()).toEqual(['.dist.building-111', '.dist.old-222']);
    expect((await readdir(root)).sort()).toEqual(['.dist.building-333', '.distx.old-111', 'dist', 'notes']);
  });

  it('restores the old tree when a kill came between the two renames (no out folder)', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    const out = path.join(root, 'dist');
    await mkdir(path.join(root, '.dist.old-111'));
    await writeFile(path.join(root, '.dist.old-111', 'index.html'), 'old');
    await recoverTempDirs(out, () => false);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old');
  });

  it('swaps a complete staging tree in and leaves nothing beside it', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    const out = path.join(root, 'dist');
    await mkdir(out);
    await writeFile(path.join(out, 'gone.html'), 'old');
    const staging = await createStagingDir(out);
    await writeFile(path.join(staging, 'index.html'), 'new');
    await swapIn(staging, out);
    expect(await readdir(root)).toEqual(['dist']);
    expect(await readdir(out)).toEqual(['index.html']);
  });
});
