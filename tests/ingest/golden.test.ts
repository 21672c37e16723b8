// Whole-release golden fixtures: tests/fixtures/<case>/source.txt → expected.md, byte for byte.
// After a deliberate change, regenerate with UPDATE_GOLDEN=1 and read every diff as an editor would.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseFromSource } from '../../scripts/ingest/release.ts';
import { serializeRelease } from '../../scripts/ingest/serialize.ts';
import { renderedHtml } from './support/rendered-text.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.txt'))).sort();

describe('golden fixtures', () => {
  it('has the five seeds and a hostile case', () => {
    expect(cases).toEqual(expect.arrayContaining(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'hostile']));
  });

  it.each(cases)('%s', (name) => {
    const release = releaseFromSource('source.txt', readFileSync(join(FIXTURES, name, 'source.txt')));
    const actual = serializeRelease(release.frontMatter, release.body, `${name}/expected.md`);
    const expectedPath = join(FIXTURES, name, 'expected.md');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    // Whatever the source held, the body renders (even with HTML allowed) to paragraphs, h2, lists, br.
    const tags = new Set([...renderedHtml(release.body, true).matchAll(/<(\w+)/g)].map((m) => m[1]));
    expect([...tags].filter((t) => !['p', 'h2', 'ul', 'li', 'br'].includes(t as string))).toEqual([]);
  });
});
