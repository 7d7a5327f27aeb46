import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Why a model is taken to be quantized, or `undefined` when nothing says so. */
export type QuantizationEvidence = string | undefined;

/** What a model directory's `config.json` says about quantization. */
export function quantizationInConfig(dir: string): QuantizationEvidence {
  let text: string;
  try {
    text = readFileSync(join(dir, 'config.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const config = JSON.parse(text) as Record<string, unknown>;
    // mlx-lm writes `quantization`; Hugging Face writes `quantization_config`.
    const q = config.quantization ?? config.quantization_config;
    if (q === undefined || q === null) return undefined;
    const bits = typeof q === 'object' && 'bits' in q ? ` (${String(q.bits)}-bit)` : '';
    return `${join(dir, 'config.json')} has a quantization entry${bits}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether a model is quantized: a local model directory is read (its
 * `config.json`), a Hugging Face id is judged by the naming convention of
 * mlx-community (`-4bit`, `-8bit`) and GGUF-style `-q4` suffixes.
 */
export function quantizationOf(model: string): QuantizationEvidence {
  // A local model's own config is the truth, whatever its folder is called.
  if (existsSync(join(model, 'config.json'))) return quantizationInConfig(model);
  const named = /(?:^|[-_/])(\d{1,2})-?bits?(?:$|[-_])|(?:^|[-_])q(\d)(?:$|[-_])/i.exec(model);
  if (named) return `the name "${model}" says ${named[1] ?? named[2]}-bit`;
  return undefined;
}
