import type { ToolSpec } from '../catalog/tool-spec.js';
import type { Message } from '../record/messages.js';
import type { Result } from '../result.js';
import { renderGemmaAssistant, renderGemmaMessages } from './gemma.js';
import { parseGemmaReply } from './gemma-parse.js';
import { renderHermesAssistant, renderHermesMessages } from './hermes.js';
import { parseHermesReply } from './hermes-parse.js';
import { defaultStops } from './stops.js';
import type {
  ParsedCall,
  ParsedReply,
  ReplyParseError,
  TextMessage,
  TextToolCallFormat,
} from './types.js';

/** Everything a caller needs to speak one text tool-call format. */
export interface TextToolFormat {
  readonly name: TextToolCallFormat;
  /** The conversation as role/content messages with tools and calls in the text. */
  renderMessages(
    messages: readonly Message[],
    tools: readonly ToolSpec[],
    systemPrompt: string,
  ): TextMessage[];
  /** One assistant turn: prose, then its calls. */
  renderAssistant(content: string, calls: readonly ParsedCall[]): string;
  /** A model's reply back into prose and calls. */
  parseReply(text: string): Result<ParsedReply, ReplyParseError>;
  /** Stop sequences to send with every request. */
  readonly stops: readonly string[];
}

const formats: Readonly<Record<TextToolCallFormat, TextToolFormat>> = {
  hermes: {
    name: 'hermes',
    renderMessages: renderHermesMessages,
    renderAssistant: renderHermesAssistant,
    parseReply: parseHermesReply,
    stops: defaultStops('hermes'),
  },
  gemma: {
    name: 'gemma',
    renderMessages: renderGemmaMessages,
    renderAssistant: renderGemmaAssistant,
    parseReply: parseGemmaReply,
    stops: defaultStops('gemma'),
  },
};

/** The renderers, parser and stops of a text tool-call format. */
export function textToolFormat(name: TextToolCallFormat): TextToolFormat {
  return formats[name];
}
