// The one reader of release front matter (ingest, the site, the search corpus). YAML is read with
// the core schema of YAML 1.2 (js-yaml's CORE_SCHEMA): no timestamps, so a date an editor types
// stays the string they typed and the schema judges it. The default YAML 1.1 reading (gray-matter's)
// would turn `date: 2018-02-30` into 2 March and `2018-02-23T00:30:00+02:00` into the day before.
// js-yaml rather than the `yaml` library (which writes the files): it reads 8× faster, which is
// seconds at 10,000 releases.
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';

export interface FrontMatterFile {
  data: unknown;
  content: string;
}

const engines = {
  // Duplicate keys are an error (js-yaml's default).
  yaml: (text: string): object => {
    const data = load(text, { schema: CORE_SCHEMA }) ?? {};
    assertNoSharedNodes(data, new Set());
    return data as object;
  },
};

/**
 * Anchors and aliases make one node appear in many places; nested, a few lines become billions of
 * nodes for whatever walks the result. Release front matter never needs them.
 */
function assertNoSharedNodes(value: unknown, seen: Set<object>): void {
  if (value === null || typeof value !== 'object') return;
  if (seen.has(value)) throw new Error('anchors and aliases (&name, *name) are not allowed in release front matter');
  seen.add(value);
  for (const child of Object.values(value)) assertNoSharedNodes(child, seen);
}

/** Front matter and body of a release file's text; throws an Error naming `file` and the reason. */
export function readFrontMatter(text: string, file: string): FrontMatterFile {
  if (!/^(\ufeff)?---[ \t]*\r?\n/u.test(text)) {
    throw new Error(`${JSON.stringify(file)}: no front matter (a release file begins with a line "---")`);
  }
  try {
    // Options given, so gray-matter does not cache by content (which only costs memory here).
    const parsed = matter(text, { engines });
    return { data: parsed.data, content: parsed.content };
  } catch (error) {
    const reason = ((error as Error).message.split('\n')[0] ?? '').trim();
    throw new Error(`${JSON.stringify(file)}: front matter is not valid YAML: ${reason}`, { cause: error });
  }
}
