// Eleventy 3 and its RSS plugin ship JavaScript without type declarations; these cover what we call.
declare module '@11ty/eleventy' {
  export class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean });
    write(): Promise<unknown>;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default rssPlugin;
}
