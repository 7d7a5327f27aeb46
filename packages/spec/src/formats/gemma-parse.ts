import { fail, ok, type Result } from '../result.js';
import { parseCallJson, scanJsonObject } from './call-json.js';
import { gemmaCallFence } from './gemma.js';
import type { ParsedCall, ParsedReply, ReplyParseError } from './types.js';

/** Gemma's end-of-turn marker, cut off if a server left it in the text. */
const endOfTurn = '<end_of_turn>';

/**
 * Where the marker starts in a line, or -1. Inside a call block the JSON
 * object is skipped first, so a marker inside an argument string (which
 * JSON does not escape) does not cut the call in two.
 */
function endOfTurnAt(line: string, inBlock: boolean): number {
  const start = line.search(/\S/);
  const after = inBlock && line[start] === '{' ? scanJsonObject(line, start) : -1;
  return line.indexOf(endOfTurn, after === -1 ? 0 : after);
}

/**
 * Splits a Gemma reply into prose and the calls of its fenced `tool_call`
 * blocks (one JSON object per non-empty line). Whitespace around lines and
 * fences is free; every line inside a block must be one valid call. A block
 * cut off before its closing fence (a stop sequence or token limit) still
 * counts when its lines parse.
 */
export function parseGemmaReply(text: string): Result<ParsedReply, ReplyParseError> {
  const calls: ParsedCall[] = [];
  const prose: string[] = [];
  let inBlock = false;
  for (const [index, whole] of text.split('\n').entries()) {
    const cut = endOfTurnAt(whole, inBlock);
    const raw = cut === -1 ? whole : whole.slice(0, cut);
    const line = raw.trim();
    if (!inBlock) {
      if (line.replace(/\s+/g, '') === gemmaCallFence) inBlock = true;
      else prose.push(raw);
    } else if (line === '```') inBlock = false;
    else if (line !== '') {
      const call = parseCallJson(line);
      if (!call.success)
        return fail({ ...call.error, message: `${call.error.message} (line ${index + 1})` });
      calls.push(call.value);
    }
    if (cut !== -1) break;
  }
  return ok({ content: prose.join('\n').trim(), calls });
}
