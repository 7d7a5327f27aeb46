import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prepareMlxRun } from '../src/prepare.js';
import { fixtureAssistantTurns, writeGeneratedDataset } from './fixtures/generated-dataset.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'forge-train-mlx-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const lines = async (path: string) => (await readFile(path, 'utf8')).trim().split('\n');

describe('prepareMlxRun', () => {
  it('writes the run directory: data, lora.yaml, forge-train.json, manifest, commands', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'));
    const out = join(root, 'run');
    const plan = await prepareMlxRun({
      dataDir: data,
      model: 'mlx-community/Qwen2.5-3B-Instruct-4bit',
      outDir: out,
      options: { iters: '200', loraKeys: 'self_attn.q_proj,self_attn.v_proj', seed: 7 },
    });
    expect(plan.success).toBe(true);
    expect((await readdir(out)).sort()).toEqual([
      'commands.txt',
      'data',
      'forge-train.json',
      'lora.yaml',
      'manifest.json',
    ]);
    expect((await readdir(join(out, 'data'))).sort()).toEqual([
      'test.jsonl',
      'train.jsonl',
      'valid.jsonl',
    ]);
    const commands = await readFile(join(out, 'commands.txt'), 'utf8');
    expect(commands).toContain('python3 -m mlx_lm lora -c lora.yaml\n');
    // The base is 4-bit: the fuse line dequantizes, as `forge train mlx fuse` does.
    expect(commands).toMatch(
      /python3 -m mlx_lm fuse --model mlx-community\/Qwen2\.5-3B-Instruct-4bit .*--dequantize\n/,
    );
    expect(commands).toContain('python3 -m mlx_lm server --model');
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(
      await readFile(join(data, 'manifest.json'), 'utf8'),
    );
  });

  it('writes a lora.yaml that parses back to mlx-lm keys and the chosen values', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'));
    const out = join(root, 'run');
    await prepareMlxRun({
      dataDir: data,
      model: 'some/model',
      outDir: out,
      options: { iters: '200', learningRate: '3e-5', loraRank: '8', loraKeys: 'a.b, c.d' },
    });
    // A base not known to be quantized is fused as it is.
    const commands = await readFile(join(out, 'commands.txt'), 'utf8');
    expect(commands).toContain('python3 -m mlx_lm fuse --model some/model');
    expect(commands).not.toContain('--dequantize');
    const config = parse(await readFile(join(out, 'lora.yaml'), 'utf8'));
    expect(config).toEqual({
      model: 'some/model',
      train: true,
      data: 'data',
      fine_tune_type: 'lora',
      seed: 0,
      num_layers: 16,
      batch_size: 1,
      iters: 200,
      val_batches: 25,
      learning_rate: 3e-5,
      steps_per_report: 10,
      steps_per_eval: 100,
      save_every: 100,
      adapter_path: 'adapters',
      max_seq_length: 8192,
      grad_checkpoint: true,
      mask_prompt: true,
      lora_parameters: { keys: ['a.b', 'c.d'], rank: 8, scale: 10, dropout: 0.05 },
      lr_schedule: {
        name: 'cosine_decay',
        warmup: 20,
        warmup_init: 0,
        arguments: [3e-5, 180, 3e-6],
      },
    });
  });

  it('records every option with its source in forge-train.json', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'));
    const out = join(root, 'run');
    await prepareMlxRun({ dataDir: data, model: 'm', outDir: out, options: { batchSize: '1' } });
    const config = JSON.parse(await readFile(join(out, 'forge-train.json'), 'utf8'));
    expect(config.options.batchSize).toEqual({ value: 1, source: 'flag' });
    expect(config.options.iters).toEqual({ value: 1000, source: 'default' });
    expect(Object.keys(config.options)).toHaveLength(20);
    expect(config.data.messages).toBe('tools');
  });

  it('expands each record into one example per assistant turn when masking the prompt', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { train: 3, valid: 2, test: 1 });
    const out = join(root, 'run');
    const plan = await prepareMlxRun({ dataDir: data, model: 'm', outDir: out, options: {} });
    const train = await lines(join(out, 'data', 'train.jsonl'));
    expect(train).toHaveLength(3 * fixtureAssistantTurns);
    const last = JSON.parse(train[fixtureAssistantTurns - 1] ?? '');
    expect(last.messages.at(-1)).toEqual({
      role: 'assistant',
      content: 'Done: Wi-Fi settings are open.',
    });
    expect(last.tools).toHaveLength(4);
    const first = JSON.parse(train[0] ?? '');
    expect(first.messages.map((m: { role: string }) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
    ]);
    expect(plan.success && plan.value.splits[0]?.assistantTurns).toBe(3 * fixtureAssistantTurns);
  });

  it('writes Gemma text conversations for a Gemma model: user/assistant turns, no tools list', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { train: 2, valid: 1, test: 1 });
    const out = join(root, 'run');
    const plan = await prepareMlxRun({
      dataDir: data,
      model: 'mlx-community/gemma-3-4b-it-4bit',
      outDir: out,
      options: {},
    });
    expect(plan.success && plan.value.dataFormat).toBe('gemma');
    const train = (await lines(join(out, 'data', 'train.jsonl'))).map((l) => JSON.parse(l));
    // Merging tool results into user turns keeps one example per assistant turn.
    expect(train).toHaveLength(2 * fixtureAssistantTurns);
    for (const example of train) {
      expect(example.tools).toBeUndefined();
      const roles: string[] = example.messages.map((m: { role: string }) => m.role);
      expect(roles.at(-1)).toBe('assistant');
      expect(roles).toEqual(roles.map((_, i) => (i % 2 === 0 ? 'user' : 'assistant')));
      for (const m of example.messages) expect(typeof m.content).toBe('string');
    }
    const whole = train[fixtureAssistantTurns - 1];
    expect(whole.messages[0].content).toContain('# Tools');
    expect(whole.messages[1].content).toContain('```tool_call');
    expect(
      whole.messages.some((m: { content: string }) => m.content.includes('<tool_response>')),
    ).toBe(true);
    const config = JSON.parse(await readFile(join(out, 'forge-train.json'), 'utf8'));
    expect(config.data.messages).toBe('gemma');
    expect(config.options.dataFormat).toEqual({ value: 'auto', source: 'default' });
  });

  it('follows --data-format over the model name, and rejects an unknown one', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { train: 2 });
    const forced = await prepareMlxRun({
      dataDir: data,
      model: 'mlx-community/gemma-3-4b-it-4bit',
      outDir: join(root, 'tools-run'),
      options: { dataFormat: 'tools', maskPrompt: false },
    });
    expect(forced.success && forced.value.dataFormat).toBe('tools');
    const [line] = await lines(join(root, 'tools-run', 'data', 'train.jsonl'));
    expect(JSON.parse(line ?? '').tools).toHaveLength(4);
    const gemma = await prepareMlxRun({
      dataDir: data,
      model: 'Qwen/Qwen2.5-3B-Instruct',
      outDir: join(root, 'gemma-run'),
      options: { dataFormat: 'gemma', maskPrompt: false },
    });
    expect(gemma.success && gemma.value.dataFormat).toBe('gemma');
    const bad = await prepareMlxRun({
      dataDir: data,
      model: 'm',
      outDir: join(root, 'bad'),
      options: { dataFormat: 'chatml' },
    });
    expect(!bad.success && bad.error.message).toBe(
      '--data-format must be one of auto, tools, gemma',
    );
  });

  it('writes one example per record with --no-mask-prompt', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { train: 3 });
    const out = join(root, 'run');
    await prepareMlxRun({ dataDir: data, model: 'm', outDir: out, options: { maskPrompt: false } });
    expect(await lines(join(out, 'data', 'train.jsonl'))).toHaveLength(3);
  });

  it('refuses examples that would be truncated, writing no data', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { longRecords: [1] });
    const out = join(root, 'run');
    const plan = await prepareMlxRun({ dataDir: data, model: 'm', outDir: out, options: {} });
    expect(plan.success).toBe(false);
    if (plan.success) return;
    expect(plan.error.code).toBe('FORGE_USAGE');
    // Record 1 has a long describe result: the 2 examples after it (tap, answer) are too long.
    expect(plan.error.message).toMatch(/^2 of 35 examples exceed max_seq_length 8192/);
    expect(plan.error.message).toContain('navigate-tap/ios/0000001');
    expect(plan.error.message).toContain('--allow-truncation');
    expect(await readdir(join(out, 'data'))).toEqual([]);
  });

  it('trains on with --allow-truncation and says so in a warning', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { longRecords: [1] });
    const out = join(root, 'run');
    const plan = await prepareMlxRun({
      dataDir: data,
      model: 'm',
      outDir: out,
      options: { allowTruncation: true },
    });
    expect(plan.success).toBe(true);
    expect(plan.success && plan.value.warnings.join()).toMatch(/2 of 35 examples exceed/);
  });

  it('leaves over-long examples out with --skip-long and counts them', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { longRecords: [1] });
    const out = join(root, 'run');
    const plan = await prepareMlxRun({
      dataDir: data,
      model: 'm',
      outDir: out,
      options: { skipLong: true },
    });
    expect(plan.success).toBe(true);
    if (!plan.success) return;
    const skipped = plan.value.splits.reduce((n, s) => n + s.skipped, 0);
    const written = plan.value.splits.reduce((n, s) => n + s.examples, 0);
    expect(skipped).toBe(2);
    expect(written).toBe(33);
    expect(plan.value.warnings.join()).toMatch(
      /2 examples longer than max_seq_length 8192 were left out/,
    );
    const files = await Promise.all(
      plan.value.splits.map((s) => lines(join(out, 'data', `${s.split}.jsonl`))),
    );
    expect(files.reduce((n, f) => n + f.length, 0)).toBe(33);
  });

  it('passes long examples when --max-seq-length is raised', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { longRecords: [1] });
    const plan = await prepareMlxRun({
      dataDir: data,
      model: 'm',
      outDir: join(root, 'run'),
      options: { maxSeqLength: '32768' },
    });
    expect(plan.success).toBe(true);
  });

  it('refuses a train split smaller than the batch size', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { train: 1 });
    const plan = await prepareMlxRun({
      dataDir: data,
      model: 'm',
      outDir: join(root, 'run'),
      options: { maskPrompt: false, batchSize: 2 },
    });
    expect(!plan.success && plan.error.message).toBe(
      'train has 1 examples but --batch-size is 2; generate more data or lower --batch-size',
    );
  });

  it('leaves out an empty test split (mlx-lm cannot read an empty file)', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'), { test: 0 });
    const out = join(root, 'run');
    expect(
      (await prepareMlxRun({ dataDir: data, model: 'm', outDir: out, options: {} })).success,
    ).toBe(true);
    expect((await readdir(join(out, 'data'))).sort()).toEqual(['train.jsonl', 'valid.jsonl']);
  });

  it('names the line of a bad record', async () => {
    const data = await writeGeneratedDataset(join(root, 'data'));
    await import('node:fs/promises').then((fs) =>
      fs.appendFile(join(data, 'train.jsonl'), '{"schema":1}\n'),
    );
    const plan = await prepareMlxRun({
      dataDir: data,
      model: 'm',
      outDir: join(root, 'run'),
      options: {},
    });
    expect(!plan.success && plan.error.location).toBe(`${join(data, 'train.jsonl')}:5`);
  });

  it('refuses a directory without train.jsonl and unknown or bad options', async () => {
    const missing = await prepareMlxRun({
      dataDir: root,
      model: 'm',
      outDir: join(root, 'run'),
      options: {},
    });
    expect(!missing.success && missing.error.message).toMatch(/no train\.jsonl/);
    const data = await writeGeneratedDataset(join(root, 'data'));
    const bad = await prepareMlxRun({
      dataDir: data,
      model: 'm',
      outDir: join(root, 'r'),
      options: { iters: '0' },
    });
    expect(!bad.success && bad.error.message).toBe('--iters must be a whole number > 0');
  });
});
