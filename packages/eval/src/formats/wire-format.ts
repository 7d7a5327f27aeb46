import type { ChatReply, Message, Result, ToolCall, ToolSpec } from '@forge/spec';

/** How tool calls travel between the model and the loop. */
export type FormatName = 'native' | 'hermes' | 'gemma';

/** Every wire format, in documentation order. */
export const formatNames: readonly FormatName[] = ['native', 'hermes', 'gemma'];

/** A text tool-call format: how a transcript is written as text and a reply read back. */
export interface TextCodec {
  render(
    messages: readonly Message[],
    tools: readonly ToolSpec[],
    systemPrompt: string,
  ): readonly { readonly role: 'system' | 'user' | 'assistant'; readonly content: string }[];
  parse(text: string): Result<
    {
      readonly content: string;
      readonly calls: readonly {
        readonly name: string;
        readonly arguments: ToolCall['arguments'];
      }[];
    },
    { readonly code: string; readonly message: string }
  >;
}

/** What a reply says: calls to make, a final answer, or nothing readable. */
export type ReadReply =
  | { readonly kind: 'calls'; readonly text: string; readonly calls: readonly ToolCall[] }
  | { readonly kind: 'final'; readonly text: string }
  | { readonly kind: 'format-error'; readonly reason: string };

/** A wire format: how a request is shaped and how a reply is read. */
export interface WireFormat {
  readonly name: FormatName;
  /** The chat messages and native tools to send for a canonical transcript. */
  request(
    messages: readonly Message[],
    tools: readonly ToolSpec[],
  ): { readonly messages: readonly Message[]; readonly tools: readonly ToolSpec[] };
  /** Reads a reply; call ids are reassigned as `call_<turn>_<i>` so transcripts are deterministic. */
  read(reply: ChatReply & { readonly formatError?: string }, turn: number): ReadReply;
}

function withIds(
  calls: readonly { readonly name: string; readonly arguments: ToolCall['arguments'] }[],
  turn: number,
): ToolCall[] {
  return calls.map((call, i) => ({
    id: `call_${turn}_${i}`,
    name: call.name,
    arguments: call.arguments,
  }));
}

function readCommon(
  reply: ChatReply & { readonly formatError?: string },
  turn: number,
  parseText: (text: string) => ReadReply,
): ReadReply {
  if (reply.formatError !== undefined) return { kind: 'format-error', reason: reply.formatError };
  // Servers such as mlx_lm.server and vLLM parse text markers themselves and
  // return native calls even when the model wrote Hermes text: accept both.
  if (reply.toolCalls.length > 0) {
    return { kind: 'calls', text: reply.content.trim(), calls: withIds(reply.toolCalls, turn) };
  }
  const read = parseText(reply.content);
  if (read.kind === 'final' && read.text === '') {
    return { kind: 'format-error', reason: 'empty reply: no text and no tool calls' };
  }
  if (read.kind === 'final' && reply.finishReason === 'length') {
    return { kind: 'format-error', reason: 'reply cut off by the token limit' };
  }
  return read;
}

/** Native tool calling: tools go in `tools`, calls come back as `tool_calls`. */
export function nativeFormat(): WireFormat {
  return {
    name: 'native',
    request: (messages, tools) => ({ messages, tools }),
    read: (reply, turn) =>
      readCommon(reply, turn, (text) => ({ kind: 'final', text: text.trim() })),
  };
}

/** A text format (Hermes, Gemma): tools and calls live in the message text. */
export function textFormat(name: Exclude<FormatName, 'native'>, codec: TextCodec): WireFormat {
  return {
    name,
    request: (messages, tools) => ({
      messages: codec.render(messages, tools, '') as Message[],
      tools: [],
    }),
    read: (reply, turn) =>
      readCommon(reply, turn, (text) => {
        const parsed = codec.parse(text);
        if (!parsed.success) {
          return { kind: 'format-error', reason: `${parsed.error.code}: ${parsed.error.message}` };
        }
        const { content, calls } = parsed.value;
        if (calls.length === 0) return { kind: 'final', text: content };
        return { kind: 'calls', text: content, calls: withIds(calls, turn) };
      }),
  };
}
