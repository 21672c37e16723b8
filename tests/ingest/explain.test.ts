// --explain: every field of one source with the reasons and candidates behind it, for a text and a
// saved HTML page; and the ingest flag that asks for it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainSource, formatExplanation, type FieldExplanation } from '../../scripts/ingest/explain.ts';
import { parseIngestArgs } from '../../scripts/ingest/io/args.ts';

const SHAPES = resolve(import.meta.dirname, '../fixtures/real-shapes');
const explained = (name: string, file: string): Map<string, FieldExplanation> => {
  const fields = explainSource(file, readFileSync(resolve(SHAPES, name, file)));
  return new Map(fields.map((f) => [f.field, f]));
};

describe('explainSource', () => {
  const text = explained('national-undated-subheading', 'source.txt');

  it('explains every field ingest decides', () => {
    expect([...text.keys()]).toEqual(['title', 'date', 'scope', 'region', 'topics', 'lang', 'url', 'review']);
  });

  it('marks the chosen headline among the candidates, with the subheading weighed and not chosen', () => {
    const title = text.get('title')!;
    expect(title.value).toBe('Määräaikakooste päivitetty uuden aikataulun mukaiseksi');
    const chosen = title.candidates.filter((c) => c.startsWith('*'));
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toContain('Määräaikakooste päivitetty');
    expect(title.candidates.some((c) => c.startsWith(' ') && c.includes('Katso tiivis yhteenveto'))).toBe(true);
  });

  it('says why there is no date and lists the mentioned day as not the publication date', () => {
    const date = text.get('date')!;
    expect(date.value).toEqual({ date: null, dateCertainty: 'unknown', dateEvidence: null });
    expect(date.reasons[0]).toMatch(/no publication evidence/);
    expect(date.candidates.join('\n')).toMatch(/2018-06-27/);
  });

  it('shows topics named in passing with their scores, none chosen', () => {
    const topics = text.get('topics')!;
    expect(topics.value).toEqual([]);
    expect(topics.candidates.some((c) => /^ {2}valinnanvapaus: headline and lead 0, rest of the text [1-9]/.test(c))).toBe(true);
    expect(topics.candidates.some((c) => c.startsWith('*'))).toBe(false);
  });

  it('gives scope and region the placement rule that decided them', () => {
    expect(text.get('scope')!.value).toBe('national');
    expect(text.get('scope')!.reasons[0]).toMatch(/national/);
  });

  it('explains a saved page from its markup: headline candidates and the canonical address', () => {
    const page = explained('html-newspaper-og', 'source.html');
    expect(page.get('title')!.candidates.some((c) => c.includes('[markup'))).toBe(true);
    expect(page.get('url')!.value).toMatch(/^https:\/\//);
    expect(page.get('url')!.reasons[0]).not.toBe('');
  });

  it('formats one block per field', () => {
    const out = formatExplanation('x.txt', [...text.values()]);
    expect(out).toMatch(/^explain "x\.txt"\n/);
    expect(out).toContain('\ntitle: "Määräaikakooste päivitetty uuden aikataulun mukaiseksi"\n  why: ');
    expect(out).toContain('\ndate: {"date":null,"dateCertainty":"unknown","dateEvidence":null}\n');
  });
});

describe('--explain flag', () => {
  const defaults = { sources: '/s', out: '/o', force: false };
  it.each([
    [['--explain', 'a.txt'], { explain: resolve('a.txt') }],
    [[], { explain: undefined }],
  ])('%j', (argv, want) => {
    expect(parseIngestArgs(argv, defaults).explain).toBe(want.explain);
  });
  it.each([[['--explain']], [['--explain', ' ']]])('refuses %j', (argv) => {
    expect(() => parseIngestArgs(argv, defaults)).toThrow(/explain/);
  });
});
