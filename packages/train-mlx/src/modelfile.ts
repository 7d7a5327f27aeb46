import { type ServingFormat, stopSequences, textFormats } from './formats/index.js';

/** What an Ollama Modelfile for a fused run needs. */
export interface ModelfileOptions {
  /** The fused model directory, relative to the Modelfile or absolute. */
  readonly from: string;
  readonly format: ServingFormat;
  /**
   * Context window. Ollama's default (2–4k) silently cuts agent prompts,
   * which carry a tool list and many observations, so bake in a large one.
   */
  readonly numCtx: number;
}

/** Agent prompts need a large window; see `ModelfileOptions.numCtx`. */
export const defaultNumCtx = 32768;

const quote = (text: string): string => JSON.stringify(text);

/**
 * An Ollama Modelfile whose TEMPLATE renders conversations exactly as the
 * training text format does, with that format's stop sequences. `native`
 * writes no TEMPLATE, so Ollama uses the template it derives from the model.
 */
export function buildModelfile(options: ModelfileOptions): string {
  const lines = [
    '# Written by forge train mlx modelfile. Create the model with:',
    '#   ollama create NAME -f Modelfile',
    `FROM ${options.from}`,
  ];
  if (options.format !== 'native') {
    const template = textFormats[options.format].goTemplate;
    if (template.includes('"""')) throw new Error('a TEMPLATE cannot contain """');
    lines.push(`TEMPLATE """${template}"""`);
  } else {
    lines.push("# Native format: Ollama uses the model's own chat template, as mlx-lm did.");
  }
  for (const stop of stopSequences(options.format)) lines.push(`PARAMETER stop ${quote(stop)}`);
  lines.push(`PARAMETER num_ctx ${options.numCtx}`, '');
  return lines.join('\n');
}
