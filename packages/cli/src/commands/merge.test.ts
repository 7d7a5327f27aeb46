import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../exit-codes.js';
import type { CommandIo } from '../io.js';
import { main } from '../main.js';

function bufferIo(onInterrupt?: CommandIo['onInterrupt']): CommandIo & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: () => {},
    stderr: (t) => err.push(t),
    env: {},
    cwd: process.cwd(),
    ...(onInterrupt ? { onInterrupt } : {}),
  };
}

/** Two shards of a small run (4 episodes each) in a fresh folder. */
async function twoShards(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'forge-merge-'));
  const args = ['--n', '6', '--eval', '2', '--workers', '0', '--no-progress', '--out', dir];
  expect(await main(['generate', ...args, '--shard', '0/2'], bufferIo())).toBe(0);
  expect(await main(['generate', ...args, '--shard', '1/2'], bufferIo())).toBe(0);
  return dir;
}

/** Runs merge into a fresh folder and expects one line on stderr and exit 2. */
async function refused(dir: string): Promise<string> {
  const io = bufferIo();
  expect(await main(['merge', dir, '--out', join(dir, 'merged'), '--no-progress'], io)).toBe(
    exitCodes.usage,
  );
  const text = io.err.join('');
  expect(text.trim().split('\n')).toHaveLength(1);
  return text;
}

