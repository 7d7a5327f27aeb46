import type { ArgumentIssue, Catalog, ToolCall } from '@forge/spec';

/** The last catalog a call was checked against, and what it said. */
interface Checked {
  readonly catalog: Catalog;
  readonly issues: readonly ArgumentIssue[];
}

const checked = new WeakMap<ToolCall, Checked>();

/**
 * `catalog.checkArguments(call.name, call.arguments)`, computed once per
 * call object and catalog. Every rules gate asks whether each call ran (its
 * arguments fit the schema) and the schema gate asks for the issues
 * themselves: six schema validations of the same call per record, now one.
 * Safe because records are immutable (readonly types; the corruption
 * operators and every other producer build new call objects rather than
 * edit one), and the answer is a pure function of the catalog and the call.
 */
export function argumentIssues(catalog: Catalog, call: ToolCall): readonly ArgumentIssue[] {
  const hit = checked.get(call);
  if (hit?.catalog === catalog) return hit.issues;
  const issues = catalog.checkArguments(call.name, call.arguments);
  checked.set(call, { catalog, issues });
  return issues;
}
