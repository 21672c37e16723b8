import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStagingDir, deleteInBackground, parseTempDirName, recoverTempDirs, swapIn, tempDirName } from '../../scripts/lib/atomic-dir.ts';

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

  it('in the background: the new tree is in place at return, the old one is deleted by another process', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    const out = path.join(root, 'dist');
    await mkdir(path.join(out, 'deep/er'), { recursive: true });
    await writeFile(path.join(out, 'deep/er/gone.html'), 'old');
    await writeFile(path.join(root, 'keep.txt'), 'not ours');
    const staging = await createStagingDir(out);
    await writeFile(path.join(staging, 'index.html'), 'new');
    await swapIn(staging, out, 'background');
    expect(await readdir(out)).toEqual(['index.html']);
    const deadline = Date.now() + 20_000;
    while ((await readdir(root)).length > 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect((await readdir(root)).sort()).toEqual(['dist', 'keep.txt']);
  });

  it('a retired tree this process left (its deleter not started yet) does not stop the next swap', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    const out = path.join(root, 'dist');
    await mkdir(out);
    await mkdir(path.join(root, tempDirName(out, 'old', process.pid)));
    await writeFile(path.join(root, tempDirName(out, 'old', process.pid), 'x.html'), 'older');
    const staging = await createStagingDir(out);
    await writeFile(path.join(staging, 'index.html'), 'new');
    await swapIn(staging, out);
    expect(await readdir(root)).toEqual(['dist']);
    expect(await readdir(out)).toEqual(['index.html']);
  });

  it('the background deleter deletes nothing whose name is not a retired tree of ours', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'atomic-'));
    for (const name of ['dist', 'precious', '.dist.building-12', '.dist.old-x']) {
      await mkdir(path.join(root, name));
      await writeFile(path.join(root, name, 'file.txt'), 'keep');
      deleteInBackground(path.join(root, name));
    }
    // A retired tree given at the same time is gone: the deleters ran.
    await mkdir(path.join(root, '.dist.old-77'));
    deleteInBackground(path.join(root, '.dist.old-77'));
    const deadline = Date.now() + 20_000;
    while ((await readdir(root)).length > 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    expect((await readdir(root)).sort()).toEqual(['.dist.building-12', '.dist.old-x', 'dist', 'precious']);
  });
});
