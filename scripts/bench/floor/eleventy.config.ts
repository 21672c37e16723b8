// The floor of the bench: a bare Eleventy 3 build of the same release Markdown the site reads, with
// one minimal layout, no collections, no data work, no search. Our site build is compared to this.
// Release bodies are plain Markdown here too (no Liquid pass), as on the real site.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy ships no types for its config API
type EleventyConfig = any;

const LAYOUT = `<!doctype html>
<html lang="fi">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main>{{ content | safe }}</main></body>
</html>
`;

export default function (eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTemplate('_includes/floor.njk', LAYOUT);
  eleventyConfig.addGlobalData('layout', 'floor.njk');
  // Eleventy reads `date` from front matter; an undated release (date: null) falls back to the file date.
  eleventyConfig.setQuietMode(true);
}

export const config = {
  templateFormats: ['md'],
  markdownTemplateEngine: false,
  htmlTemplateEngine: 'njk',
};
