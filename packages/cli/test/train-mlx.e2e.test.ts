import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, runForge } from './built-bin.js';

const run = runForge;
const jsonl = readJsonl;

/** The real path: a `forge generate` output prepared for mlx-lm by the built binary. */
describe('forge generate -> forge train mlx --dry-run (built binary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'forge-gen-train-'));
  const generated = run(
    ['generate', '--n', '30', '--eval', '4', '--seed', '11', '--out', 'gen', '--no-progress'],
    dir,
  );
  const canonical = jsonl(join(dir, 'gen', 'train.jsonl'));
  const turns = canonical.reduce(
    (n, r: { messages: { role: string }[] }) =>
      n + r.messages.filter((m) => m.role === 'assistant').length,
    0,
  );

  it('generates a dataset to train on', () => {
    expect(generated.status).toBe(0);
    expect(canonical.length).toBeGreaterThan(0);
  });

  it('prepares one tools example per assistant turn for a Qwen model', () => {
    const model = 'mlx-community/Qwen2.5-3B-Instruct-4bit';
    const prepared = run(
      [
        'train',
        'mlx',
        '--data',
        'gen',
        '--model',
        model,
        '--out',
        'run',
        '--dry-run',
        '--max-seq-length',
        '32768',
      ],
      dir,
    );
    expect(prepared.stderr).toBe('');
    expect(prepared.status).toBe(0);
    expect(prepared.stdout).toContain(`train ${canonical.length} records -> ${turns} examples`);
    const examples = jsonl(join(dir, 'run', 'data', 'train.jsonl'));
    expect(examples).toHaveLength(turns);
    for (const example of examples) {
      expect(example.messages.at(-1).role).toBe('assistant');
      expect(example.tools.length).toBeGreaterThan(0);
      // mlx-lm hands messages to the chat template unchanged, and Hugging Face
      // templates serialise the arguments themselves: they must be objects.
      for (const m of example.messages)
        for (const call of m.tool_calls ?? [])
          expect(typeof call.function.arguments).toBe('object');
    }
    const config = JSON.parse(readFileSync(join(dir, 'run', 'forge-train.json'), 'utf8'));
    expect(config.dataset).toBe(join(dir, 'gen'));
    expect(config.data.messages).toBe('tools');
    expect(readFileSync(join(dir, 'run', 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'gen', 'manifest.json'), 'utf8'),
    );
  });

  it('prepares alternating user/assistant Gemma text for a Gemma model', () => {
    const prepared = run(
      [
        'train',
        'mlx',
        '--data',
        'gen',
        '--model',
        'google/gemma-3-4b-it',
        '--out',
        'gemma',
        '--dry-run',
        '--max-seq-length',
        '32768',
      ],
      dir,
    );
    expect(prepared.status).toBe(0);
    const examples = jsonl(join(dir, 'gemma', 'data', 'train.jsonl'));
    expect(examples).toHaveLength(turns);
    for (const example of examples) {
      expect(example.tools).toBeUndefined();
      const roles: string[] = example.messages.map((m: { role: string }) => m.role);
      expect(roles).toEqual(roles.map((_, i) => (i % 2 === 0 ? 'user' : 'assistant')));
    }
  });

  it('refuses, exit 2 and no data, when real examples exceed the sequence limit', () => {
    const refused = run(
      [
        'train',
        'mlx',
        '--data',
        'gen',
        '--model',
        'm',
        '--out',
        'short',
        '--dry-run',
        '--max-seq-length',
        '512',
      ],
      dir,
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/examples exceed max_seq_length 512 .*--skip-long/);
    expect(() => readFileSync(join(dir, 'short', 'data', 'train.jsonl'))).toThrow();
  });
});
