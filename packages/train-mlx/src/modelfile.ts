import { defaultStops } from '@forge/spec';
import { ollamaTemplate } from './ollama-template.js';
import type { ServingFormat } from './serving-format.js';

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
 * An Ollama Modelfile for a fused run. For a text format the TEMPLATE wraps
 * the messages `forge eval` renders into the turns the export trained on
 * (see `ollamaTemplate`), and the stops are the ones eval sends
 * (`defaultStops`), so a bare `ollama run` stops where a scored run does.
 * `native` writes no TEMPLATE, so Ollama uses the template it derives from
 * the model, as mlx-lm used the model's own.
 */
export function buildModelfile(options: ModelfileOptions): string {
  const lines = [
    '# Written by forge train mlx modelfile. Create the model with:',
    '#   ollama create NAME -f Modelfile',
    `FROM ${options.from}`,
  ];
  if (options.format !== 'native') {
    const template = ollamaTemplate(options.format);
    // Ollama's Modelfile parser ends a TEMPLATE at the first `"""`.
    if (template.includes('"""')) throw new Error('a TEMPLATE cannot contain """');
    lines.push(
      `# Use with forge eval --format ${options.format}: the TEMPLATE only wraps turns;`,
      '# tools and calls travel in the message text, as in the training data.',
      `TEMPLATE """${template}"""`,
    );
  } else {
    lines.push("# Native format: Ollama uses the model's own chat template, as mlx-lm did.");
  }
  for (const stop of defaultStops(options.format)) lines.push(`PARAMETER stop ${quote(stop)}`);
  lines.push(`PARAMETER num_ctx ${options.numCtx}`, '');
  return lines.join('\n');
}
