import { fail, ok, type Result } from '../result.js';
import { parseCallJson } from './call-json.js';
import { gemmaCallFence } from './gemma.js';
import type { ParsedCall, ParsedReply, ReplyParseError } from './types.js';

/** Gemma's end-of-turn marker, cut off if a server left it in the text. */
const endOfTurn = '<end_of_turn>';

/**
 * Splits a Gemma reply into prose and the calls of its fenced `tool_call`
 * blocks (one JSON object per non-empty line). Whitespace around lines and
 * fences is free; every line inside a block must be one valid call. A block
 * cut off before its closing fence (a stop sequence or token limit) still
 * counts when its lines parse.
 */
export function parseGemmaReply(text: string): Result<ParsedReply, ReplyParseError> {
  const cut = text.indexOf(endOfTurn);
  const lines = (cut === -1 ? text : text.slice(0, cut)).split('\n');
  const calls: ParsedCall[] = [];
  const prose: string[] = [];
  let inBlock = false;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!inBlock) {
      if (line.replace(/\s+/g, '') === gemmaCallFence) inBlock = true;
      else prose.push(raw);
      continue;
    }
    if (line === '```') inBlock = false;
    else if (line !== '') {
      const call = parseCallJson(line);
      if (!call.success)
        return fail({ ...call.error, message: `${call.error.message} (line ${index + 1})` });
      calls.push(call.value);
    }
  }
  return ok({ content: prose.join('\n').trim(), calls });
}
