import type { ToolCall } from './messages.js';

/**
 * The tools a call runs: itself, the tool of each run-sequence step and the
 * command of a flow-add-step. The model writes those steps' arguments from
 * the tools' own schemas (run-sequence takes `args` as a bare object, and
 * flow-add-step a JSON string), so a record offers every tool a call runs,
 * not only the top-level ones, or it teaches argument names nothing showed.
 */
export function toolsRun(call: Pick<ToolCall, 'name' | 'arguments'>): string[] {
  const names = [call.name];
  const { steps, command } = call.arguments;
  if (call.name === 'run-sequence' && Array.isArray(steps))
    for (const step of steps) {
      const tool =
        step !== null && typeof step === 'object' && !Array.isArray(step) ? step.tool : undefined;
      if (typeof tool === 'string' && !names.includes(tool)) names.push(tool);
    }
  if (call.name === 'flow-add-step' && typeof command === 'string' && !names.includes(command))
    names.push(command);
  return names;
}
