// Eleventy plugin for the search page (haku/) and its index. Placeholder until the search work lands:
// .eleventy.ts registers it with eleventyConfig.addPlugin(searchPlugin).
export default function searchPlugin(_eleventyConfig: unknown): void {}
