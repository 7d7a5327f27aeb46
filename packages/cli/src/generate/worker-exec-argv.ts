/**
 * The Node flags a generate worker starts with. Left alone (`undefined`), a
 * worker inherits the parent's flags, V8 ones such as `--max-old-space-size`
 * included. But a parent started as `node --input-type=module -e …` (how
 * scripts and benchmarks embed `main()`) would make every worker fail with
 * ERR_INPUT_TYPE_NOT_ALLOWED, so then the flags are passed explicitly. An
 * explicit list may not hold V8 or process-wide flags either
 * (ERR_WORKER_INVALID_EXEC_ARGV), and those already apply to every thread,
 * so it keeps only the flags that shape how a thread loads modules and
 * reports warnings.
 */
const mainScript = new Set(['-e', '--eval', '-p', '--print', '--input-type']);

/** Per-thread flags whose value may follow as the next argument. */
const takesValue = new Set([
  '--import',
  '--require',
  '-r',
  '--loader',
  '--experimental-loader',
  '--conditions',
  '-C',
  '--disable-warning',
]);
/** Flags a worker accepts and needs. */
const perThread = new Set([
  ...takesValue,
  '--enable-source-maps',
  '--no-warnings',
  '--no-deprecation',
]);

const nameOf = (arg: string): string => arg.split('=', 1)[0] as string;

export function workerExecArgv(execArgv: readonly string[]): string[] | undefined {
  if (!execArgv.some((arg) => mainScript.has(nameOf(arg)))) return undefined;
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const arg = execArgv[i] as string;
    const name = nameOf(arg);
    const valueFollows = !arg.includes('=') && (takesValue.has(name) || mainScript.has(name));
    const keep = perThread.has(name) || name.startsWith('--experimental-');
    if (keep) kept.push(arg);
    if (valueFollows && i + 1 < execArgv.length) {
      i += 1; // its value is the next argument
      if (keep) kept.push(execArgv[i] as string);
    }
  }
  return kept;
}
