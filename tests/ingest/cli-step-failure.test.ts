// A step that throws on one odd source must reject that file only, not stop the run.
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runIngest } from '../../scripts/ingest-cli.ts';

vi.mock('../../scripts/ingest/topics.ts', () => ({
  extractTopics: (source: { title: string }) => {
    if (source.title.includes('KAATUU')) throw new RangeError('simulated bug in a step');
    return [];
  },
}));

const dir = mkdtempSync(join(tmpdir(), 'ingest-failure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('rejects the file with the step error, writes the others', () => {
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  writeFileSync(join(sources, 'a.txt'), 'Hyvä tiedote\n\nTeksti on tässä.');
  writeFileSync(join(sources, 'b.txt'), 'Tämä KAATUU\n\nTeksti on tässä.');
  const lines: string[] = [];
  const summary = runIngest({ sources, out: join(dir, 'out'), force: false, rulesHash: 'r', log: (l) => lines.push(l) });
  expect(summary).toMatchObject({ written: 1, rejected: 1 });
  expect(lines.join('\n')).toMatch(/rejected ".*b\.txt": invalid: ingest failed: simulated bug in a step/);
  expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.md'))).toHaveLength(1);
});
