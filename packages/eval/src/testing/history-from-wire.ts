import type { HistoryStep, JsonObject, ToolCall, ToolResult } from '@forge/spec';
import { textToolFormat } from '@forge/spec';
import type { FormatName } from '../formats/wire-format.js';

/** An OpenAI chat message as a server receives it. */
export interface WireMessageIn {
  readonly role: string;
  readonly content?: string | null;
  readonly tool_calls?: readonly {
    readonly id: string;
    readonly function: { readonly name: string; readonly arguments: string };
  }[];
  readonly tool_call_id?: string;
}

// The test world marks every error text this way; the wire has no error flag.
const asResult = (text: string): ToolResult => ({ text, isError: text.startsWith('Error: ') });

const responsePattern = /<tool_response>\n([\s\S]*?)\n<\/tool_response>/g;

/**
 * Rebuilds the policy history from the messages a server received, in any
 * wire format: native `tool_calls` and `tool` messages, or text calls and
 * `<tool_response>` blocks. Used by the test server to ask a policy what to
 * answer.
 */
export function historyFromWire(
  messages: readonly WireMessageIn[],
  format: FormatName,
): HistoryStep[] {
  const history: HistoryStep[] = [];
  let open: { calls: ToolCall[]; results: ToolResult[] } | undefined;
  for (const message of messages) {
    const content = message.content ?? '';
    if (message.role === 'assistant') {
      let calls: ToolCall[] = [];
      if (format === 'native') {
        calls = (message.tool_calls ?? []).map((c) => ({
          id: c.id,
          name: c.function.name,
          arguments: JSON.parse(c.function.arguments) as JsonObject,
        }));
      } else {
        const parsed = textToolFormat(format).parseReply(content);
        if (parsed.success)
          calls = parsed.value.calls.map((c, i) => ({ id: `t${history.length}_${i}`, ...c }));
      }
      open = calls.length > 0 ? { calls, results: [] } : undefined;
      if (open) history.push(open);
    } else if (message.role === 'tool' && open) {
      open.results.push(asResult(content));
    } else if (message.role === 'user' && open && format !== 'native') {
      for (const match of content.matchAll(responsePattern))
        open.results.push(asResult(match[1] ?? ''));
    }
  }
  return history;
}
