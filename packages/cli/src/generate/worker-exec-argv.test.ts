import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './worker-exec-argv.js';

describe('workerExecArgv', () => {
  it('drops the main script flags and keeps the rest in order', () => {
    expect(
      workerExecArgv([
        '--enable-source-maps',
        '--input-type=module',
        '-e',
        'await main()',
        '--max-old-space-size=512',
        '--input-type',
        'commonjs',
        '--print',
        '1',
        '--eval=x',
      ]),
    ).toEqual(['--enable-source-maps', '--max-old-space-size=512']);
  });

  it('leaves plain flags alone', () => {
    expect(workerExecArgv(['--conditions=dev', '--no-warnings'])).toEqual([
      '--conditions=dev',
      '--no-warnings',
    ]);
  });
});
