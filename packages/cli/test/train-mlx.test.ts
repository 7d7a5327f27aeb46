import { chmodSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog, type TrajectoryRecord } from '@forge/spec';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { trainMlxCommand, trainMlxHelp } from '../src/commands/train-mlx.js';
import type { CommandIo } from '../src/io.js';

/** The test double for `python -m mlx_lm` that lives with @forge/train-mlx's tests. */
const fake = fileURLToPath(
  new URL('../../train-mlx/test/fixtures/fake-mlx-lm.mjs', import.meta.url),
);
const model = 'mlx-community/Qwen2.5-3B-Instruct-4bit';

function bufferIo(env: Record<string, string> = {}): CommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd: root };
}

function record(
  split: 'train' | 'valid' | 'test',
  index: number,
  observation: string,
): TrajectoryRecord {
  return {
    schema: 'forge.trajectory/1',
    id: `navigate-tap/android/${index}`,
    seed: index,
    split,
    meta: {
      family: 'navigate-tap',
      platform: 'android',
      pack: 'core',
      app: 'settings',
      persona: 'terse',
      difficulty: 'easy',
      injections: [],
      recovered: false,
      success: true,
      toolsUsed: ['list-devices', 'describe'],
      calls: 2,
    },
    tools: defaultCatalog().tools.filter((t) => t.name === 'list-devices' || t.name === 'describe'),
    messages: [
      { role: 'system', content: 'Drive the device with tools.' },
      { role: 'user', content: 'What is on screen?' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'c1', name: 'list-devices', arguments: {} }],
      },
      { role: 'tool', toolCallId: 'c1', name: 'list-devices', content: 'emulator-5554 Pixel 8' },
      {
        role: 'assistant',
        content: 'Looking.',
        toolCalls: [{ id: 'c2', name: 'describe', arguments: { udid: 'emulator-5554' } }],
      },
      { role: 'tool', toolCallId: 'c2', name: 'describe', content: observation },
      { role: 'assistant', content: 'The Settings list.' },
    ],
  };
}

let root: string;
let data: string;
beforeAll(() => chmodSync(fake, 0o755));
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'forge-cli-train-'));
  data = join(root, 'gen');
  await mkdir(data);
  const splits = { train: 3, valid: 2, test: 1 } as const;
  let index = 0;
  for (const [split, n] of Object.entries(splits) as ['train' | 'valid' | 'test', number][]) {
    const lines: string[] = [];
    for (let i = 0; i < n; i += 1, index += 1)
      lines.push(
        JSON.stringify(record(split, index, index === 1 ? 'x'.repeat(60_000) : 'List "Settings"')),
      );
    await writeFile(join(data, `${split}.jsonl`), `${lines.join('\n')}\n`);
  }
  await writeFile(join(data, 'manifest.json'), '{"schema":"forge.manifest/1"}\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const base = () => [
  '--data',
  'gen',
  '--model',
  model,
  '--out',
  'run',
  '--python',
  fake,
  '--allow-truncation',
];

