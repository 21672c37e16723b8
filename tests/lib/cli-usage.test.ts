// Every helper command reads its flags through scripts/lib/cli-args.ts: an unknown flag prints the
// command's usage line, no stack trace, and exits 2; nothing is written.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args.ts';
import { UsageError } from '../../scripts/lib/cli-args.ts';
import { parseSynthArgs } from '../../scripts/synth.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('helper commands: bad usage', () => {
  it.each([
    ['synth', 'scripts/synth.ts', /^synth: Unknown option '--bogus'.*; usage: synth --count N/u],
    ['bench', 'scripts/bench.ts', /^Unknown option '--bogus'.*; usage: bench /u],
    ['accuracy', 'scripts/bench/accuracy.ts', /^accuracy: Unknown option '--bogus'.*; usage: accuracy --truth/u],
    ['bench:search', 'scripts/bench-search.ts', /^bench:search: Unknown option '--bogus'.*; usage: bench:search /u],
  ])('%s --bogus: usage, exit 2, no stack', (_name, script, message) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--bogus', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /mu);
  });

  it('the parsers throw UsageError, for unknown flags and bad values alike', () => {
    expect(() => parseSynthArgs(['--count', '1', '--out', 'x', '--bogus', '1'])).toThrow(UsageError);
    expect(() => parseSynthArgs(['--count', 'x', '--out', 'x'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--keep', 'yes'], 's')).toThrow(UsageError);
    expect(() => parseBenchArgs(['--repeat', '0'], 's')).toThrow(UsageError);
  });
});
