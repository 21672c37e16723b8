// One way to read command-line flags for every script: node:util parseArgs in strict mode, with its
// errors turned into a UsageError that the command prints with its usage line (exit 2, no stack).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags; throws UsageError for an unknown flag, a missing value, or a stray argument. */
export function parseFlags<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? String(error), { cause: error });
  }
}

/** parseFlags for a command that prints one line: its UsageError ends with the command's usage. */
export function parseFlagsWithUsage<T extends Options>(argv: readonly string[], options: T, usage: string) {
  try {
    return parseFlags(argv, options);
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; ${usage}`, { cause: error });
  }
}

/** Exit code of every command: 0 all good, 1 some inputs rejected or invalid, 2 bad usage. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;