describe('forge merge', () => {
  it('says whether DIR is missing or a file, not only that it cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-merge-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'mine');
    // Before: "cannot read the folder" for both.
    expect(await refused(join(dir, 'typo'))).toMatch(
      /^forge merge: FORGE_IO: .*typo: no such folder: forge merge DIR takes the --out/,
    );
    expect(await refused(file)).toMatch(/^forge merge: FORGE_IO: .*notes\.txt: not a folder: /);
  });

  it('on Ctrl-C or SIGTERM removes its temporary files and exits 130, like generate', async () => {
    const dir = await twoShards();
    const out = join(dir, 'merged');
    // The signal arrives as soon as the merge listens for it, before any line is merged.
    const io = bufferIo((handler) => {
      setImmediate(handler);
      return () => {};
    });
    expect(await main(['merge', dir, '--out', out], io)).toBe(exitCodes.interrupted);
    expect(io.err.join('')).toMatch(/^forge merge: interrupted/);
    // Nothing under a final name, and the folder the merge made is gone again.
    expect(existsSync(out)).toBe(false);
  });

  // A copied folder has the right episode count for its own shard.json, so
  // only the shard it names and the seeds it holds tell it apart: merged,
  // one shard's episodes came twice (as near-duplicate rejects) and the
  // other's never, under a manifest claiming the whole seed range.
  it('names the episodes a shard wrote, one in the singular', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-merge-'));
    const out: string[] = [];
    const io = { ...bufferIo(), stdout: (t: string) => out.push(t) };
    const args = ['generate', '--n', '2', '--eval', '0', '--workers', '0', '--no-progress'];
    expect(await main([...args, '--out', dir, '--shard', '0/2'], io)).toBe(0);
    expect(out.join('')).toMatch(/^shard 0\/2: 1 episode in /);
  });

  it('refuses an --out inside a shard folder, before writing anything', async () => {
    const dir = await twoShards();
    for (const out of ['shard-0-of-2', join('shard-1-of-2', 'merged')]) {
      const io = bufferIo();
      const args = ['merge', dir, '--out', join(dir, out), '--no-progress'];
      expect(await main(args, io)).toBe(exitCodes.usage);
      expect(io.err.join('')).toMatch(
        /^forge merge: FORGE_USAGE: --out .* is inside the shard folder shard-/,
      );
      expect(existsSync(join(dir, out, 'manifest.json'))).toBe(false);
    }
    // Beside the shards is fine.
    expect(await main(['merge', dir, '--no-progress'], bufferIo())).toBe(0);
  });

  it('refuses a shard folder that holds another shard (a copy)', async () => {
    const dir = await twoShards();
    rmSync(join(dir, 'shard-1-of-2'), { recursive: true });
    cpSync(join(dir, 'shard-0-of-2'), join(dir, 'shard-1-of-2'), { recursive: true });
    expect(await refused(dir)).toMatch(/shard-1-of-2.*holds shard 0\/2/);
  });

  it('refuses shards whose episode files were swapped', async () => {
    const dir = await twoShards();
    const file = (i: number) => join(dir, `shard-${i}-of-2`, 'episodes.jsonl');
    renameSync(file(0), join(dir, 'swap'));
    renameSync(file(1), file(0));
    renameSync(join(dir, 'swap'), file(1));
    expect(await refused(dir)).toMatch(/episodes\.jsonl:1: .*seed/);
  });

  it('names a shard whose episodes.jsonl is missing, in one line', async () => {
    const dir = await twoShards();
    rmSync(join(dir, 'shard-1-of-2', 'episodes.jsonl'));
    expect(await refused(dir)).toMatch(/shard-1-of-2\/episodes\.jsonl: cannot read/);
  });

  it('lists a few missing shards of a wide run, in one short line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-merge-'));
    for (const i of [0, 1, 5]) mkdirSync(join(dir, `shard-${i}-of-5000`));
    const text = await refused(dir);
    expect(text).toMatch(/missing 2, 3, 4, 6, 7, .*4997 in all/);
    expect(text.length).toBeLessThan(300);
    // A count no run can have is refused without counting to it.
    const huge = mkdtempSync(join(tmpdir(), 'forge-merge-'));
    mkdirSync(join(huge, 'shard-0-of-1000000000000'));
    expect(await refused(huge)).toMatch(/missing 1, 2, .*999999999999 in all/);
  });

  it('says when shard folders of two runs split different ways sit side by side', async () => {
    const dir = await twoShards();
    mkdirSync(join(dir, 'shard-0-of-3'));
    expect(await refused(dir)).toMatch(/split 2 and 3 ways/);
  });

  it('refuses a second folder for one shard and a shard past the count', async () => {
    const dir = await twoShards();
    cpSync(join(dir, 'shard-1-of-2'), join(dir, 'shard-01-of-2'), { recursive: true });
    expect(await refused(dir)).toMatch(/two folders hold shard 1 of 2/);
    rmSync(join(dir, 'shard-01-of-2'), { recursive: true });
    mkdirSync(join(dir, 'shard-2-of-2'));
    expect(await refused(dir)).toMatch(/shard-2-of-2 is not one of 2 shards/);
  });

  it('reports progress on stderr in plain lines off a terminal, and none with --no-progress', async () => {
    const dir = await twoShards();
    const io = bufferIo();
    expect(await main(['merge', dir, '--out', join(dir, 'merged')], io)).toBe(0);
    const lines = io.err.join('').trim().split('\n');
    // 8 episodes: a line at each tenth, then how long the whole took.
    expect(lines.some((l) => /^merge: +\d+% \d\/8 .* eta /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^merge: 8 in \d/);
    const quiet = bufferIo();
    expect(await main(['merge', dir, '--out', join(dir, 'quiet'), '--no-progress'], quiet)).toBe(0);
    expect(quiet.err.join('')).toBe('');
  });

  it('closes with the summary line generate prints for the same dataset', async () => {
    const dir = await twoShards();
    const said = async (args: string[]) => {
      const out: string[] = [];
      const io = { ...bufferIo(), stdout: (t: string) => out.push(t) };
      expect(await main(args, io)).toBe(0);
      return out.join('');
    };
    const whole = join(dir, 'whole');
    const generated = await said([
      'generate',
      '--n',
      '6',
      '--eval',
      '2',
      '--workers',
      '0',
      '--no-progress',
      '--out',
      whole,
    ]);
    const merged = await said(['merge', dir, '--out', join(dir, 'merged')]);
    expect(generated).toMatch(/near-duplicates \d+\); tools \d+\/67\n$/);
    expect(merged).toBe(generated.replace(whole, join(dir, 'merged')));
  });

  it('a shard made with --template names the merge command that takes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-merge-'));
    const template = join(dir, 'chat.jinja');
    writeFileSync(template, '{{ messages | length }}');
    const out: string[] = [];
    const io = { ...bufferIo(), stdout: (t: string) => out.push(t) };
    const args = ['--n', '2', '--eval', '0', '--workers', '0', '--no-progress', '--out', dir];
    expect(await main(['generate', ...args, '--template', template, '--shard', '0/2'], io)).toBe(0);
    // The printed command is the one merge accepts: without the template it refuses.
    expect(out.join('')).toContain(`forge merge ${dir} --template ${template}'`);
  });
});
