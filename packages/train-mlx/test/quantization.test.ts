import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quantizationInConfig, quantizationOf } from '../src/quantization.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'forge-quant-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('quantizationOf', () => {
  it('reads the bit width from mlx-community and GGUF-style names', () => {
    expect(quantizationOf('mlx-community/Qwen2.5-3B-Instruct-4bit')).toMatch(/4-bit/);
    expect(quantizationOf('mlx-community/gemma-3-4b-it-8bit')).toMatch(/8-bit/);
    expect(quantizationOf('someone/llama-3.2-1b-q4')).toMatch(/4-bit/);
  });

  it('does not take a parameter count for a bit width', () => {
    expect(quantizationOf('Qwen/Qwen2.5-3B-Instruct')).toBeUndefined();
    expect(quantizationOf('google/gemma-3-4b-it')).toBeUndefined();
    expect(quantizationOf('meta-llama/Llama-3.2-1B-Instruct')).toBeUndefined();
  });

  it("trusts a local model's config.json over its folder name", async () => {
    const plain = join(root, 'model-4bit');
    await mkdir(plain);
    await writeFile(join(plain, 'config.json'), '{"model_type":"qwen2"}');
    expect(quantizationOf(plain)).toBeUndefined();
    await writeFile(
      join(plain, 'config.json'),
      '{"model_type":"qwen2","quantization":{"group_size":64,"bits":4}}',
    );
    expect(quantizationOf(plain)).toMatch(/quantization entry \(4-bit\)/);
    await writeFile(join(plain, 'config.json'), '{"quantization_config":{"quant_method":"awq"}}');
    expect(quantizationInConfig(plain)).toMatch(/quantization entry/);
    expect(quantizationInConfig(join(root, 'absent'))).toBeUndefined();
  });
});
