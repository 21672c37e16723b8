// Typed access from Node to the engine the browser runs (client/engine/*.js, see client-bundle.ts):
// the index build and the recall tests call the very same code.
import { loadEngineBundle } from './client-bundle.ts';
import type { DictionaryEntry } from './dictionary-shards.ts';
import { lunr, type Lunr } from './finnish-lunr.ts';
import type { SearchPayload, TextRow } from './payload.ts';
import type { TermShard } from './term-shards.ts';

export interface QueryWord {
  /** As typed; a hyphen group keeps its hyphens ("sote-uudistus"). */
  word: string;
  stem: string;
  /** The stem and the base-form guesses, before the dictionary is consulted. */
  alternatives: string[];
  swedish: string | null;
  /** What the last word completes from. */
  prefixes: string[];
  prefix: boolean;
  /** Terms this word and the next make written together. */
  joinNext: string[] | null;
  /** After a search: the terms that counted as hits, and the typo reading, if any. */
  matched?: string[];
  correction?: string | null;
  /** Word position of its last part, as the index counts words (for phrases), and offset in the text. */
  at: number;
  start: number;
  /** After a search: the whole-word terms it matched (what a phrase may be made of). */
  phraseTerms?: string[];
}

export interface EngineDoc {
  n: number;
  id: string;
  title: string;
  date: string;
  region: string;
  /** 'regional', 'national' (region '') or '' when not known. */
  scope: 'regional' | 'national' | '';
  lang: 'fi' | 'sv';
  topics: string[];
  /** The date as a number (20180223), 0 when undated. */
  day: number;
}

export interface Hit {
  doc: EngineDoc;
  score: number;
  /** Query words found in the title, and in the lead. */
  titleHits: number;
  leadHits: number;
  /** The release has the words of a phrase of the query side by side. */
  phrase: boolean;
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
  /** The query with mistyped words corrected ("Tarkoititko: …"), or null. */
  suggestion: string | null;
}

export interface Segment {
  text: string;
  mark: boolean;
}

export type PartKind = 'keys' | 'shards' | 'positions' | 'texts' | 'titles';

export interface Engine {
  search(text: string, filters?: Filters): SearchResult;
  /** Loads (through `load`) every dictionary and postings shard a search for `text` reads. */
  prepare(text: string, load: (kind: PartKind, n: number) => Promise<unknown>): Promise<void>;
  prepareTexts(hits: Hit[], load: (kind: PartKind, n: number) => Promise<unknown>): Promise<void>;
  /** Loads every release's id and title (kind 'titles'). */
  prepareTitles(load: (kind: PartKind, n: number) => Promise<unknown>): Promise<void>;
  /** Whether these hits' ids and titles are known, from title or text parts. */
  titled(hits: Hit[]): boolean;
  /** The shards `text` still needs, in the current round. */
  missingFor(text: string): { keys: number[]; shards: number[]; positions: number[] };
  /** The clauses a query runs with: per clause, term → lunr clause boost, and the words it satisfies. */
  explain(text: string): { boosts: Record<string, number>; bits: number }[];
  addKeyShard(shard: number, entries: DictionaryEntry[]): void;
  addShard(shard: number, termShard: TermShard): void;
  addPositionShard(shard: number, positions: string[]): void;
  addChunk(chunk: number, rows: TextRow[]): void;
  /** The release text for snippets, or null while its chunk is not loaded. */
  textOf(doc: EngineDoc): string | null;
  docs: EngineDoc[];
  highlighter(words: QueryWord[]): (word: string) => boolean;
}

export interface LoadedParts {
  keyShards?: Record<number, DictionaryEntry[]>;
  shards?: Record<number, TermShard>;
  positionShards?: Record<number, string[]>;
  chunks?: Record<number, TextRow[]>;
}

interface EngineModule {
  splitWords(text: string): string[];
  tokens(text: string): { words: string[]; start: number }[];
  normalizeWord(lunr: Lunr, word: string, keepStopWord?: boolean): string | null;
  normalizeSwedish(lunr: Lunr, word: string, keepStopWord?: boolean): string | null;
  guessBaseForms(word: string): string[];
  fold(text: string): string;
  parseQuery(lunr: Lunr, text: string): QueryWord[];
  createEngine(lunr: Lunr, payload: SearchPayload, loaded?: LoadedParts): Engine;
  snippet(text: string, isMatch: (word: string) => boolean, size?: number): Segment[];
}

const engineModule = loadEngineBundle().engine as EngineModule;

export const splitWords = engineModule.splitWords;
export const tokens = engineModule.tokens;
export const snippet = engineModule.snippet;
export const fold = engineModule.fold;
/** Base-form guesses for a lower-cased word by suffix rules ("uudistuksen" → "uudistus"). */
export const guessBaseForms = engineModule.guessBaseForms;

/** The indexed/searched term for a word, or null for a stop word (kept in hyphen groups when asked). */
export function normalizeWord(word: string, keepStopWord = false): string | null {
  return engineModule.normalizeWord(lunr, word, keepStopWord);
}

/** The Swedish stem of a word, or null for a Swedish stop word. */
export function normalizeSwedish(word: string, keepStopWord = false): string | null {
  return engineModule.normalizeSwedish(lunr, word, keepStopWord);
}

export function parseQuery(text: string): QueryWord[] {
  return engineModule.parseQuery(lunr, text);
}

export function createEngine(payload: SearchPayload, loaded?: LoadedParts): Engine {
  return engineModule.createEngine(lunr, payload, loaded);
}
