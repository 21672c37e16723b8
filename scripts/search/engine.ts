// Typed access from Node to the engine the browser runs (client/engine/*.js, see client-bundle.ts):
// the index build and the recall tests call the very same code.
import { loadEngineBundle } from './client-bundle.ts';
import { lunr, type Lunr } from './finnish-lunr.ts';
import type { SearchPayload, TextRow } from './payload.ts';

export interface QueryWord {
  word: string;
  stem: string;
  alternatives: string[];
  prefix: boolean;
}

export interface EngineDoc {
  n: number;
  id: string;
  title: string;
  date: string;
  region: string;
  topics: string[];
  /** The date as a number (20180223), 0 when undated. */
  day: number;
}

export interface Hit {
  doc: EngineDoc;
  score: number;
  titleHits: number;
}

export interface Filters {
  region?: string;
  topic?: string;
  year?: string;
}

export interface SearchResult {
  words: QueryWord[];
  hits: Hit[];
  facets: { region: Record<string, number>; topic: Record<string, number>; year: Record<string, number> };
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Engine {
  search(text: string, filters?: Filters): SearchResult;
  /** Postings shards a query needs that have not been added yet. */
  shardsNeeded(text: string): number[];
  addShard(shard: number, postings: string[]): void;
  addChunk(chunk: number, rows: TextRow[]): void;
  /** The release text for snippets, or null while its chunk is not loaded. */
  textOf(doc: EngineDoc): string | null;
  docs: EngineDoc[];
  highlighter(words: QueryWord[]): (word: string) => boolean;
}

export interface LoadedParts {
  shards?: Record<number, string[]>;
  chunks?: Record<number, TextRow[]>;
}

interface EngineModule {
  splitWords(text: string): string[];
  normalizeWord(lunr: Lunr, word: string): string | null;
  guessBaseForms(word: string): string[];
  parseQuery(lunr: Lunr, text: string, inflections: Record<string, string[]>): QueryWord[];
  createEngine(lunr: Lunr, payload: SearchPayload, loaded?: LoadedParts): Engine;
  snippet(text: string, isMatch: (word: string) => boolean, size?: number): Segment[];
}

const engineModule = loadEngineBundle().engine as EngineModule;

export const splitWords = engineModule.splitWords;
export const snippet = engineModule.snippet;
/** Base-form guesses for a lower-cased word by suffix rules ("uudistuksen" → "uudistus"). */
export const guessBaseForms = engineModule.guessBaseForms;

/** The indexed/searched term for a word, or null for a stop word. */
export function normalizeWord(word: string): string | null {
  return engineModule.normalizeWord(lunr, word);
}

export function parseQuery(text: string, inflections: Record<string, string[]> = {}): QueryWord[] {
  return engineModule.parseQuery(lunr, text, inflections);
}

export function createEngine(payload: SearchPayload, loaded?: LoadedParts): Engine {
  return engineModule.createEngine(lunr, payload, loaded);
}
