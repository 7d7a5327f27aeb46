import type { ArgumentIssue, Catalog, ToolCall } from '@forge/spec';
import { passIssues } from './validation-pass.js';

/**
 * `catalog.checkArguments(call.name, call.arguments)`, checked once per call
 * while `validate` runs (see validation-pass.ts): the schema gate wants the
 * issues, and every rules gate asks whether the call ran at all.
 */
export function argumentIssues(catalog: Catalog, call: ToolCall): readonly ArgumentIssue[] {
  return passIssues(catalog, call, () => catalog.checkArguments(call.name, call.arguments));
}
