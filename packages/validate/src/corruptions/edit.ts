/** Immutable edits of a record's calls and messages, for corruption operators. */
import type { Message, ToolCall, ToolMessage, TrajectoryRecord } from '@forge/spec';
import { type CallEntry, callEntries } from '../internal/walk.js';

export { type CallEntry, callEntries };

/** The record with other messages. */
export function withMessages(
  record: TrajectoryRecord,
  messages: readonly Message[],
): TrajectoryRecord {
  return { ...record, messages };
}

/** Indices of the entries that satisfy `test`. */
export function placesWhere(
  record: TrajectoryRecord,
  test: (e: CallEntry, i: number, all: readonly CallEntry[]) => boolean,
): number[] {
  const entries = callEntries(record);
  const out: number[] = [];
  entries.forEach((e, i) => {
    if (test(e, i, entries)) out.push(i);
  });
  return out;
}

/** The entry at a place, or a thrown error naming the misuse. */
export function entryAt(record: TrajectoryRecord, place: number): CallEntry {
  const entry = callEntries(record)[place];
  if (!entry)
    throw new RangeError(
      `no call at place ${place} (the record has ${callEntries(record).length})`,
    );
  return entry;
}

/** Replaces one call (matched by identity) and, optionally, its result. */
export function replaceCall(
  record: TrajectoryRecord,
  entry: CallEntry,
  call: ToolCall,
  result?: (message: ToolMessage) => ToolMessage,
): TrajectoryRecord {
  return withMessages(
    record,
    record.messages.map((m, i) => {
      if (i === entry.messageIndex && m.role === 'assistant') {
        return { ...m, toolCalls: (m.toolCalls ?? []).map((c) => (c === entry.call ? call : c)) };
      }
      if (i === entry.resultIndex && m.role === 'tool' && result) return result(m);
      return m;
    }),
  );
}

/** Removes a call and its result; an assistant turn left without calls goes too. */
export function removeCall(record: TrajectoryRecord, entry: CallEntry): TrajectoryRecord {
  const out: Message[] = [];
  record.messages.forEach((m, i) => {
    if (i === entry.resultIndex) return;
    if (i === entry.messageIndex && m.role === 'assistant') {
      const rest = (m.toolCalls ?? []).filter((c) => c !== entry.call);
      if (rest.length > 0) out.push({ ...m, toolCalls: rest });
      return;
    }
    out.push(m);
  });
  return withMessages(record, out);
}

/** A call id not used in the record. */
export function freshId(record: TrajectoryRecord, hint: string): string {
  const used = new Set(callEntries(record).map((e) => e.call.id));
  let n = 1;
  while (used.has(`call_${hint}_${n}`)) n += 1;
  return `call_${hint}_${n}`;
}

/** Where the turn holding `entry` ends: its assistant message and every answer to it. */
function turnEnd(record: TrajectoryRecord, entry: CallEntry): number {
  const message = record.messages[entry.messageIndex];
  const ids = new Set(
    message?.role === 'assistant' ? (message.toolCalls ?? []).map((c) => c.id) : [],
  );
  let end = entry.messageIndex;
  record.messages.forEach((m, i) => {
    if (m.role === 'tool' && ids.has(m.toolCallId) && i > end) end = i;
  });
  return end;
}

/** Inserts new turns (a call and its answer each) right after the turn of `entry`. */
export function insertAfter(
  record: TrajectoryRecord,
  entry: CallEntry,
  turns: readonly {
    readonly name: string;
    readonly args: ToolCall['arguments'];
    readonly content: string;
  }[],
): TrajectoryRecord {
  const at = turnEnd(record, entry) + 1;
  const added: Message[] = [];
  let current = record;
  for (const turn of turns) {
    const id = freshId(current, 'x');
    const call: ToolCall = { id, name: turn.name, arguments: turn.args };
    added.push({ role: 'assistant', content: `Calling ${turn.name}.`, toolCalls: [call] });
    added.push({ role: 'tool', toolCallId: id, name: turn.name, content: turn.content });
    current = withMessages(record, [...record.messages, ...added]);
  }
  return withMessages(record, [
    ...record.messages.slice(0, at),
    ...added,
    ...record.messages.slice(at),
  ]);
}
