import type { ToolCall, ToolMessage, TrajectoryRecord } from '@forge/spec';
import { passEntries } from './validation-pass.js';

/** One call of a record, where it was made, and the tool message that answered it. */
export interface CallEntry {
  readonly call: ToolCall;
  /** Index of the assistant message holding the call. */
  readonly messageIndex: number;
  /** The first tool message answering the call's id, when there is one. */
  readonly result: ToolMessage | undefined;
  readonly resultIndex: number | undefined;
}

/**
 * Every call of a record in order, paired with its answer by id. Pairing is
 * by id rather than by position, so a record with misplaced results still
 * has its calls judged on what they got back (the structure gate reports the
 * misplacement). Made once per `validate` call, which several gates walk
 * (see validation-pass.ts).
 */
export function callEntries(record: TrajectoryRecord): readonly CallEntry[] {
  return passEntries(record, pairCalls);
}

function pairCalls(record: TrajectoryRecord): CallEntry[] {
  const answers = new Map<string, { message: ToolMessage; index: number }>();
  record.messages.forEach((message, index) => {
    if (message.role === 'tool' && !answers.has(message.toolCallId)) {
      answers.set(message.toolCallId, { message, index });
    }
  });
  const entries: CallEntry[] = [];
  record.messages.forEach((message, messageIndex) => {
    if (message.role !== 'assistant' || !message.toolCalls) return;
    for (const call of message.toolCalls) {
      const answer = answers.get(call.id);
      entries.push({
        call,
        messageIndex,
        result: answer?.message,
        resultIndex: answer?.index,
      });
    }
  });
  return entries;
}

/** The text of the user's request (the first user message), or `''`. */
export function requestText(messages: TrajectoryRecord['messages']): string {
  for (const m of messages) if (m.role === 'user') return m.content;
  return '';
}
