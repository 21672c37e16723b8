// citation-js ships JavaScript without type declarations; this covers what the citation tests call:
// parse any supported input (BibTeX, RIS, CSL-JSON) into CSL-JSON items.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
