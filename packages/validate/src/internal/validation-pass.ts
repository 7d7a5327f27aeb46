import type { ArgumentIssue, Catalog, ToolCall, TrajectoryRecord } from '@forge/spec';
import type { CallEntry } from './walk.js';

/**
 * Work that several gates repeat on the same record, done once per
 * `validate` call: pairing the record's calls with their answers (the
 * offered, replay and five rules gates each walk them) and checking each
 * call's arguments against the catalog (the schema gate and every rules
 * gate ask, six schema validations of each call). The memo lives only while
 * `validate` runs its gates over one record, so a caller who validates a
 * record, changes it and validates it again gets a fresh answer, and a gate
 * run on its own computes as it always did.
 */
interface Pass {
  readonly record: TrajectoryRecord;
  readonly catalog: Catalog;
  entries: readonly CallEntry[] | undefined;
  readonly issues: Map<ToolCall, readonly ArgumentIssue[]>;
}

let current: Pass | undefined;

/** Runs `gates` with a memo for `record`; a nested `validate` gets its own. */
export function inPass<T>(record: TrajectoryRecord, catalog: Catalog, gates: () => T): T {
  const outer = current;
  current = { record, catalog, entries: undefined, issues: new Map() };
  try {
    return gates();
  } finally {
    current = outer;
  }
}

/** The record's call entries, made once in a pass over that record. */
export function passEntries(
  record: TrajectoryRecord,
  make: (record: TrajectoryRecord) => readonly CallEntry[],
): readonly CallEntry[] {
  const pass = current;
  if (pass?.record !== record) return make(record);
  pass.entries ??= make(record);
  return pass.entries;
}

/** A call's argument issues, checked once in a pass against that catalog. */
export function passIssues(
  catalog: Catalog,
  call: ToolCall,
  check: () => readonly ArgumentIssue[],
): readonly ArgumentIssue[] {
  const pass = current;
  if (pass?.catalog !== catalog) return check();
  let issues = pass.issues.get(call);
  if (issues === undefined) {
    issues = check();
    pass.issues.set(call, issues);
  }
  return issues;
}
