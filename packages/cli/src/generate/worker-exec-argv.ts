/**
 * The Node flags a generate worker starts with: the parent's, less those
 * that only make sense for the main script. A worker inherits
 * `process.execArgv`, and a parent started as `node --input-type=module -e
 * …` (how scripts and benchmarks embed `main()`) would make every worker
 * fail with ERR_INPUT_TYPE_NOT_ALLOWED.
 */
const withValue = new Set(['-e', '--eval', '-p', '--print', '--input-type']);

export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const arg = execArgv[i] as string;
    if (withValue.has(arg)) {
      i += 1; // its value is the next argument
      continue;
    }
    if (arg.startsWith('--input-type=') || arg.startsWith('--eval=') || arg.startsWith('--print='))
      continue;
    kept.push(arg);
  }
  return kept;
}
