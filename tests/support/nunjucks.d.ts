// Nunjucks (Eleventy's template engine, installed with it) ships JavaScript without type
// declarations; this covers what the fuzz test calls to render the feed template on its own.
declare module 'nunjucks' {
  export class FileSystemLoader {
    constructor(searchPaths: string);
  }
  export class Environment {
    constructor(loader: FileSystemLoader, options?: { autoescape?: boolean });
    addFilter(name: string, fn: (...args: never[]) => unknown): void;
    render(name: string, context: object): string;
  }
}
