import { fail, ok, type Result } from '../result.js';
import { parseCallJson, scanJsonObject } from './call-json.js';
import type { ParsedCall, ParsedReply, ReplyParseError } from './types.js';

const open = '<tool_call>';
const close = '</tool_call>';

function skipSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

function failAt(code: ReplyParseError['code'], message: string, offset: number) {
  return fail<ReplyParseError>({ code, message: `${message} (at offset ${offset})` });
}

/**
 * Splits a Hermes/Qwen reply into prose and `<tool_call>` blocks. Whitespace
 * around and inside blocks is free; the JSON is not: a block that does not
 * hold one `{"name", "arguments"}` object is an error value. A last block
 * cut off right after its JSON (a stop sequence or token limit) still counts.
 */
export function parseHermesReply(text: string): Result<ParsedReply, ReplyParseError> {
  const calls: ParsedCall[] = [];
  const prose: string[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    const start = text.indexOf(open, cursor);
    const stray = text.indexOf(close, cursor);
    if (stray !== -1 && (start === -1 || stray < start))
      return failAt('unbalanced-tags', `${close} without ${open}`, stray);
    if (start === -1) break;
    prose.push(text.slice(cursor, start));
    const bodyStart = skipSpace(text, start + open.length);
    if (text[bodyStart] !== '{')
      return failAt('malformed-json', `${open} must hold a JSON object`, bodyStart);
    const bodyEnd = scanJsonObject(text, bodyStart);
    if (bodyEnd === -1) return failAt('unclosed-block', `${open} JSON never ends`, start);
    const call = parseCallJson(text.slice(bodyStart, bodyEnd));
    if (!call.success) return failAt(call.error.code, call.error.message, bodyStart);
    calls.push(call.value);
    const after = skipSpace(text, bodyEnd);
    if (text.startsWith(close, after)) cursor = after + close.length;
    else if (after === text.length) cursor = after;
    else return failAt('unclosed-block', `expected ${close} after the call`, after);
  }
  if (cursor < text.length) prose.push(text.slice(cursor));
  return ok({ content: prose.join('').trim(), calls });
}
