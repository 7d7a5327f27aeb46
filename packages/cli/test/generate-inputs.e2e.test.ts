import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentKey } from '@forge/export';
import { defaultCatalog, type TrajectoryRecord } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { readJsonl, runForge } from './built-bin.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'forge-gen-inputs-'));
const base = ['generate', '--n', '40', '--eval', '6', '--seed', '13', '--no-progress'];
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).length;

/** Every file under a folder with its bytes, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (name.isFile()) {
      const path = join(name.parentPath, name.name);
      out[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  return out;
}

describe('forge generate --catalog', () => {
  const dir = tmp();
  // The built-in toolkit without gesture-pinch, as an MCP tools/list body.
  const removed = 'gesture-pinch';
  const tools = defaultCatalog().tools.filter((t) => t.name !== removed);
  const catalogFile = join(dir, 'tools.json');
  writeFileSync(catalogFile, JSON.stringify({ tools }));
  const out = join(dir, 'custom');
  const result = runForge(
    [...base, '--format', 'openai', '--catalog', catalogFile, '--out', out],
    dir,
  );

  it('plays with the given catalog and says so in the manifest and stats', () => {
    expect(result.stderr).toBe(
      'forge generate: 1 of 28 task families left out, the catalog lacks tools they exercise: pinch-zoom (gesture-pinch)\n',
    );
    expect(result.status).toBe(0);
    const manifest = readJson(join(out, 'manifest.json'));
    expect(manifest.catalog.builtIn).toBe(false);
    expect(manifest.catalog.tools).toBe(tools.length);
    expect(manifest.args.catalog).toBe(manifest.catalog.sha256);
    const stats = readJson(join(out, 'stats.json'));
    expect(stats.tools.catalog).toBe(tools.length);
    expect(stats.tools.calls[removed]).toBeUndefined();
    for (const record of readJsonl(join(out, 'openai', 'train.jsonl')))
      expect(
        record.tools.map((t: { function: { name: string } }) => t.function.name),
      ).not.toContain(removed);
  });

  it('leaves out the family that exercises the missing tool, and loses no episode', () => {
    const stats = readJson(join(out, 'stats.json'));
    // Before, seed 13's pinch-zoom episodes were played and rejected
    // (success.task-failed): their seeds were spent on nothing.
    expect(stats.families['pinch-zoom']).toBeUndefined();
    expect(Object.keys(stats.families).length).toBeGreaterThan(10);
    for (const r of readJsonl(join(out, 'rejects.jsonl'))) {
      expect(r.record?.meta.family).not.toBe('pinch-zoom');
      expect(r.codes).toEqual(['dedup.near-duplicate']);
    }
    expect(stats.records.total + stats.rejected.total).toBe(46);
  });

  it('exits 1 when every episode is rejected, with the commonest reasons, files written', () => {
    const file = join(dir, 'no-list-devices.json');
    const lacking = defaultCatalog().tools.filter((t) => t.name !== 'list-devices');
    writeFileSync(file, JSON.stringify({ tools: lacking }));
    const none = join(dir, 'none');
    const failed = runForge([...base, '--catalog', file, '--out', none], dir);
    expect(failed.status).toBe(1);
    const [notice, warning, ...more] = failed.stderr.trim().split('\n');
    expect(more).toEqual([]);
    expect(notice).toMatch(
      /^forge generate: 4 of 28 task families left out, .*navigate-tap \(list-devices\)/,
    );
    expect(warning).toMatch(
      /^forge generate: every episode was rejected \(.*schema\.unknown-tool ×46.*\); the reasons are in .*rejects\.jsonl$/,
    );
    expect(failed.stdout).toContain('train 0, valid 0, test 0, eval 0, rejected 46');
    expect(readJsonl(join(none, 'rejects.jsonl'))).toHaveLength(46);
    expect(existsSync(join(none, 'manifest.json'))).toBe(true);
  });

  it('merges shards whose every episode was rejected the same way: files written, exit 1', () => {
    // The same catalog as the test above, whose unsharded run (none/) the merge must equal.
    const file = join(dir, 'no-list-devices.json');
    const lacking = defaultCatalog().tools.filter((t) => t.name !== 'list-devices');
    writeFileSync(file, JSON.stringify({ tools: lacking }));
    const sharded = join(dir, 'none-sharded');
    for (const shard of ['0/2', '1/2'])
      expect(
        runForge([...base, '--catalog', file, '--out', sharded, '--shard', shard], dir).status,
      ).toBe(0);
    const merged = join(dir, 'none-merged');
    const merge = runForge(['merge', sharded, '--out', merged, '--no-progress'], dir);
    expect(merge.status).toBe(1);
    expect(merge.stderr).toMatch(
      /^forge merge: every episode was rejected \(.*schema\.unknown-tool ×46.*\); the reasons are in .*rejects\.jsonl\n$/,
    );
    expect(tree(merged)).toEqual(tree(join(dir, 'none')));
  });

  it('exits 2 with one located line for a catalog that serves no task family', () => {
    const file = join(dir, 'screenshot-only.json');
    const only = defaultCatalog().tools.filter((t) => t.name === 'screenshot');
    writeFileSync(file, JSON.stringify({ tools: only }));
    const failed = runForge([...base, '--catalog', file, '--out', join(dir, 'never')], dir);
    expect(failed.status).toBe(2);
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toContain(`${file}: the catalog serves no task family`);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('differs from the built-in catalog in the manifest identity', () => {
    const builtIn = join(dir, 'builtin');
    expect(runForge([...base, '--n', '4', '--eval', '0', '--out', builtIn], dir).status).toBe(0);
    const manifest = readJson(join(builtIn, 'manifest.json'));
    expect(manifest.catalog.builtIn).toBe(true);
    expect(manifest.catalog.tools).toBe(defaultCatalog().tools.length);
    expect(manifest.args.catalog).toBeNull();
    expect(manifest.catalog.sha256).not.toBe(readJson(join(out, 'manifest.json')).catalog.sha256);
  });

  it('gives the same bytes on worker threads, which parse the catalog themselves', () => {
    const threaded = join(dir, 'threaded');
    const args = [...base, '--format', 'openai', '--catalog', catalogFile, '--workers', '2'];
    expect(runForge([...args, '--out', threaded], dir).status).toBe(0);
    expect(tree(threaded)).toEqual(tree(out));
  });

  it('merges shards made with a catalog file into the same bytes, without --catalog', () => {
    const sharded = join(dir, 'sharded');
    for (const shard of ['0/2', '1/2']) {
      const args = [...base, '--format', 'openai', '--catalog', catalogFile, '--out', sharded];
      expect(runForge([...args, '--shard', shard], dir).status).toBe(0);
    }
    const merged = join(dir, 'merged');
    const merge = runForge(['merge', sharded, '--out', merged, '--no-progress'], dir);
    expect(merge.stderr).toBe('');
    expect(tree(merged)).toEqual(tree(out));
  });

  it('exits 2 with one located line for a catalog that is not JSON or not there', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[\n  {"name": "tap",\n');
    for (const [file, expected] of [
      [bad, `${bad}:3:`],
      // Before: "catalog file no such file", "catalog file cannot be read".
      [join(dir, 'missing.json'), 'missing.json: no such file (the tool catalog)\n'],
      [dir, `${dir}: cannot read the tool catalog (EISDIR)\n`],
    ] as const) {
      const failed = runForge([...base, '--catalog', file, '--out', join(dir, 'never')], dir);
      expect(failed.status).toBe(2);
      expect(failed.stderr.trim().split('\n')).toHaveLength(1);
      expect(failed.stderr).toContain(expected);
      // The folder this run made goes again: a failed run leaves no empty dataset folder.
      expect(existsSync(join(dir, 'never'))).toBe(false);
    }
    // A folder that was there before the run stays.
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    expect(runForge([...base, '--catalog', bad, '--out', mine], dir).status).toBe(2);
    expect(readdirSync(mine)).toEqual([]);
  });
});

describe('forge generate and forge merge with a bad --template file', () => {
  const dir = tmp();
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const cases = [
    // Before: no file named ("the chat template does not parse: ...").
    [
      write('broken.jinja', '{% if %}'),
      /FORGE_USAGE: .*broken\.jinja: the chat template does not parse/,
    ],
    [
      write('plain.json', '{"x": 1}'),
      /FORGE_USAGE: .*plain\.json: the tokenizer config has no "chat_template"/,
    ],
    // Before: exit 0, the config's raw text printed as every record's text.
    [write('cut.json', '{bad'), /FORGE_USAGE: .*cut\.json: the tokenizer config is not valid JSON/],
    // Before: exit 0, every record's text the same ('' or the file's text).
    [write('empty.jinja', '\n'), /FORGE_USAGE: .*empty\.jinja: the chat template is empty/],
    [
      write('notes.jinja', '# my notes\n'),
      /FORGE_USAGE: .*notes\.jinja: the chat template never reads `messages`/,
    ],
    [
      write('config.json', JSON.stringify({ chat_template: 'hello' })),
      /FORGE_USAGE: .*config\.json: the chat template never reads `messages`/,
    ],
    [
      join(dir, 'missing.jinja'),
      /FORGE_IO: .*missing\.jinja: cannot read the chat template \(ENOENT\)/,
    ],
  ] as const;

  it.each(cases.map(([file, reason]) => [file.slice(dir.length + 1), file, reason] as const))(
    'refuses %s with one line naming it, exit 2, nothing written',
    (_, file, reason) => {
      const out = join(dir, `out-${file.split('/').pop()}`);
      const result = runForge(
        [...base, '--n', '3', '--eval', '0', '--template', file, '--out', out],
        dir,
      );
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(reason);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('names the file in forge merge too', () => {
    const out = join(dir, 'sharded');
    for (const i of [0, 1])
      expect(
        runForge([...base, '--n', '3', '--eval', '0', '--shard', `${i}/2`, '--out', out], dir)
          .status,
      ).toBe(0);
    const [file, reason] = cases[0];
    const merged = runForge(['merge', out, '--no-progress', '--template', file], dir);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toMatch(reason);
  });
});

describe('forge generate --template with records the template refuses', () => {
  const dir = tmp();
  // Refuses long episodes only: `raise_exception` is not defined, so calling it throws.
  const template = join(dir, 'picky.jinja');
  writeFileSync(
    template,
    "{% if messages | length > 12 %}{{ raise_exception('too long') }}{% endif %}" +
      '{% for m in messages %}<{{ m.role }}>{{ m.content }}\n{% endfor %}',
  );
  const out = join(dir, 'data');
  const result = runForge(
    [...base, '--format', 'openai', '--template', template, '--out', out],
    dir,
  );

  it('rejects those records with the record attached, so every format keeps the same examples', () => {
    expect(result.status).toBe(0);
    const refused = readJsonl(join(out, 'rejects.jsonl')).filter((r: { codes: string[] }) =>
      r.codes.includes('export.render-failed'),
    );
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.record.messages.length).toBeGreaterThan(12);
      expect(r.violations[0].message).toMatch(/^template: /);
    }
    for (const split of ['train', 'valid', 'test']) {
      const canonical = lines(join(out, `${split}.jsonl`));
      for (const format of ['template', 'openai']) {
        const file = join(out, format, `${split}.jsonl`);
        // A split the template emptied is left out of every format folder alike.
        if (canonical === 0) expect(existsSync(file)).toBe(false);
        else expect(lines(file)).toBe(canonical);
      }
    }
  });
});

describe('the manifest disjointness proof', () => {
  const dir = tmp();
  const out = join(dir, 'data');
  const result = runForge([...base, '--out', out], dir);

  it('counts zero shared seeds and zero shared content, and the files agree', () => {
    expect(result.status).toBe(0);
    const manifest = readJson(join(out, 'manifest.json'));
    expect(manifest.disjoint.seedOverlap).toBe(0);
    expect(manifest.disjoint.contentOverlap).toBe(0);
    expect(manifest.versions.node).toBe(process.versions.node);
    const owner = new Map<string, string>();
    for (const split of ['train', 'valid', 'test', 'eval'])
      for (const record of readJsonl(join(out, `${split}.jsonl`)) as TrajectoryRecord[]) {
        const key = contentKey(record);
        expect(owner.get(key), `${record.id} repeats ${owner.get(key)}`).toBeUndefined();
        owner.set(key, record.id);
      }
  });
});

describe('forge generate with eval episodes only', () => {
  const dir = tmp();
  const out = join(dir, 'eval-only');
  const result = runForge(
    [
      'generate',
      '--n',
      '0',
      '--eval',
      '12',
      '--no-progress',
      '--format',
      'mlx,sharegpt',
      '--out',
      out,
    ],
    dir,
  );

  it('writes no format file, since no split a trainer reads has a record', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(lines(join(out, 'eval.jsonl'))).toBeGreaterThan(0);
    // Before: an empty train.jsonl in each format folder, and a
    // dataset_info.json registering it for LLaMA-Factory.
    expect(existsSync(join(out, 'mlx'))).toBe(false);
    expect(existsSync(join(out, 'sharegpt'))).toBe(false);
    const manifest = readJson(join(out, 'manifest.json'));
    const listed = manifest.files.map((f: { path: string }) => f.path);
    expect(listed.filter((p: string) => p.includes('/'))).toEqual([]);
  });
});

describe('forge generate with an empty split', () => {
  const dir = tmp();
  const out = join(dir, 'all-train');
  const result = runForge(
    [...base, '--split', '100/0/0', '--format', 'mlx,sharegpt,openai', '--out', out],
    dir,
  );

  it('leaves empty valid and test files out of the format folders, where trainers cannot load them', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const format of ['mlx', 'sharegpt', 'openai']) {
      expect(readdirSync(join(out, format)).filter((f) => f.endsWith('.jsonl'))).toEqual([
        'train.jsonl',
      ]);
      expect(lines(join(out, format, 'train.jsonl'))).toBeGreaterThan(0);
    }
    const info = readJson(join(out, 'sharegpt', 'dataset_info.json'));
    expect(Object.keys(info)).toEqual(['forge_train']);
    // The canonical splits are always there, empty ones included.
    expect(readFileSync(join(out, 'valid.jsonl'), 'utf8')).toBe('');
    expect(readFileSync(join(out, 'test.jsonl'), 'utf8')).toBe('');
  });

  it('lists exactly the files it wrote in the manifest', () => {
    const manifest = readJson(join(out, 'manifest.json'));
    const listed = manifest.files.map((f: { path: string }) => f.path).sort();
    const written = Object.keys(tree(out))
      .map((p) => p.replace(/^\//, ''))
      .filter((p) => p !== 'manifest.json')
      .sort();
    expect(listed).toEqual(written);
    expect(listed).not.toContain('mlx/valid.jsonl');
  });
});
