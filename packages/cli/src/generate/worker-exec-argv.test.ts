import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './worker-exec-argv.js';

/** Starts a throwaway worker with these flags; throws as Node would. */
async function startsWith(execArgv: string[] | undefined): Promise<number> {
  const worker = new Worker('process.exit(0)', { eval: true, execArgv });
  return new Promise((resolve, reject) => {
    worker.once('exit', resolve);
    worker.once('error', reject);
  });
}

describe('workerExecArgv', () => {
  it('inherits the parent flags when none would break a worker', () => {
    expect(workerExecArgv([])).toBeUndefined();
    expect(workerExecArgv(['--max-old-space-size=512', '--conditions=dev'])).toBeUndefined();
  });

  it('drops the main script and V8 flags and keeps module loading ones in order', () => {
    expect(
      workerExecArgv([
        '--enable-source-maps',
        '--input-type=module',
        '-e',
        'await main()',
        '--max-old-space-size=512',
        '--import',
        'tsx',
        '--expose-gc',
        '--input-type',
        'commonjs',
        '--conditions=dev',
        '--print',
        '1',
        '--eval=x',
      ]),
    ).toEqual(['--enable-source-maps', '--import', 'tsx', '--conditions=dev']);
  });

  it('gives lists that Node accepts for a worker', async () => {
    const argv = workerExecArgv([
      '--max-semi-space-size=2',
      '--stack-size=2000',
      '--title=forge',
      '--input-type=module',
      '-e',
      'x',
      '--no-warnings',
    ]);
    expect(argv).toEqual(['--no-warnings']);
    expect(await startsWith(argv)).toBe(0);
    // The unfiltered list is what used to fail.
    expect(() => new Worker('0', { eval: true, execArgv: ['--max-semi-space-size=2'] })).toThrow(
      /invalid execArgv/,
    );
  });
});
