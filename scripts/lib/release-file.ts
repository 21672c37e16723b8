// A release file's text checked against the front-matter contract, reporting every problem at once
// (field and reason) instead of stopping at the first: ingest lists them for every edited file.
import { readFrontMatter } from './front-matter.ts';
import { releaseFrontMatterSchema } from './release-schema.ts';

export interface FileProblem {
  /** Dotted path of the field, e.g. "date" or "contacts.0.email"; "(file)" for the whole file. */
  field: string;
  reason: string;
}

export function releaseFileProblems(text: string, file: string): FileProblem[] {
  let data: unknown;
  try {
    data = readFrontMatter(text, file).data;
  } catch (error) {
    const message = (error as Error).message;
    return [{ field: '(file)', reason: message.slice(message.indexOf(': ') + 2) }];
  }
  const result = releaseFrontMatterSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(root)', reason: issue.message }));
}
