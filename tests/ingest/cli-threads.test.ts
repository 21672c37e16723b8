// The pipeline on worker threads (scripts/ingest/io/ahead.ts) changes nothing but the time: a run
// given outcomes computed ahead writes the same files and says the same lines as one that computes
// them itself, including for rejected sources; an outcome whose source changed since is not used.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest-cli.ts';
import { computeAhead, ingestThreads } from '../../scripts/ingest/io/ahead.ts';
import { PARALLEL_FROM as PARALLEL_FROM_IN_RUNS, processSourcesInParallel } from '../../scripts/ingest/io/worker-pool.ts';
import { MUNICIPALITIES_BY_REGION } from '../../scripts/ingest/data/municipalities.ts';
import { synthArchive } from '../../scripts/synth/archive.ts';

// Runs of this test use threads from 200 sources, not from the CLI's 5,000: same code, a smaller run.
const PARALLEL_FROM = 200;
const computeAheadFrom200 = (run: Parameters<typeof computeAhead>[0]) => computeAhead(run, PARALLEL_FROM);
const dir = mkdtempSync(join(tmpdir(), 'ingest-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sources = join(dir, 'sources');
mkdirSync(sources);
for (const release of synthArchive('threads', PARALLEL_FROM + 20, MUNICIPALITIES_BY_REGION)) writeFileSync(join(sources, release.file), release.bytes);
// Not releases: each must be rejected with the same words either way.
writeFileSync(join(sources, 'zz-empty.txt'), '');
writeFileSync(join(sources, 'zz-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 7]));

function run(out: string, ahead?: Awaited<ReturnType<typeof computeAhead>>) {
  const lines: string[] = [];
  const summary = runIngest({ sources, out: join(dir, out), force: false, rulesHash: 'r', log: (l) => lines.push(l.replaceAll(join(dir, out), 'OUT')), ...(ahead ? { ahead } : {}) });
  const files = Object.fromEntries(readdirSync(join(dir, out)).map((name) => [name, readFileSync(join(dir, out, name), 'utf8')]));
  return { summary, lines, files };
}

describe('ingest on worker threads', { timeout: 240_000 }, () => {
  it('uses at least two threads on this machine unless told otherwise, for runs of thousands', () => {
    expect(PARALLEL_FROM_IN_RUNS).toBeGreaterThanOrEqual(1000);
    expect(ingestThreads({})).toBeGreaterThanOrEqual(2);
    expect(ingestThreads({ INGEST_THREADS: '1' })).toBe(1);
  });

  it('has the outcomes computed on the threads, not by the fallback in this thread', async () => {
    // A worker that cannot start (tsx's --import does not reach a worker's own entry on Node 20) is
    // not fatal, so without this the pool could do everything here and every other test still pass.
    const jobs = readdirSync(sources)
      .sort()
      .slice(0, 6)
      .map((file) => ({ file, bytes: readFileSync(join(sources, file)) }));
    const { outcomes, onThreads } = await processSourcesInParallel(jobs, 2);
    expect(outcomes.size).toBe(6);
    expect(onThreads).toBe(6);
  });

  it('gives the same files, byte for byte, and the same lines as a run in one thread', async () => {
    const ahead = await computeAheadFrom200({ sources, out: join(dir, 'threaded'), force: false, rulesHash: 'r' });
    // Every source was done ahead: the comparison below is not vacuous.
    expect(ahead.size).toBe(PARALLEL_FROM + 22);
    expect([...ahead.values()].filter((a) => !a.outcome.ok)).toHaveLength(2);
    const threaded = run('threaded', ahead);
    const single = run('single');
    expect(single.summary).toMatchObject({ written: PARALLEL_FROM + 20, rejected: 2 });
    expect(threaded.summary).toEqual(single.summary);
    expect(threaded.lines).toEqual(single.lines);
    expect(threaded.files).toEqual(single.files);
  });

  it('an outcome computed before its source changed is not used', async () => {
    const ahead = await computeAheadFrom200({ sources, out: join(dir, 'stale'), force: false, rulesHash: 'r' });
    const [first] = readdirSync(sources).sort() as [string];
    const original = readFileSync(join(sources, first));
    writeFileSync(join(sources, first), Buffer.concat([original, Buffer.from('\r\nLisätty kappale, joka muuttaa tiedotteen tekstiä.\r\n')]));
    try {
      const stale = run('stale', ahead);
      const fresh = run('fresh');
      expect(stale.files).toEqual(fresh.files);
    } finally {
      writeFileSync(join(sources, first), original);
    }
  });

  it('does nothing ahead for a run that has little to process', async () => {
    run('small');
    expect((await computeAheadFrom200({ sources, out: join(dir, 'small'), force: false, rulesHash: 'r' })).size).toBe(0);
  });
});
