import type { ToolCallFormat } from '@forge/spec';

/**
 * How a served run is spoken to: a text format (`hermes`, `gemma`), whose
 * turns Forge renders itself with @forge/spec, or `native` for the model's
 * own chat template and structured tool calls.
 */
export type ServingFormat = ToolCallFormat;

/** The serving formats, for usage checks. */
export const servingFormats: readonly ServingFormat[] = ['hermes', 'gemma', 'native'];

/**
 * The format a base model was trained in by mlx-lm, which renders chat data
 * with the model's own template: Qwen and Hermes templates are the Hermes
 * format, Gemma's is the Gemma turn format; anything else stays native.
 */
export function formatForModel(model: string): ServingFormat {
  if (/qwen|hermes/i.test(model)) return 'hermes';
  if (/gemma/i.test(model)) return 'gemma';
  return 'native';
}
