import type { Gate, GateContext, TrajectoryRecord, Violation } from '@forge/spec';
import { inPass } from './internal/validation-pass.js';
import { offeredGate } from './offered-gate.js';
import { replayGate } from './replay-gate.js';
import { deviceOrderGate, groundingGate, policyGate } from './rule-gates.js';
import { schemaGate } from './schema-gate.js';
import { structureGate } from './structure-gate.js';
import { successGate } from './success-gate.js';

/** Options of `defaultGates`. */
export interface DefaultGatesOptions {
  /** Include the replay gate (needs `createEnv` in the context). Default true. */
  readonly replay?: boolean;
}

/**
 * Every built-in gate, cheapest first: schema, structure, success, offered,
 * device-order, policy, grounding, replay.
 */
export function defaultGates(options: DefaultGatesOptions = {}): readonly Gate[] {
  const gates = [
    schemaGate,
    structureGate,
    successGate,
    offeredGate,
    deviceOrderGate,
    policyGate,
    groundingGate,
  ];
  return options.replay === false ? gates : [...gates, replayGate];
}

/**
 * Runs every gate over a record and returns every violation, not just the
 * first. A gate that throws becomes a `<gate>.internal-error` violation, so
 * a defect in a gate rejects the record instead of passing it silently.
 */
export function validate(
  record: TrajectoryRecord,
  context: GateContext,
  gates: readonly Gate[] = defaultGates(),
): Violation[] {
  const out: Violation[] = [];
  inPass(record, context.catalog, () => {
    for (const gate of gates) {
      try {
        out.push(...gate.check(record, context));
      } catch (cause) {
        const why = cause instanceof Error ? cause.message : String(cause);
        out.push({
          gate: gate.name,
          code: `${gate.name}.internal-error`,
          message: `the gate threw: ${why}`,
        });
      }
    }
  });
  return out;
}

/** A gate from a name and a check function, for custom gates. */
export function createGate(
  name: string,
  check: (record: TrajectoryRecord, context: GateContext) => readonly Violation[],
): Gate {
  return { name, check };
}
