import type { Message } from '@forge/spec';
import { toHfMessage } from './mlx.js';

const mistralId = /^[A-Za-z0-9]{9}$/;

/**
 * A record's messages as chat templates read them, with every call id that
 * is not 9 letters or digits renamed `call00001`, `call00002`, … in order
 * of appearance, and each tool result following its call. Mistral's
 * templates refuse any other id (so the canonical `call_1` failed every
 * record); the ids are opaque, and templates that do not print them render
 * the same text either way.
 */
export function templateMessages(messages: readonly Message[]) {
  const renamed = new Map<string, string>();
  // A new id never takes one the record already uses as it is.
  const taken = new Set(
    messages.flatMap((m) => (m.role === 'assistant' ? (m.toolCalls ?? []).map((c) => c.id) : [])),
  );
  const idFor = (id: string) => {
    if (mistralId.test(id)) return id;
    let out = renamed.get(id);
    for (let n = renamed.size + 1; out === undefined; n += 1) {
      const candidate = `call${String(n).padStart(5, '0')}`;
      if (!taken.has(candidate)) out = candidate;
    }
    taken.add(out);
    renamed.set(id, out);
    return out;
  };
  return messages.map((message) => {
    const hf = toHfMessage(message);
    if (hf.role === 'tool') return { ...hf, tool_call_id: idFor(hf.tool_call_id) };
    if (hf.role === 'assistant' && hf.tool_calls)
      return { ...hf, tool_calls: hf.tool_calls.map((call) => ({ ...call, id: idFor(call.id) })) };
    return hf;
  });
}
