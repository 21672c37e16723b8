// html-validate configuration for every page of the site: the recommended rule set, with each
// exception named and justified here rather than rules switched off wholesale.
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Release titles and texts are Finnish prose as published: they contain typographic quotes and
    // dashes (”…”, –) that this style rule would ask to be written as entities. UTF-8 is declared.
    'no-raw-characters': ['error', { relaxed: true }],
    // Our templates write void elements as <br> and <meta …>, the HTML way; the rule's default
    // ("omit") agrees, stated here so a change of default cannot make the tests flaky.
    'void-style': ['error', { style: 'omit' }],
    // Long Finnish compound words and hashes: the rule limits the length of <title>; our titles are
    // release headlines plus the site name and may be long, which is correct for an archive.
    'long-title': 'off',
    // aria-label is allowed on any element whose role can be named (ARIA 1.2), e.g. the search page's
    // result list <ol aria-label="Hakutulokset">; the default allows it only on a narrower set.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
