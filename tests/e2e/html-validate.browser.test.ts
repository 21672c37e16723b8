// Every HTML page of both builds is valid HTML by html-validate (runs without Chromium).
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { HTML_VALIDATE_CONFIG } from './support/htmlvalidate-config.ts';
import { DIST, FIXTURE_DIST } from './support/paths.ts';
import { allHtmlFiles } from './support/site-pages.ts';

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

describe.each([
  ['the built-in corpus', DIST],
  ['the fixture releases', FIXTURE_DIST],
])('HTML of %s', (_label, dist) => {
  it('is valid on every page', async () => {
    const files = allHtmlFiles(dist);
    expect(files.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('would report a broken page (the validator is really checking)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="fi"><head><title>x</title></head><body><p><div></p></body></html>');
    expect(report.valid).toBe(false);
  });
});