describe('forge train mlx', () => {
  it('--dry-run writes the run directory, prints the plan and does not train', async () => {
    const io = bufferIo();
    expect(await trainMlxCommand([...base(), '--dry-run', '--iters', '50'], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toContain(`run: ${join(root, 'run')}`);
    expect(out).toMatch(/train 3 records -> 9 examples, longest ~\d+ tokens \(limit 8192\)/);
    expect(out).toContain('warning: 1 of 18 examples exceed max_seq_length 8192');
    expect(out).toContain('data: tools messages, one example per assistant turn');
    expect(out).toContain('dry run');
    expect(await readFile(join(root, 'run', 'lora.yaml'), 'utf8')).toContain('iters: 50\n');
  });

  it('refuses truncation by default with a usage error naming the fixes', async () => {
    const args = base().filter((a) => a !== '--allow-truncation');
    await expect(trainMlxCommand([...args, '--dry-run'], bufferIo())).rejects.toMatchObject({
      code: 'FORGE_USAGE',
      message: expect.stringMatching(
        /1 of 18 examples exceed .*--max-seq-length.*--allow-truncation/,
      ),
    });
  });

  it('trains through the child process and writes metrics (exit 0)', async () => {
    const io = bufferIo({ FAKE_MLX_LM_MODE: 'success' });
    expect(await trainMlxCommand(base(), io)).toBe(0);
    expect(io.out.join('')).toContain('training finished');
    expect(io.err.join('')).toContain('iter 20/1000 train loss 1.652');
    const rows = (await readFile(join(root, 'run', 'metrics.jsonl'), 'utf8')).trim().split('\n');
    expect(rows).toHaveLength(4);
  });

  it('exits 1 on a failed run and points at the log', async () => {
    const io = bufferIo({ FAKE_MLX_LM_MODE: 'fail' });
    expect(await trainMlxCommand(base(), io)).toBe(1);
    expect(io.err.join('')).toContain(`see ${join(root, 'run', 'train.log')}`);
  });

  it('exits 2 with install advice when mlx-lm is missing', async () => {
    const io = bufferIo({ FAKE_MLX_LM_MODE: 'missing' });
    expect(await trainMlxCommand(base(), io)).toBe(2);
    expect(io.err.join('')).toContain('pip install mlx-lm');
  });

  it('exits 130 on SIGINT to forge, forwarding it to the child and keeping the log', async () => {
    const io = bufferIo({ FAKE_MLX_LM_MODE: 'hang' });
    const log = join(root, 'run', 'train.log');
    const running = trainMlxCommand(base(), io);
    for (let i = 0; i < 200; i += 1) {
      const text = await readFile(log, 'utf8').catch(() => '');
      if (text.includes('READY')) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    process.kill(process.pid, 'SIGINT');
    expect(await running).toBe(130);
    expect(await readFile(log, 'utf8')).toContain('KeyboardInterrupt');
    expect(io.err.join('')).toContain('interrupted');
  });

  it('fuse runs mlx_lm fuse with the run model and adapters, dequantizing a 4-bit base', async () => {
    await trainMlxCommand([...base(), '--dry-run'], bufferIo());
    const argsFile = join(root, 'args.json');
    const io = bufferIo({ FAKE_MLX_LM_ARGS_FILE: argsFile });
    expect(await trainMlxCommand(['fuse', '--run', 'run'], io)).toBe(0);
    expect(io.err.join('')).toContain(
      'the name "mlx-community/Qwen2.5-3B-Instruct-4bit" says 4-bit',
    );
    const seen = JSON.parse(await readFile(argsFile, 'utf8'));
    expect(seen.args).toEqual([
      '-m',
      'mlx_lm',
      'fuse',
      '--model',
      model,
      '--adapter-path',
      'adapters',
      '--save-path',
      'fused',
      '--dequantize',
    ]);
    expect(io.out.join('')).toContain('next: forge train mlx modelfile');
  });

  it('fuse keeps a quantized base quantized with --no-dequantize, and a plain base plain', async () => {
    await trainMlxCommand([...base(), '--dry-run'], bufferIo());
    const argsFile = join(root, 'args.json');
    const io = bufferIo({ FAKE_MLX_LM_ARGS_FILE: argsFile });
    expect(await trainMlxCommand(['fuse', '--run', 'run', '--no-dequantize'], io)).toBe(0);
    expect(JSON.parse(await readFile(argsFile, 'utf8')).args).not.toContain('--dequantize');
    expect(io.err.join('')).toContain('Ollama cannot import');
    const plain = [...base()];
    plain[3] = 'Qwen/Qwen2.5-3B-Instruct';
    await trainMlxCommand([...plain, '--out', 'plain', '--dry-run'], bufferIo());
    const quiet = bufferIo({ FAKE_MLX_LM_ARGS_FILE: argsFile });
    expect(await trainMlxCommand(['fuse', '--run', 'plain'], quiet)).toBe(0);
    expect(JSON.parse(await readFile(argsFile, 'utf8')).args).not.toContain('--dequantize');
    expect(quiet.err.join('')).not.toContain('quantized');
    await expect(
      trainMlxCommand(['fuse', '--run', 'run', '--dequantize', '--no-dequantize'], bufferIo()),
    ).rejects.toMatchObject({ message: '--dequantize and --no-dequantize conflict' });
  });

  it('modelfile warns when the fused weights are still MLX-quantized', async () => {
    await trainMlxCommand([...base(), '--dry-run'], bufferIo());
    await mkdir(join(root, 'run', 'fused'));
    await writeFile(
      join(root, 'run', 'fused', 'config.json'),
      '{"quantization":{"group_size":64,"bits":4}}',
    );
    const io = bufferIo();
    expect(await trainMlxCommand(['modelfile', '--run', 'run'], io)).toBe(0);
    expect(io.err.join('')).toMatch(
      /quantization entry \(4-bit\); Ollama cannot import.*--dequantize/,
    );
  });

  it('a Gemma run trains on Gemma text and serves and scores in the gemma format', async () => {
    const gemma = [...base()];
    gemma[3] = 'mlx-community/gemma-3-4b-it-4bit';
    const io = bufferIo();
    expect(await trainMlxCommand([...gemma, '--dry-run'], io)).toBe(0);
    expect(io.out.join('')).toContain('data: gemma messages');
    const [first] = (await readFile(join(root, 'run', 'data', 'train.jsonl'), 'utf8')).split('\n');
    const example = JSON.parse(first ?? '');
    expect(example.tools).toBeUndefined();
    expect(example.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    const made = bufferIo();
    expect(await trainMlxCommand(['modelfile', '--run', 'run'], made)).toBe(0);
    expect(made.out.join('')).toContain('(format gemma,');
    expect(made.out.join('')).toContain('--model forge-tuned --format gemma');
  });

  it('modelfile writes a Hermes Modelfile for a Qwen model and the eval command', async () => {
    await trainMlxCommand([...base(), '--dry-run'], bufferIo());
    const io = bufferIo();
    expect(await trainMlxCommand(['modelfile', '--run', 'run', '--num-ctx', '16384'], io)).toBe(0);
    const text = await readFile(join(root, 'run', 'Modelfile'), 'utf8');
    expect(text).toContain('FROM ./fused\n');
    expect(text).toContain('TEMPLATE """{{- range .Messages }}<|im_start|>{{ .Role }}');
    expect(text).toContain('PARAMETER stop "<|im_end|>"');
    expect(text).toContain('PARAMETER num_ctx 16384');
    expect(io.out.join('')).toContain(
      `score:  forge eval --base-url http://127.0.0.1:11434/v1 --model forge-tuned --format hermes --stop '<|im_end|>' --stop '<tool_response>' --data ${data} --out ${join(root, 'run', 'eval')}`,
    );
  });

  it('serve starts mlx_lm server and prints the matching forge eval command', async () => {
    await trainMlxCommand([...base(), '--dry-run'], bufferIo());
    const argsFile = join(root, 'args.json');
    const io = bufferIo({ FAKE_MLX_LM_ARGS_FILE: argsFile });
    expect(await trainMlxCommand(['serve', '--run', 'run', '--port', '9090'], io)).toBe(0);
    expect(io.out.join('')).toContain(
      `forge eval --base-url http://127.0.0.1:9090/v1 --model ${model} --format hermes --stop '<|im_end|>' --stop '<tool_response>' --data ${data} --out ${join(root, 'run', 'eval')}`,
    );
    const seen = JSON.parse(await readFile(argsFile, 'utf8'));
    expect(seen.args).toEqual([
      '-m',
      'mlx_lm',
      'server',
      '--model',
      model,
      '--adapter-path',
      'adapters',
      '--host',
      '127.0.0.1',
      '--port',
      '9090',
    ]);
  });

  it('refuses bad usage', async () => {
    await expect(trainMlxCommand(['--data', 'gen'], bufferIo())).rejects.toMatchObject({
      code: 'FORGE_USAGE',
    });
    await expect(trainMlxCommand(['bogus'], bufferIo())).rejects.toMatchObject({
      code: 'FORGE_USAGE',
    });
    await expect(
      trainMlxCommand([...base(), '--mask-prompt', '--no-mask-prompt'], bufferIo()),
    ).rejects.toMatchObject({ message: '--mask-prompt and --no-mask-prompt conflict' });
    await expect(trainMlxCommand(['fuse', '--run', 'nowhere'], bufferIo())).rejects.toMatchObject({
      code: 'FORGE_USAGE',
    });
  });
});

describe('forge train mlx --help', () => {
  // "--learning-rate X    0.00002       --lora-rank N" was out of line with the rows around it.
  it('lines up the second column of the paired training options', () => {
    const pairs = trainMlxHelp
      .split('\n')
      .filter((line) => /^ {2}--\S+ \S+ +\S.* {1,}--\S+ /.test(line) && !line.includes(' / '));
    expect(pairs.length).toBe(7);
    const starts = new Set(pairs.map((line) => line.indexOf('--', 3)));
    expect([...starts]).toHaveLength(1);
    // And the first column lines up with the single options below it.
    const single = trainMlxHelp.split('\n').find((line) => line.startsWith('  --python EXE'));
    expect(single?.indexOf('python3')).toBe(pairs[0]?.indexOf('1000'));
  });
});
