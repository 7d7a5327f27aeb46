import type { JsonObject } from '../json.js';

/** How tool calls travel between a model and its caller. */
export type ToolCallFormat = 'native' | 'hermes' | 'gemma';

/** The tool-call formats that live in the text itself. */
export type TextToolCallFormat = Exclude<ToolCallFormat, 'native'>;

/** Every tool-call format, in documentation order. */
export const toolCallFormats: readonly ToolCallFormat[] = ['native', 'hermes', 'gemma'];

/** A plain role/content message, as an OpenAI-compatible server receives a text-format chat. */
export interface TextMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** A tool call read back out of text: no id, since text formats carry none. */
export interface ParsedCall {
  readonly name: string;
  readonly arguments: JsonObject;
}

/** A model reply split into its prose and its tool calls. */
export interface ParsedReply {
  /** The text outside the call blocks, trimmed. */
  readonly content: string;
  readonly calls: readonly ParsedCall[];
}

/** Why a reply could not be read. */
export type ReplyParseErrorCode =
  /** A call block's body is not valid JSON. */
  | 'malformed-json'
  /** The JSON is valid but not `{"name": string, "arguments": object}`. */
  | 'bad-call-shape'
  /** A call block was opened and never closed, with more text after it. */
  | 'unclosed-block'
  /** A closing tag without an opening one. */
  | 'unbalanced-tags';

/** A reply parsing failure, with the offending block's position when known. */
export interface ReplyParseError {
  readonly code: ReplyParseErrorCode;
  readonly message: string;
}
