// Where the browser tests find the two builds made once by tests/support/build-site.global.ts.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The built-in corpus (content/releases, or the fixtures while it is empty), no SITE_URL: as `npm run build`. */
export const DIST = path.resolve('dist');

/** The fixture releases (undated, inferred, duplicate, hostile) built with a SITE_URL. */
// One folder per checkout: two clones testing at once on one machine must not rebuild each other's.
const checkout = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
export const FIXTURE_DIST = path.join(tmpdir(), `uudistusarkisto-e2e-fixtures-${checkout}`);
export const FIXTURE_RELEASES = path.resolve('tests/fixtures/site-releases');
export const FIXTURE_SITE_URL = 'https://arkisto.example.fi/uudistus/';

/** The hostile fixture release: template syntax, HTML, javascript: links, "</script>". */
export const HOSTILE_ID = '010_vihamielinen';
