import type { ToolCallFormat } from './types.js';

/**
 * Stop sequences to send with every request in a format. Hermes does not
 * stop at `</tool_call>`: a reply may hold several calls and the first close
 * tag would cut the rest off. Both text formats stop at `<tool_response>`
 * because a model that starts writing a tool's answer is inventing it.
 * Native tool calling needs none; the server ends the turn.
 */
export function defaultStops(format: ToolCallFormat): readonly string[] {
  switch (format) {
    case 'hermes':
      return ['<|im_end|>', '<tool_response>'];
    case 'gemma':
      return ['<end_of_turn>', '<tool_response>'];
    case 'native':
      return [];
  }
}
