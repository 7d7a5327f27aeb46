import type { JsonObject } from '@forge/spec';
import type { CallRule } from '../call-rule.js';
import { sequenceSteps } from '../internal/steps.js';
import { type Finding, finding } from '../internal/violation.js';

/** The tools a run-sequence may hold: input that needs no observation in between. */
export const sequenceTools: ReadonlySet<string> = new Set([
  'gesture-tap',
  'gesture-swipe',
  'gesture-scroll',
  'gesture-drag',
  'gesture-custom',
  'gesture-pinch',
  'gesture-rotate',
  'button',
  'keyboard',
  'rotate',
]);

/**
 * run-sequence steps use only gesture, button, keyboard and rotate tools,
 * carry no `udid` (it is injected from the top level), and each step's
 * arguments, with that udid added, fit its tool's schema. Codes:
 * `policy.sequence-forbidden-tool`, `policy.sequence-udid`,
 * `policy.sequence-step-invalid`.
 */
export const sequenceRule: CallRule<undefined> = {
  gate: 'policy',
  start: () => undefined,
  check(_state, call, context) {
    if (call.name !== 'run-sequence') return [];
    const out: Finding[] = [];
    const udid = call.arguments.udid;
    sequenceSteps(call).forEach((step, i) => {
      const tool = typeof step.tool === 'string' ? step.tool : String(step.tool);
      if (!sequenceTools.has(tool)) {
        out.push(
          finding(
            'policy.sequence-forbidden-tool',
            `run-sequence step ${i} uses ${tool}; only gesture, button, keyboard and rotate tools may run inside a sequence`,
          ),
        );
        return;
      }
      const args =
        typeof step.args === 'object' && step.args !== null && !Array.isArray(step.args)
          ? (step.args as JsonObject)
          : undefined;
      if (args && 'udid' in args) {
        out.push(
          finding(
            'policy.sequence-udid',
            `run-sequence step ${i} (${tool}) sets udid; it is filled in from the top level`,
          ),
        );
        return;
      }
      const withUdid = args && typeof udid === 'string' ? { ...args, udid } : args;
      for (const issue of context.catalog.checkArguments(tool, withUdid)) {
        out.push(
          finding(
            'policy.sequence-step-invalid',
            `run-sequence step ${i} (${tool}): ${issue.message}`,
          ),
        );
      }
    });
    return out;
  },
  observe() {},
};
