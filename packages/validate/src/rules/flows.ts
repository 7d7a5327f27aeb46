import type { Catalog, ToolCall } from '@forge/spec';
import type { CallRule } from '../call-rule.js';
import { stepsOf } from '../internal/steps.js';
import { type Finding, finding } from '../internal/violation.js';

interface FlowState {
  /** The flow being recorded: a flow-start-recording succeeded and no finish since. */
  recording: string | undefined;
}

/** Tools that add to, or close, the flow being recorded. */
const insideRecording: ReadonlySet<string> = new Set([
  'flow-add-step',
  'flow-add-echo',
  'flow-finish-recording',
]);

/** Problems with the command a flow-add-step records: it must be a call the toolkit can run. */
function stepFindings(call: ToolCall, catalog: Catalog): Finding[] {
  const [step] = stepsOf(call);
  if (step?.within !== 'flow-add-step') {
    return [
      finding(
        'policy.flow-step-invalid',
        'flow-add-step records nothing runnable: command must name a tool other than a flow tool, and args must be a JSON object in a string',
      ),
    ];
  }
  return catalog
    .checkArguments(step.name, step.args)
    .map((issue) =>
      finding('policy.flow-step-invalid', `flow-add-step (${step.name}): ${issue.message}`),
    );
}

/**
 * Flows go start → add-step / add-echo → finish → execute with the
 * prerequisite acknowledged: steps, echoes and the finish only while a
 * recording is open, no second start while one is, each recorded step a
 * call its tool's schema accepts, `flow-execute` with
 * `prerequisiteAcknowledged: true`, and no recording left open at the end.
 * Codes: `policy.flow-order`, `policy.flow-step-invalid`,
 * `policy.flow-unacknowledged`, `policy.flow-unfinished` (whole records
 * only).
 */
export const flowRule: CallRule<FlowState> = {
  gate: 'policy',
  start: () => ({ recording: undefined }),
  check(state, call, context) {
    const out: Finding[] = [];
    if (insideRecording.has(call.name) && state.recording === undefined) {
      out.push(
        finding(
          'policy.flow-order',
          `${call.name} while no flow is being recorded; call flow-start-recording first`,
        ),
      );
    }
    if (call.name === 'flow-start-recording' && state.recording !== undefined) {
      out.push(
        finding(
          'policy.flow-order',
          `flow-start-recording while "${state.recording}" is still being recorded; finish it first`,
        ),
      );
    }
    if (call.name === 'flow-add-step') out.push(...stepFindings(call, context.catalog));
    if (call.name === 'flow-execute' && call.arguments.prerequisiteAcknowledged !== true) {
      out.push(
        finding(
          'policy.flow-unacknowledged',
          'flow-execute without prerequisiteAcknowledged: true; read the prerequisite, make sure it holds, then acknowledge it',
        ),
      );
    }
    return out;
  },
  observe(state, call, outcome) {
    if (!outcome || outcome.isError) return;
    if (call.name === 'flow-start-recording') {
      const name = call.arguments.name;
      state.recording = typeof name === 'string' ? name : '(unnamed)';
    } else if (call.name === 'flow-finish-recording') state.recording = undefined;
  },
  finish(state) {
    if (state.recording === undefined) return [];
    return [
      finding(
        'policy.flow-unfinished',
        `the episode ends while "${state.recording}" is still being recorded; finish it with flow-finish-recording`,
      ),
    ];
  },
};
