import type { TextMessage } from '@forge/spec';

/** A message as Ollama hands it to a TEMPLATE (Go field names). */
export interface OllamaMessage {
  readonly Role: string;
  Content: string;
}

/**
 * The values Ollama's `template.Execute` gives a TEMPLATE for a chat request
 * without native tools (what `forge eval --format hermes|gemma` sends).
 * `collate` runs first: `.System` is every system message joined by a blank
 * line, system messages also stay in `.Messages`, and consecutive messages
 * of one role are merged with a blank line (Ollama spares tool messages,
 * but text-format messages have none).
 * Modelling the merge matters: it is what a TEMPLATE cannot undo.
 */
export function ollamaChatValues(messages: readonly TextMessage[]): {
  readonly System: string;
  readonly Messages: readonly OllamaMessage[];
} {
  const collated: OllamaMessage[] = [];
  for (const message of messages) {
    const last = collated.at(-1);
    if (last !== undefined && last.Role === message.role) last.Content += `\n\n${message.content}`;
    else collated.push({ Role: message.role, Content: message.content });
  }
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content);
  return { System: system.join('\n\n'), Messages: collated };
}
