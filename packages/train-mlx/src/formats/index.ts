import { gemmaFormat } from './gemma.js';
import { hermesFormat } from './hermes.js';
import type { TextFormat, TextFormatName } from './text-format.js';

/** Every text format by name. */
export const textFormats: Readonly<Record<TextFormatName, TextFormat>> = {
  hermes: hermesFormat,
  gemma: gemmaFormat,
};

/** A serving format: a text format, or `native` for the model's own chat template. */
export type ServingFormat = TextFormatName | 'native';

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

/** Stop sequences of a serving format (none known for `native`). */
export function stopSequences(format: ServingFormat): readonly string[] {
  return format === 'native' ? [] : textFormats[format].stop;
}
