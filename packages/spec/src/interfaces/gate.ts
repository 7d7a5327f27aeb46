import type { Catalog } from '../catalog/tool-spec.js';
import type { TrajectoryRecord } from '../record/trajectory.js';
import type { Env } from './env.js';

/** One reason a trajectory may not ship. */
export interface Violation {
  /** The gate that found it: `schema`, `structure`, `grounding`, … */
  readonly gate: string;
  /** A stable code such as `schema.unknown-argument`. */
  readonly code: string;
  readonly message: string;
  /** Index into `record.messages`, when the problem has a place. */
  readonly messageIndex?: number;
  readonly callId?: string;
}

/** What gates may consult besides the record. */
export interface GateContext {
  readonly catalog: Catalog;
  /** A fresh environment for replay; gates that replay need it. */
  readonly createEnv?: () => Env;
}

/** A hard check on a whole trajectory. Returns every violation it finds. */
export interface Gate {
  readonly name: string;
  check(record: TrajectoryRecord, context: GateContext): readonly Violation[];
}
