import type { Corruption } from './corruption.js';
import { entryAt, placesWhere, replaceCall, withMessages } from './edit.js';

/** A call's tool message removed. */
export const droppedToolResult: Corruption = {
  name: 'dropped-tool-result',
  expectedCode: 'structure.missing-result',
  applicable: (record) => placesWhere(record, (e) => e.resultIndex !== undefined),
  apply(record, place) {
    const { resultIndex } = entryAt(record, place);
    return withMessages(
      record,
      record.messages.filter((_, i) => i !== resultIndex),
    );
  },
};

/** A call (and its answer) given the id of the call before it. */
export const duplicateCallId: Corruption = {
  name: 'duplicate-call-id',
  expectedCode: 'structure.duplicate-call-id',
  applicable: (record) => placesWhere(record, (_e, i) => i > 0),
  apply(record, place) {
    const id = entryAt(record, place - 1).call.id;
    const e = entryAt(record, place);
    return replaceCall(record, e, { ...e.call, id }, (m) => ({ ...m, toolCallId: id }));
  },
};

/** The final answer emptied. */
export const emptyFinalAnswer: Corruption = {
  name: 'empty-final-answer',
  expectedCode: 'structure.empty-content',
  applicable: (record) => {
    const last = record.messages[record.messages.length - 1];
    return last?.role === 'assistant' && !last.toolCalls?.length ? [0] : [];
  },
  apply: (record) =>
    withMessages(
      record,
      record.messages.map((m, i) => (i === record.messages.length - 1 ? { ...m, content: '' } : m)),
    ),
};

/** A tool message moved before the assistant turn that made its call. */
export const reorderedMessages: Corruption = {
  name: 'reordered-messages',
  expectedCode: 'structure.orphan-result',
  applicable: (record) => placesWhere(record, (e) => e.resultIndex === e.messageIndex + 1),
  apply(record, place) {
    const { messageIndex: a, resultIndex } = entryAt(record, place);
    const b = resultIndex as number;
    const m = [...record.messages];
    [m[a], m[b]] = [m[b] as (typeof m)[number], m[a] as (typeof m)[number]];
    return withMessages(record, m);
  },
};

/** `meta.calls` off by one. */
export const callsMiscounted: Corruption = {
  name: 'calls-miscounted',
  expectedCode: 'offered.calls-mismatch',
  applicable: () => [0],
  apply: (record) => ({ ...record, meta: { ...record.meta, calls: record.meta.calls + 1 } }),
};

/** A tool offered twice in `record.tools`. */
export const duplicateOfferedTool: Corruption = {
  name: 'duplicate-offered-tool',
  expectedCode: 'offered.duplicate-tool',
  applicable: (record) => (record.tools.length > 0 ? [0] : []),
  apply: (record) => ({
    ...record,
    tools: [...record.tools, record.tools[0] as (typeof record.tools)[number]],
  }),
};

/** `meta.recovered` claimed by a record that met no injected failure. */
export const recoveredWithoutInjection: Corruption = {
  name: 'recovered-without-injection',
  expectedCode: 'offered.recovered-mismatch',
  applicable: (record) => (record.meta.injections.length === 0 ? [0] : []),
  apply: (record) => ({ ...record, meta: { ...record.meta, recovered: true } }),
};
