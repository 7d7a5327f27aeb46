import type { Gate, ToolCall, TrajectoryRecord, Violation } from '@forge/spec';

const gate = 'structure';

function v(code: string, message: string, messageIndex: number, callId?: string): Violation {
  return {
    gate,
    code: `structure.${code}`,
    message,
    messageIndex,
    ...(callId === undefined ? {} : { callId }),
  };
}

/** Whether the text is empty once whitespace is ignored. */
const blank = (text: string): boolean => text.trim().length === 0;

/**
 * The structure gate: a system message, the user's request, then assistant
 * turns each followed by the answers to its calls, ending with an assistant
 * answer without calls. Every call id is unique and answered exactly once,
 * in call order, by a tool message of the same tool name; no tool message
 * answers a call that was not made before it; system, user, tool and final
 * texts are not empty. Codes: `structure.first-not-system`,
 * `structure.second-not-user`, `structure.unexpected-role`,
 * `structure.answer-before-end`, `structure.duplicate-call-id`,
 * `structure.missing-result`, `structure.result-out-of-order`,
 * `structure.duplicate-result`, `structure.orphan-result`,
 * `structure.result-name-mismatch`, `structure.no-final-answer`,
 * `structure.empty-content`.
 */
export const structureGate: Gate = {
  name: gate,
  check(record: TrajectoryRecord): readonly Violation[] {
    const out: Violation[] = [];
    const { messages } = record;
    const [first, second] = messages;
    if (first?.role !== 'system')
      out.push(v('first-not-system', 'the first message must be the system prompt', 0));
    if (second?.role !== 'user')
      out.push(v('second-not-user', "the second message must be the user's request", 1));
    const ids = new Set<string>();
    const answered = new Set<string>();
    /** Calls of the latest assistant turn not answered yet, in call order. */
    let pending: { call: ToolCall; index: number }[] = [];
    const flush = () => {
      for (const p of pending) {
        out.push(
          v(
            'missing-result',
            `call ${p.call.id} (${p.call.name}) has no tool message`,
            p.index,
            p.call.id,
          ),
        );
      }
      pending = [];
    };
    messages.forEach((message, index) => {
      if (message.role === 'system' || message.role === 'user') {
        if (blank(message.content))
          out.push(v('empty-content', `the ${message.role} message is empty`, index));
        if (index >= 2)
          out.push(v('unexpected-role', `a ${message.role} message inside the episode`, index));
        return;
      }
      if (message.role === 'assistant') {
        flush();
        const calls = message.toolCalls ?? [];
        if (calls.length === 0 && index !== messages.length - 1) {
          out.push(
            v(
              'answer-before-end',
              'an assistant message without calls before the end of the episode',
              index,
            ),
          );
        }
        for (const call of calls) {
          if (ids.has(call.id))
            out.push(v('duplicate-call-id', `call id ${call.id} is used twice`, index, call.id));
          ids.add(call.id);
          pending.push({ call, index });
        }
        return;
      }
      if (blank(message.content))
        out.push(
          v(
            'empty-content',
            `the result of ${message.toolCallId} is empty`,
            index,
            message.toolCallId,
          ),
        );
      const at = pending.findIndex((p) => p.call.id === message.toolCallId);
      if (at < 0) {
        const code = answered.has(message.toolCallId) ? 'duplicate-result' : 'orphan-result';
        const why =
          code === 'duplicate-result'
            ? 'answers a call that already has a result'
            : 'answers no earlier call of this turn';
        out.push(
          v(code, `tool message for ${message.toolCallId} ${why}`, index, message.toolCallId),
        );
        return;
      }
      const [{ call }] = pending.splice(at, 1) as [{ call: ToolCall; index: number }];
      if (at > 0)
        out.push(
          v(
            'result-out-of-order',
            `the result of ${call.id} comes before results of earlier calls`,
            index,
            call.id,
          ),
        );
      if (message.name !== call.name) {
        out.push(
          v(
            'result-name-mismatch',
            `the result of ${call.id} names ${message.name}, the call was ${call.name}`,
            index,
            call.id,
          ),
        );
      }
      answered.add(call.id);
    });
    flush();
    const last = messages[messages.length - 1];
    const lastIndex = messages.length - 1;
    if (messages.length < 3 || last?.role !== 'assistant' || (last.toolCalls?.length ?? 0) > 0) {
      out.push(
        v(
          'no-final-answer',
          'the episode must end with an assistant answer without calls',
          Math.max(0, lastIndex),
        ),
      );
    } else if (blank(last.content)) {
      out.push(v('empty-content', 'the final answer is empty', lastIndex));
    }
    return out;
  },
};
