// Runs the floor build (scripts/bench/floor/eleventy.config.ts) over a folder of release Markdown.
//   tsx scripts/bench/floor-build.ts --input DIR --out DIR
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Eleventy } from '@11ty/eleventy';

const { values } = parseArgs({ options: { input: { type: 'string' }, out: { type: 'string' } } });
if (!values.input || !values.out) throw new Error('usage: floor-build --input DIR --out DIR');

const started = performance.now();
const configPath = path.relative(process.cwd(), new URL('./floor/eleventy.config.ts', import.meta.url).pathname);
const eleventy = new Eleventy(path.resolve(values.input), path.resolve(values.out), { configPath, quietMode: true });
const results = (await eleventy.write()) as unknown as [unknown[], { outputPath?: string }[]];
const written = results[1].filter((r) => r.outputPath).length;
console.log(`[floor] ${written} files in ${((performance.now() - started) / 1000).toFixed(2)} s`);
