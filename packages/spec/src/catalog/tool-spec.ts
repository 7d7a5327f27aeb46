import type { JsonSchema } from '../json.js';

/** One tool as MCP's `tools/list` describes it. */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  /** A closed JSON Schema for the tool's arguments object. */
  readonly inputSchema: JsonSchema;
}

/** Why a call's arguments do not fit its tool's schema. */
export type ArgumentIssueCode =
  | 'unknown-tool'
  | 'unknown-argument'
  | 'wrong-type'
  | 'missing-required'
  | 'out-of-enum'
  | 'out-of-range'
  | 'invalid';

/** One problem with a call's arguments, located by a JSON pointer. */
export interface ArgumentIssue {
  readonly code: ArgumentIssueCode;
  /** JSON pointer into the arguments, `''` for the object itself. */
  readonly path: string;
  readonly message: string;
}

/** A loaded, compiled set of tools: lookups and argument checks. */
export interface Catalog {
  readonly tools: readonly ToolSpec[];
  readonly names: readonly string[];
  get(name: string): ToolSpec | undefined;
  has(name: string): boolean;
  /** Checks arguments against the tool's closed schema; empty when valid. */
  checkArguments(name: string, args: unknown): readonly ArgumentIssue[];
  /** The catalog restricted to the named tools (unknown names are ignored). */
  subset(names: Iterable<string>): Catalog;
}
