import type { ToolSpec } from '../catalog/tool-spec.js';
import type { Message, ToolCall } from '../record/messages.js';

/** One chat completion request, in canonical messages. */
export interface ChatRequest {
  readonly messages: readonly Message[];
  /** Tools offered natively; empty when a text format carries them in the prompt. */
  readonly tools: readonly ToolSpec[];
  readonly stop?: readonly string[];
  readonly temperature?: number;
  readonly maxTokens?: number;
  readonly seed?: number;
  readonly signal?: AbortSignal;
}

/** A model's reply: its text and any native tool calls. */
export interface ChatReply {
  readonly content: string;
  readonly toolCalls: readonly ToolCall[];
  readonly finishReason: string;
  readonly usage?: { readonly promptTokens: number; readonly completionTokens: number };
}

/** A chat model behind some endpoint. */
export interface ModelClient {
  readonly model: string;
  complete(request: ChatRequest): Promise<ChatReply>;
}
