import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TrajectoryRecord, toolsRun } from '@forge/spec';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const tmp = () => mkdtempSync(join(tmpdir(), 'forge-gen-'));

/** Every file under a folder with its sha256, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const common = [
  '--n',
  '60',
  '--eval',
  '12',
  '--seed',
  '3',
  '--format',
  'openai,sharegpt,mlx,trl,hermes,gemma',
  '--dpo',
  '--no-progress',
];

describe('forge generate (built binary)', () => {
  const out = join(tmp(), 'data');
  const first = run(['generate', ...common, '--out', out]);

  it('writes the canonical splits, rejects, stats, samples, manifest and every format', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    for (const f of [
      'train.jsonl',
      'valid.jsonl',
      'test.jsonl',
      'eval.jsonl',
      'rejects.jsonl',
      'stats.json',
      'samples.md',
      'manifest.json',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    for (const format of ['openai', 'sharegpt', 'mlx', 'trl', 'hermes', 'gemma']) {
      expect(existsSync(join(out, format, 'train.jsonl')), format).toBe(true);
    }
    expect(existsSync(join(out, 'sharegpt', 'dataset_info.json'))).toBe(true);
    const pairs = readFileSync(join(out, 'trl', 'preference', 'train.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(pairs[0] ?? '{}').rejected).toBeDefined();
    expect(readdirSync(out).filter((f) => f.startsWith('.forge-tmp'))).toEqual([]);
  });

  it('has a manifest whose digests match the files and whose splits are disjoint', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.disjoint.seedRanges).toBe(true);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path));
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
      expect(bytes.length).toBe(file.bytes);
    }
    const train = readFileSync(join(out, 'train.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const evalSet = readFileSync(join(out, 'eval.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const stats = JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8'));
    expect(
      train.length +
        stats.records.valid +
        stats.records.test +
        stats.rejected.total -
        stats.records.eval,
    ).toBeGreaterThan(0);
    const trainSeeds = new Set(train.map((r: { seed: number }) => r.seed));
    expect(evalSet.some((r: { seed: number }) => trainSeeds.has(r.seed))).toBe(false);
    expect(
      stats.records.train +
        stats.records.valid +
        stats.records.test +
        stats.records.eval +
        stats.rejected.total,
    ).toBe(72);
  });

  it('writes records that forge validate accepts', () => {
    const result = run(['validate', join(out, 'train.jsonl')]);
    expect(result.stdout).toContain('0 invalid');
    expect(result.status).toBe(0);
  });

  it('offers the used tools plus 3 under --lean, and its manifest records no --offered count', () => {
    const lean = join(tmp(), 'lean');
    const args = ['generate', '--n', '30', '--eval', '0', '--lean', '--no-progress'];
    expect(run([...args, '--out', lean]).status).toBe(0);
    const records = readFileSync(join(lean, 'train.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as TrajectoryRecord);
    expect(records.length).toBeGreaterThan(20);
    for (const record of records) {
      // Used: every tool a call ran, a run-sequence's steps included (toolsRun).
      const calls = record.messages.flatMap((m) =>
        m.role === 'assistant' ? (m.toolCalls ?? []) : [],
      );
      const used = new Set(calls.flatMap((call) => toolsRun(call)));
      const offered = record.tools.map((t) => t.name);
      expect(offered).toEqual(expect.arrayContaining([...used]));
      expect(offered).toHaveLength(used.size + 3);
    }
    // The default run offers 12 per record: 12 next to lean: true would describe other records.
    const manifest = JSON.parse(readFileSync(join(lean, 'manifest.json'), 'utf8'));
    expect(manifest.args).toMatchObject({ lean: true, offered: null });
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).args).toMatchObject({
      lean: false,
      offered: 12,
    });
  });

  it('gives byte-identical output for any worker count', () => {
    // `out` was made with the default one worker thread; 0 plays on the main thread.
    for (const workers of ['2', '0']) {
      const other = join(tmp(), `data-${workers}`);
      expect(run(['generate', ...common, '--out', other, '--workers', workers]).status).toBe(0);
      expect(tree(other)).toEqual(tree(out));
    }
  });

  it('writes every offered tool into every mlx --per-turn line on a worker without running out of heap', () => {
    // Each per-turn line repeats all 67 tools; a whole job of such lines held
    // as strings ran a worker out of its capped heap (ERR_WORKER_OUT_OF_MEMORY)
    // once more than one job had gone by.
    const heavy = ['--n', '150', '--eval', '0', '--format', 'mlx', '--per-turn', '--offered', '67'];
    const [threaded, inline] = ['1', '0'].map((workers) => {
      const dir = join(tmp(), `per-turn-${workers}`);
      const result = run([
        'generate',
        ...heavy,
        '--no-progress',
        '--workers',
        workers,
        '--out',
        dir,
      ]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return dir;
    });
    const records = readFileSync(join(threaded as string, 'train.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { messages: { role: string }[] });
    const turns = records.flatMap((r) => r.messages.filter((m) => m.role === 'assistant')).length;
    const lines = readFileSync(join(threaded as string, 'mlx/train.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(turns);
    expect((JSON.parse(lines[0] as string) as { tools: unknown[] }).tools).toHaveLength(67);
    expect(tree(threaded as string)).toEqual(tree(inline as string));
  });

  /** Runs node with these arguments; it must succeed quietly and write `out`'s bytes to `dir`. */
  function expectSameOutput(nodeArgs: string[], dir: string): void {
    const result = spawnSync(process.execPath, nodeArgs, { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(tree(dir)).toEqual(tree(out));
  }

  it('gives the same bytes when main() is embedded in a `node --input-type=module -e` script', () => {
    // Workers inherit the parent's flags; --input-type and -e must not reach
    // them, and neither may V8 flags once the list is explicit.
    const other = join(tmp(), 'embedded');
    const index = fileURLToPath(new URL('../dist/index.js', import.meta.url));
    const script = `const { main } = await import(${JSON.stringify(index)});
      process.exitCode = await main(${JSON.stringify(['generate', ...common, '--out', other])},
        { stdout: () => {}, stderr: (t) => process.stderr.write(t), env: {}, cwd: process.cwd() });`;
    expectSameOutput(['--max-old-space-size=512', '--input-type=module', '-e', script], other);
  });

  it('runs its workers under the V8 flags node was started with', () => {
    const other = join(tmp(), 'v8-flags');
    expectSameOutput(
      ['--max-semi-space-size=8', '--stack-size=2000', bin, 'generate', ...common, '--out', other],
      other,
    );
  });

  it('gives byte-identical output when sharded and merged', () => {
    const dir = join(tmp(), 'sharded');
    expect(run(['generate', ...common, '--out', dir, '--shard', '0/3']).status).toBe(0);
    expect(
      run(['generate', ...common, '--out', dir, '--shard', '/3'], { JOB_COMPLETION_INDEX: '1' })
        .status,
    ).toBe(0);
    expect(run(['generate', ...common, '--out', dir, '--shard', '2/3']).status).toBe(0);
    const merged = join(tmp(), 'merged');
    const result = run(['merge', dir, '--out', merged, '--no-progress']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(tree(merged)).toEqual(tree(out));

    // Shards changed since they were made are refused with one line, never merged.
    const episodes = join(dir, 'shard-1-of-3', 'episodes.jsonl');
    const lines = readFileSync(episodes, 'utf8').split('\n');
    const refused = (text: string, expected: RegExp) => {
      writeFileSync(episodes, text);
      const r = run(['merge', dir, '--out', join(tmp(), 'refused'), '--no-progress']);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(expected);
    };
    const cut = lines.length - 2; // the last line (the text ends with a newline)
    refused(
      [...lines.slice(0, cut), (lines[cut] as string).slice(0, 40)].join('\n'),
      new RegExp(`episodes\\.jsonl:${cut + 1}: not valid JSON`),
    );
    refused([...lines.slice(0, cut), ''].join('\n'), /holds \d+ episodes but its shard.json says/);
    refused([...lines.slice(0, -1), lines[0], ''].join('\n'), /but its shard.json says/);
    writeFileSync(episodes, lines.join('\n'));
    const template = join(tmp(), 'chat.jinja');
    writeFileSync(template, '{{ messages | length }}');
    const withTemplate = run([
      'merge',
      dir,
      '--out',
      join(tmp(), 'refused'),
      '--template',
      template,
    ]);
    expect(withTemplate.status).toBe(2);
    expect(withTemplate.stderr).toMatch(/made without --template/);
  });

  it('merges shards made with --template only with that same template file', () => {
    const template = join(tmp(), 'chat.jinja');
    writeFileSync(template, '{% for m in messages %}<{{ m.role }}>{{ m.content }}\n{% endfor %}');
    const args = ['generate', '--n', '12', '--eval', '2', '--no-progress', '--template', template];
    const whole = join(tmp(), 'template-whole');
    expect(run([...args, '--out', whole]).status).toBe(0);
    const dir = join(tmp(), 'template-shards');
    for (const shard of ['0/2', '1/2'])
      expect(run([...args, '--out', dir, '--shard', shard]).status).toBe(0);
    const merged = join(tmp(), 'template-merged');
    const same = run(['merge', dir, '--out', merged, '--template', template, '--no-progress']);
    expect(same.stderr).toBe('');
    expect(tree(merged)).toEqual(tree(whole));
    const without = run(['merge', dir, '--out', join(tmp(), 'x')]);
    expect(without.status).toBe(2);
    expect(without.stderr).toMatch(/made with --template/);
    writeFileSync(template, `${readFileSync(template, 'utf8')}edited`);
    const edited = run(['merge', dir, '--out', join(tmp(), 'y'), '--template', template]);
    expect(edited.status).toBe(2);
    expect(edited.stderr).toMatch(/not the one the shards were made with/);
  });

  it("replaces a previous run's files, a dropped format's included, and keeps the user's own", () => {
    const dir = join(tmp(), 'rerun');
    const small = ['generate', '--n', '10', '--eval', '1', '--no-progress', '--out', dir];
    expect(run([...small, '--format', 'openai,mlx,sharegpt']).status).toBe(0);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'sharegpt', 'mine.txt'), 'mine');
    expect(run([...small, '--format', 'openai', '--seed', '4']).status).toBe(0);
    const fresh = join(tmp(), 'fresh');
    expect(
      run([
        'generate',
        '--n',
        '10',
        '--eval',
        '1',
        '--no-progress',
        '--out',
        fresh,
        '--format',
        'openai',
        '--seed',
        '4',
      ]).status,
    ).toBe(0);
    expect(tree(dir)).toEqual({
      ...tree(fresh),
      'notes.txt': createHash('sha256').update('mine').digest('hex'),
      'sharegpt/mine.txt': createHash('sha256').update('mine').digest('hex'),
    });
    expect(existsSync(join(dir, 'mlx'))).toBe(false);
  });

  it("refuses a folder whose manifest.json is another tool's, before deleting what it lists", () => {
    const dir = join(tmp(), 'theirs');
    mkdirSync(dir);
    // Another tool's manifest that lists its own files, as Forge's does.
    const theirs = JSON.stringify({ name: 'site', files: [{ path: 'data.csv' }] });
    writeFileSync(join(dir, 'manifest.json'), theirs);
    writeFileSync(join(dir, 'data.csv'), 'a,b\n');
    const small = ['--n', '3', '--eval', '0', '--no-progress'];
    const before = tree(dir);
    // Before: exit 0, data.csv deleted and manifest.json replaced by Forge's.
    const generated = run(['generate', ...small, '--out', dir]);
    expect(generated.status).toBe(2);
    expect(generated.stderr).toBe(
      `forge generate: FORGE_USAGE: ${join(dir, 'manifest.json')}: declares no "schema": "forge.manifest/1", so it is not a Forge dataset's manifest; Forge would replace it: choose another --out, or remove it\n`,
    );
    expect(tree(dir)).toEqual(before);
    const shards = join(tmp(), 'shards');
    for (const shard of ['0/2', '1/2'])
      expect(run(['generate', ...small, '--shard', shard, '--out', shards]).status).toBe(0);
    const merged = run(['merge', shards, '--no-progress', '--out', dir]);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toMatch(/^forge merge: FORGE_USAGE: .*manifest\.json: declares no/);
    expect(tree(dir)).toEqual(before);
  });

  it.runIf(process.platform === 'linux')(
    'leaves the previous dataset whole and no temporary file when a write fails (a full disk)',
    () => {
      const dir = join(tmp(), 'full');
      const small = ['generate', '--n', '20', '--eval', '2', '--no-progress', '--out', dir];
      expect(run(small).status).toBe(0);
      const before = tree(dir);
      // Every write to /dev/full fails with ENOSPC, as on a full disk.
      symlinkSync('/dev/full', join(dir, '.forge-tmp-train.jsonl'));
      const failed = run([...small, '--seed', '9', '--format', 'openai']);
      expect(failed.status).toBe(2);
      expect(failed.stderr.trim().split('\n')).toHaveLength(1);
      expect(failed.stderr).toMatch(/FORGE_IO: .*train\.jsonl.*ENOSPC|no space/i);
      // Not one file renamed over the old run's, no openai/ file, nothing temporary.
      expect(tree(dir)).toEqual(before);
    },
  );

  it('exits 2 with one line for bad flags and an unwritable --out', () => {
    for (const args of [
      ['--n', 'ten'],
      ['--format', 'csv'],
      ['--split', '1/2'],
      // Before: scaled to thirds and written with exit 0.
      ['--split', '50/50/50'],
      // Before: empty files and exit 0.
      ['--n', '0', '--eval', '0'],
      // Before: canonical files only, exit 0, as if --format were not given.
      ['--format='],
      ['--format', ' , '],
      // Before: all 67 tools offered, '--offered 68' in the manifest, exit 0.
      ['--offered', '68'],
      ['--bogus'],
    ]) {
      const result = run(['generate', ...args, '--out', join(tmp(), 'x')]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    // Before: "FORGE_IO: : --out is not a writable folder (ENOENT)", no name.
    const empty = run(['generate', '--n', '2', '--eval', '0', '--out', '']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe('forge generate: FORGE_USAGE: --out must name a folder, got ""\n');
    const locked = join(tmp(), 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const denied = run(['generate', '--n', '2', '--eval', '0', '--out', join(locked, 'sub')]);
    // root ignores permissions; everyone else must get a clean exit 2.
    if (process.getuid?.() !== 0) expect(denied.status).toBe(2);
    // A folder that cannot exist: Node's recursive mkdir hangs on this, forge must not.
    if (process.platform === 'linux') {
      const proc = run(['generate', '--n', '2', '--eval', '0', '--out', '/proc/forge-x/out']);
      expect(proc.status).toBe(2);
      expect(proc.stderr).toMatch(/^forge generate: FORGE_IO: .*\/proc\/forge-x/);
    }
  });

  it('finishes with its own exit code when the reader of its output has gone (| head, | true)', async () => {
    const dir = join(tmp(), 'piped');
    const child = spawn(
      process.execPath,
      [bin, 'generate', '--n', '5', '--eval', '0', '--out', dir, '--no-progress'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The reader closes before the summary line is written, as `| true` does.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // Before: an EPIPE stack trace on stderr and exit 1, the dataset written.
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  it.each([
    ['Ctrl-C', 'SIGINT'],
    ['SIGTERM (a cancelled Kubernetes or Slurm job)', 'SIGTERM'],
  ] as const)('leaves no file behind, half-written or temporary, on %s', async (_, signal) => {
    const dir = join(tmp(), `interrupted-${signal}`);
    const child = spawn(
      process.execPath,
      [bin, 'generate', '--n', '200000', '--eval', '0', '--out', dir, '--no-progress'],
      { stdio: 'ignore' },
    );
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(existsSync(dir) ? readdirSync(dir, { recursive: true }) : []).toEqual([]);
  });
});
