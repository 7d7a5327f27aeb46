import type {
  Catalog,
  Gate,
  HistoryStep,
  Message,
  Task,
  ToolCall,
  ToolSpec,
  TrajectoryRecord,
  Violation,
} from '@forge/spec';

/** What a per-call check may consult: everything that happened before the call. */
export interface CallCheckContext {
  readonly catalog: Catalog;
  readonly task: Task;
  readonly tools: readonly ToolSpec[];
  /** Steps before this call; earlier calls of the same turn form the last step. */
  readonly history: readonly HistoryStep[];
  /** The transcript so far, ending with the assistant message that holds this call. */
  readonly messages: readonly Message[];
}

/**
 * A gate that judges one call as it is made, so eval can give per-call
 * verdicts while the episode runs. A grounding or policy gate implements
 * this directly; a whole-record `Gate` fits through `fromRecordGate`.
 */
export interface CallGate {
  readonly name: string;
  checkCall(call: ToolCall, context: CallCheckContext): readonly Violation[];
}

/** The schema gate per call: arguments against the tool's closed schema. */
export const schemaCallGate: CallGate = {
  name: 'schema',
  checkCall(call, context) {
    return context.catalog.checkArguments(call.name, call.arguments).map((issue) => ({
      gate: 'schema',
      code: `schema.${issue.code}`,
      message: `${call.name}: ${issue.message}`,
      callId: call.id,
    }));
  },
};

/** The record a whole-record gate sees mid-episode: the transcript up to this call. */
export function partialRecord(context: CallCheckContext): TrajectoryRecord {
  const calls = context.history.flatMap((s) => s.calls);
  return {
    schema: 'forge.trajectory/1',
    id: context.task.id,
    seed: 0,
    split: 'eval',
    meta: {
      family: context.task.family,
      platform: context.task.platform,
      pack: context.task.pack,
      app: context.task.app,
      persona: 'eval',
      difficulty: context.task.difficulty,
      injections: [],
      recovered: false,
      success: false,
      toolsUsed: [...new Set(calls.map((c) => c.name))],
      calls: calls.length,
    },
    tools: context.tools,
    messages: context.messages,
  };
}

/**
 * Runs a whole-record gate incrementally: on the record so far, keeping the
 * violations it pins on this call. Quadratic over an episode, which is fine
 * at agent episode lengths; a gate that cares implements `checkCall` itself.
 */
export function fromRecordGate(gate: Gate, catalog?: Catalog): CallGate {
  return {
    name: gate.name,
    checkCall(call, context) {
      return gate
        .check(partialRecord(context), { catalog: catalog ?? context.catalog })
        .filter((v) => v.callId === call.id);
    },
  };
}
