// `npm run ingest -- --explain FILE`: for one source, every field's value and why it got it, with the
// candidates the rules weighed. Pure: bytes in, explanations out; the CLI prints them.
import { cleanLines } from './clean.ts';
import { leadAndBody, scoreTopics } from './topics.ts';
import { readRelease, releaseDate, releaseLanguage } from './release.ts';
import { extractPlacement } from './scope.ts';
import { addressFromText } from './source-url.ts';
import { headlineCandidates } from './title.ts';

export interface FieldExplanation {
  field: 'title' | 'date' | 'scope' | 'region' | 'topics' | 'lang' | 'url' | 'review';
  value: unknown;
  /** Why the value was chosen. */
  reasons: string[];
  /** What else was weighed, one line each. */
  candidates: string[];
}

export function explainSource(file: string, bytes: Uint8Array): FieldExplanation[] {
  const { read, release } = readRelease(file, bytes);
  const fm = release.frontMatter;
  const { page } = read;
  const titleCandidates = page
    ? page.evidence.titles.map((c) => `  [markup, score ${c.score}] ${JSON.stringify(c.value)}: ${c.reason}`)
    : headlineCandidates(cleanLines(read.text)).map(
        (c) => `${c.chosen ? '*' : ' '} [${c.kind}, score ${c.score}] ${JSON.stringify(c.line)}: ${c.reasons.join('; ')}`,
      );
  const date = releaseDate(read);
  const placement = extractPlacement(read.source);
  const { lead, body } = leadAndBody(read.source);
  const inLead = scoreTopics(lead);
  const inBody = scoreTopics(body);
  const lang = releaseLanguage(read);
  return [
    {
      field: 'title',
      value: fm.title,
      reasons: [read.source.titleDerived ? 'no headline line: the first sentence stands in' : 'the highest-scoring headline candidate'],
      candidates: titleCandidates,
    },
    {
      field: 'date',
      value: { date: fm.date, dateCertainty: fm.dateCertainty, dateEvidence: fm.dateEvidence },
      reasons: [
        fm.date === null ? 'no publication evidence (a label, a dateline at the top, or a weekday and full date in the lead)' : `evidence: ${fm.dateEvidence}`,
        ...date.review.map((r) => r.reason),
      ],
      candidates: [
        ...(page ? page.evidence.dates.map((d) => `markup: ${JSON.stringify(d)}`) : []),
        ...fm.mentionedDates.map((m) => `mentioned, not the publication date: ${m.date} in ${JSON.stringify(m.text)}`),
      ],
    },
    { field: 'scope', value: fm.scope, reasons: [placement.reason], candidates: [] },
    { field: 'region', value: fm.region, reasons: [placement.reason], candidates: fm.places.map((p) => `municipality named: ${p}`) },
    {
      field: 'topics',
      value: fm.topics,
      reasons: ['a topic needs its terms in the headline or lead, or several mentions below it'],
      candidates: [...new Set([...inLead.keys(), ...inBody.keys()])].map(
        (topic) => `${fm.topics.includes(topic) ? '*' : ' '} ${topic}: headline and lead ${inLead.get(topic) ?? 0}, rest of the text ${inBody.get(topic) ?? 0}`,
      ),
    },
    {
      field: 'lang',
      value: fm.lang,
      reasons: ['function words counted in the text', ...(page?.evidence.lang.reason ? [`page: ${page.evidence.lang.reason}`] : []), ...lang.review.map((r) => r.reason)],
      candidates: [],
    },
    { field: 'url', value: fm.source.url, reasons: [page ? page.evidence.url.reason : addressFromText(read.text).reason], candidates: [] },
    { field: 'review', value: fm.review, reasons: fm.review.length === 0 ? ['nothing uncertain'] : fm.review.map((r) => `${r.field}: ${r.reason}`), candidates: [] },
  ];
}

/** The explanations as the terminal shows them. */
export function formatExplanation(file: string, fields: readonly FieldExplanation[]): string {
  const lines = [`explain ${JSON.stringify(file)}`];
  for (const f of fields) {
    lines.push('', `${f.field}: ${JSON.stringify(f.value)}`);
    for (const reason of f.reasons) lines.push(`  why: ${reason}`);
    for (const candidate of f.candidates) lines.push(`  ${candidate}`);
  }
  return `${lines.join('\n')}\n`;
}
