// An engine with every postings shard and text chunk of a build already added, as Node wants it
// (tests, recall measurement); the page adds them as they load.
import type { BuiltSearch } from './build-index.ts';
import { createEngine, type Engine } from './engine.ts';
import { textChunks } from './payload.ts';

export function createLoadedEngine(built: BuiltSearch): Engine {
  return createEngine(built.payload, {
    shards: { ...built.shards },
    positionShards: { ...built.positionShards },
    keyShards: { ...built.keyShards },
    chunks: { ...textChunks(built.texts, built.payload.chunkSize) },
  });
}
