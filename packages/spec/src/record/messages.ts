import type { JsonObject } from '../json.js';

/** A tool call as the canonical record stores it: arguments as an object. */
export interface ToolCall {
  /** Unique within a trajectory; tool messages answer it by this id. */
  readonly id: string;
  readonly name: string;
  readonly arguments: JsonObject;
}

/** The system prompt: the policy preamble a model is trained and served with. */
export interface SystemMessage {
  readonly role: 'system';
  readonly content: string;
}

/** What the user asked for. */
export interface UserMessage {
  readonly role: 'user';
  readonly content: string;
}

/** An assistant turn: short text, and tool calls unless it is the final answer. */
export interface AssistantMessage {
  readonly role: 'assistant';
  readonly content: string;
  readonly toolCalls?: readonly ToolCall[];
}

/** A tool's output, answering one call by id. */
export interface ToolMessage {
  readonly role: 'tool';
  readonly toolCallId: string;
  readonly name: string;
  readonly content: string;
  /** True when the tool reported an error (the content is its message). */
  readonly isError?: boolean;
}

/** Any message of a trajectory. */
export type Message = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

/** The role of a message. */
export type Role = Message['role'];
