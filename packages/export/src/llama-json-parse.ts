import { type ParsedReply, parseCallJson, type ReplyParseError, type Result } from '@forge/spec';

const endMarkers = ['<|eot_id|>', '<|eom_id|>'];

/**
 * Reads a Llama 3.1 JSON reply: a reply that is one JSON object
 * `{"name": …, "parameters": {…}}` (optionally after `<|python_tag|>`) is a
 * call; anything else is prose. Llama 3.1 makes one call per turn.
 */
export function parseLlamaJsonReply(text: string): Result<ParsedReply, ReplyParseError> {
  let body = text.trim();
  for (const marker of endMarkers) if (body.endsWith(marker)) body = body.slice(0, -marker.length);
  body = body.replace(/^<\|python_tag\|>/, '').trim();
  if (!body.startsWith('{')) return { success: true, value: { content: body, calls: [] } };
  const call = parseCallJson(body, 'parameters');
  return call.success ? { success: true, value: { content: '', calls: [call.value] } } : call;
}
