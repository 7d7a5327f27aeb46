import type { JsonObject, Message, ToolCall, ToolSpec } from '@forge/spec';
import type OpenAI from 'openai';

type WireMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;
type WireTool = OpenAI.Chat.Completions.ChatCompletionTool;

/** Canonical messages as OpenAI chat messages: call arguments become JSON strings. */
export function toWireMessages(messages: readonly Message[]): WireMessage[] {
  return messages.map((message): WireMessage => {
    if (message.role === 'system' || message.role === 'user') {
      return { role: message.role, content: message.content };
    }
    if (message.role === 'tool') {
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    }
    const calls = message.toolCalls ?? [];
    if (calls.length === 0) return { role: 'assistant', content: message.content };
    return {
      role: 'assistant',
      content: message.content,
      tool_calls: calls.map((call) => ({
        id: call.id,
        type: 'function',
        function: { name: call.name, arguments: JSON.stringify(call.arguments) },
      })),
    };
  });
}

/** Tools in the OpenAI `tools` shape. */
export function toWireTools(tools: readonly ToolSpec[]): WireTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: {
      name: tool.name,
      description: tool.description,
      parameters: tool.inputSchema as Record<string, unknown>,
    },
  }));
}

/** Native tool calls read back, or the first reason one could not be read. */
export type ReadCalls =
  | { readonly success: true; readonly calls: readonly ToolCall[] }
  | { readonly success: false; readonly reason: string };

/**
 * Reads native `tool_calls`: arguments must be a JSON string of an object.
 * A model that emits broken JSON made a format error; that is a value here,
 * so the loop can count it instead of crashing.
 */
export function fromWireCalls(calls: readonly unknown[]): ReadCalls {
  const out: ToolCall[] = [];
  for (const [i, raw] of calls.entries()) {
    const call = (typeof raw === 'object' && raw !== null ? raw : {}) as {
      id?: unknown;
      function?: { name?: unknown; arguments?: unknown } | null;
    };
    const fn = typeof call.function === 'object' && call.function !== null ? call.function : {};
    const name = fn.name;
    if (typeof name !== 'string' || name === '') {
      return { success: false, reason: `tool_calls[${i}] has no function name` };
    }
    const text = fn.arguments;
    let args: unknown = {};
    if (typeof text === 'string' && text.trim() !== '') {
      try {
        args = JSON.parse(text);
      } catch {
        return { success: false, reason: `tool_calls[${i}] (${name}) arguments are not JSON` };
      }
    } else if (text !== undefined && typeof text !== 'string') {
      return { success: false, reason: `tool_calls[${i}] (${name}) arguments are not a string` };
    }
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
      return { success: false, reason: `tool_calls[${i}] (${name}) arguments are not an object` };
    }
    out.push({
      id: typeof call.id === 'string' ? call.id : `call_${i}`,
      name,
      arguments: args as JsonObject,
    });
  }
  return { success: true, calls: out };
}
