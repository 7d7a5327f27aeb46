import fc from 'fast-check';
import type { JsonObject } from '../json.js';
import type { ParsedCall } from './types.js';

/** Any unicode text, quotes, backslashes and newlines included. */
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string());

/** Random calls: any name, arguments nested to any JSON depth. */
export const callArb: fc.Arbitrary<ParsedCall> = fc.record({
  name: text.filter((name) => name !== ''),
  arguments: fc.dictionary(text, fc.jsonValue()) as fc.Arbitrary<JsonObject>,
});

/** Assistant prose that holds none of the given markers and no outer whitespace. */
export function proseArb(markers: readonly string[]): fc.Arbitrary<string> {
  return text.map((s) => s.trim()).filter((s) => markers.every((marker) => !s.includes(marker)));
}

/** Strings built from format markers and noise, to reach the parser's error paths. */
export const replyNoiseArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<tool_call>',
        '</tool_call>',
        '```tool_call',
        '```',
        '<end_of_turn>',
        '{',
        '}',
        '"',
        '\\',
        '\n',
        '{"name": "a", "arguments": {}}',
        '{"name": 1}',
        '{"name": "b", "arguments": "x"}',
      ),
      fc.string(),
    ),
  )
  .map((parts) => parts.join(''));
