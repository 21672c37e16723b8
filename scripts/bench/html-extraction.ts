// `npx tsx scripts/bench/html-extraction.ts`: how well each way of finding a saved page's main
// content does on the saved-HTML real-shape fixtures (tests/fixtures/real-shapes/html-*/). Each case's
// body.json says, as a reader decided, how the release body starts and ends and which page chrome
// must never be in it; the publication date is checked against expected.json. Compared: our
// structural extraction (scripts/ingest/html/main-content.ts) and Mozilla Readability.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { cleanHtmlPage } from '../ingest/html/clean-page.ts';
import { chooseHtmlDate } from '../ingest/html/date-choice.ts';
import { parseDocument } from '../ingest/html/dom.ts';
import type { MainContent } from '../ingest/html/main-content.ts';
import { readHtmlPage, type ContentFinder } from '../ingest/html/page.ts';
import { extractDate } from '../ingest/date.ts';
import { loadShapeCases } from './real-shapes.ts';

interface BodyExpectation {
  starts: string;
  ends: string;
  never: string[];
}

export interface ExtractionScore {
  starts: boolean;
  ends: boolean;
  chrome: string[];
  dateRight: boolean;
}

const readability: ContentFinder = (document): MainContent | null => {
  const parsed = new Readability(document.cloneNode(true) as Document, { charThreshold: 100 }).parse();
  if (!parsed?.content) return null;
  const root = parseDocument(`<!doctype html><html><body>${parsed.content}</body></html>`).body;
  return root ? { root, reason: 'Readability' } : null;
};

const FINDERS: Record<string, ContentFinder | undefined> = { structure: undefined, readability };

export function scoreExtraction(sourceFile: string, body: BodyExpectation, expectedDate: string | null, finder?: ContentFinder): ExtractionScore {
  const page = readHtmlPage(path.basename(sourceFile), readFileSync(sourceFile), finder);
  const source = cleanHtmlPage(page);
  const text = source.paragraphs.join('\n\n');
  const date = chooseHtmlDate(page.hints.published, extractDate(source)).finding.date;
  return {
    starts: text.startsWith(body.starts),
    ends: text.trimEnd().endsWith(body.ends),
    chrome: body.never.filter((phrase) => text.includes(phrase)),
    dateRight: date === expectedDate,
  };
}

function main(): void {
  const cases = loadShapeCases().filter((c) => c.name.startsWith('html-'));
  console.log(`${cases.length} saved-HTML fixtures`);
  console.log('| way | body starts right | body ends right | chrome phrases leaked | date right |\n|---|---|---|---|---|');
  const detail: string[] = [];
  for (const [name, finder] of Object.entries(FINDERS)) {
    const scores = cases.map((c) => {
      const body = JSON.parse(readFileSync(path.join(path.dirname(c.sourceFile), 'body.json'), 'utf8')) as BodyExpectation;
      const score = scoreExtraction(c.sourceFile, body, c.expected.date, finder);
      if (!score.starts || !score.ends || score.chrome.length > 0 || !score.dateRight) {
        detail.push(`  ${name} ${c.name}: starts ${score.starts}, ends ${score.ends}, chrome ${JSON.stringify(score.chrome)}, date ${score.dateRight}`);
      }
      return score;
    });
    const count = (f: (s: ExtractionScore) => boolean) => `${scores.filter(f).length}/${scores.length}`;
    const leaked = scores.reduce((n, s) => n + s.chrome.length, 0);
    console.log(`| ${name} | ${count((s) => s.starts)} | ${count((s) => s.ends)} | ${leaked} | ${count((s) => s.dateRight)} |`);
  }
  for (const line of detail) console.log(line);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
