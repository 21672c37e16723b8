// `npm run build:site -- --releases DIR --out DIR`: builds the site (scripts/site/build-site.ts) and
// exits with its code: 0 built, 1 release files invalid or the build failed, 2 usage or a refused folder.
import { buildSite } from './site/build-site.ts';
import { BUILD_USAGE, EXIT_OK, EXIT_USAGE, parseBuildArgs } from './site/build-args.ts';

const args = parseBuildArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(BUILD_USAGE);
  process.exit(EXIT_OK);
}
if (args.kind === 'usage') {
  console.error(`build:site: ${args.message}\n\n${BUILD_USAGE}`);
  process.exit(EXIT_USAGE);
}
const result = await buildSite(args.options, { info: console.log, warn: console.warn, error: console.error });
if (result.exitCode !== EXIT_OK) process.exit(result.exitCode);
