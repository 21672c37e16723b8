// The synth command: writes N synthetic raw releases for benchmarking (issue 6). All I/O is here;
// the releases themselves come from scripts/synth/archive.ts, a pure function of (seed, index).
//   npm run synth -- --count N --out DIR [--seed S] [--start K] [--manifest FILE] [--vocabulary V]
// --start K writes releases K..K+N-1 (so "one more release" is --start N --count 1).
// --manifest FILE writes the generator's ground truth as JSON lines, outside DIR.
// --vocabulary template (default) recombines the built-in releases' sentences only (~4,000 distinct
// word forms at any size); realistic adds paragraphs drawn from a real Finnish word list
// (scripts/synth/vocabulary.ts; ~200,000 distinct forms at 10,000 releases) with the same facts.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseFlagsWithUsage, UsageError } from './lib/cli-args.ts';
import { MUNICIPALITIES_BY_REGION } from './ingest/data/municipalities.ts';
import { synthArchive } from './synth/archive.ts';
import { usableWord } from './synth/realistic.ts';
import { rankWords, readFinnishWordList, zipfVocabulary, type Vocabulary } from './synth/vocabulary.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SEED = 'uudistusarkisto';

export const VOCABULARIES = ['template', 'realistic'] as const;
export type VocabularyKind = (typeof VOCABULARIES)[number];

export interface SynthOptions {
  count: number;
  out: string;
  seed: string;
  start: number;
  manifest: string | null;
  /** Default 'template'. */
  vocabulary?: VocabularyKind;
}

const USAGE = 'usage: synth --count N --out DIR [--seed S] [--start K] [--manifest FILE] [--vocabulary template|realistic]';

const SYNTH_FLAGS = {
  count: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  start: { type: 'string' },
  manifest: { type: 'string' },
  vocabulary: { type: 'string' },
} as const;

/** Flags of `npm run synth`; throws UsageError (with the usage line) for anything else. */
export function parseSynthArgs(argv: readonly string[]): SynthOptions {
  const usage = (message: string) => new UsageError(`${message}; ${USAGE}`);
  const flags = parseFlagsWithUsage(argv, SYNTH_FLAGS, USAGE);
  const values = new Map(Object.entries(flags).map(([key, value]) => [`--${key}`, value as string]));
  const count = Number(values.get('--count'));
  const start = Number(values.get('--start') ?? '0');
  const out = values.get('--out');
  if (!Number.isInteger(count) || count < 1) throw usage('--count must be a positive integer');
  if (!Number.isInteger(start) || start < 0) throw usage('--start must be a non-negative integer');
  if (!out) throw usage('--out is required');
  const manifest = values.get('--manifest');
  const vocabulary = values.get('--vocabulary') ?? 'template';
  if (!(VOCABULARIES as readonly string[]).includes(vocabulary)) throw usage('--vocabulary must be template or realistic');
  return {
    count,
    start,
    out: resolve(out),
    seed: values.get('--seed') ?? DEFAULT_SEED,
    manifest: manifest ? resolve(manifest) : null,
    vocabulary: vocabulary as VocabularyKind,
  };
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

/** Refuses to mix synthetic releases into the real corpus or into a folder that holds other files. */
export function checkTarget(options: SynthOptions, root = ROOT): void {
  if (isInside(options.out, join(root, 'content'))) throw new Error(`synth: refusing to write into ${options.out}: content/ is the real corpus`);
  if (options.manifest && isInside(options.manifest, options.out)) {
    throw new Error('synth: --manifest must lie outside --out, or ingest would read it as a release');
  }
  if (options.start === 0 && existsSync(options.out) && readdirSync(options.out).length > 0) {
    throw new Error(`synth: ${options.out} is not empty; give an empty or new folder (or --start to add releases)`);
  }
}

/** The realistic vocabulary for a seed (reads the word list: a few seconds). */
export function realisticVocabulary(seed: string): Vocabulary {
  return zipfVocabulary(rankWords(readFinnishWordList(), seed), usableWord, 'CSpell Finnish dictionary (@cspell/dict-fi-fi)');
}

/** Lowercased word forms of a text, split as the search splits words (on anything but letters and digits). */
function addWordForms(text: string, forms: Set<string>): void {
  for (const form of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (form) forms.add(form);
}

export interface SynthSummary {
  files: number;
  bytes: number;
  /** Distinct lowercased word forms in the releases written (chrome and contacts included). */
  distinctForms: number;
}

export function runSynth(options: SynthOptions): SynthSummary {
  checkTarget(options);
  const vocabulary = options.vocabulary === 'realistic' ? realisticVocabulary(options.seed) : null;
  mkdirSync(options.out, { recursive: true });
  const truths: string[] = [];
  const forms = new Set<string>();
  let bytes = 0;
  for (const release of synthArchive(options.seed, options.count, MUNICIPALITIES_BY_REGION, options.start, vocabulary)) {
    writeFileSync(join(options.out, release.file), release.bytes);
    bytes += release.bytes.length;
    addWordForms(release.text, forms);
    if (options.manifest) truths.push(JSON.stringify(release.truth));
  }
  if (options.manifest) {
    mkdirSync(dirname(options.manifest), { recursive: true });
    writeFileSync(options.manifest, truths.join('\n') + '\n');
  }
  return { files: options.count, bytes, distinctForms: forms.size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseSynthArgs(process.argv.slice(2));
    const started = performance.now();
    const { files, bytes, distinctForms } = runSynth(options);
    process.stderr.write(
      `synth: ${files} releases (${(bytes / 1e6).toFixed(1)} MB) in ${options.out}, seed "${options.seed}", ` +
        `${options.vocabulary} vocabulary, ${distinctForms} distinct word forms, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } catch (error) {
    // Refusals (checkTarget) already name the command; bad flags get it here.
    process.stderr.write(`${error instanceof UsageError ? 'synth: ' : ''}${(error as Error).message}\n`);
    process.exitCode = EXIT.usage;
  }
}
