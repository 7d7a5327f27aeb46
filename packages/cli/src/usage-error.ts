import { ForgeError } from '@forge/spec';

/** A usage error, reported as one line and exit code 2. */
export function usageError(message: string, location?: string): ForgeError {
  return new ForgeError('FORGE_USAGE', message, location === undefined ? {} : { location });
}

/** Reads `util.parseArgs` failures as usage errors with a short reason. */
export function asUsageError(cause: unknown): ForgeError {
  if (
    cause instanceof Error &&
    'code' in cause &&
    String(cause.code).startsWith('ERR_PARSE_ARGS')
  ) {
    return usageError(cause.message.replace(/\. To specify a positional.*$/s, ''));
  }
  throw cause;
}

/** Runs a command's argument parser, reading its failures as usage errors. */
export function parseUsage<T>(parse: (args: readonly string[]) => T, args: readonly string[]): T {
  try {
    return parse(args);
  } catch (cause) {
    throw asUsageError(cause);
  }
}
