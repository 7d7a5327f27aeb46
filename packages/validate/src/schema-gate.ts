import type { Gate, GateContext, ToolCall, TrajectoryRecord, Violation } from '@forge/spec';
import {
  type CallGate,
  type CallRule,
  type RuleContext,
  rulesCallGate,
  runRules,
} from './call-rule.js';
import { argumentIssues } from './internal/argument-issues.js';
import { type OfferedSchema, offeredSchema } from './internal/offered-schemas.js';
import { type Finding, finding, placed } from './internal/violation.js';

type Offered = ReadonlyMap<string, OfferedSchema>;

function offeredOf(context: RuleContext): Offered {
  return new Map(context.tools.map((t) => [t.name, offeredSchema(context.catalog, t)] as const));
}

function mismatch(name: string, offered: OfferedSchema): Finding | undefined {
  if (offered.kind === 'same') return undefined;
  const why =
    offered.kind === 'not-in-catalog'
      ? 'is not in the catalog'
      : offered.kind === 'invalid'
        ? `has an unusable schema (${offered.reason})`
        : "has a schema that differs from the catalog's";
  return finding('schema.offered-mismatch', `offered tool ${name} ${why}`);
}

function argumentFindings(call: ToolCall, context: RuleContext, offered: Offered): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const issue of argumentIssues(context.catalog, call)) {
    seen.add(`${issue.code} ${issue.path}`);
    out.push(finding(`schema.${issue.code}`, `${call.name}: ${issue.message}`));
  }
  const mine = offered.get(call.name);
  if (mine?.kind === 'different') {
    // The model saw the offered schema, so its arguments must fit that one too.
    for (const issue of mine.check(call.arguments)) {
      if (seen.has(`${issue.code} ${issue.path}`)) continue;
      seen.add(`${issue.code} ${issue.path}`);
      out.push(finding(`schema.${issue.code}`, `${call.name} (offered schema): ${issue.message}`));
    }
  }
  return out;
}

/** The per-call part of the schema gate; `perCall` also reports a differing offered schema. */
function schemaRule(perCall: boolean): CallRule<Offered> {
  return {
    gate: 'schema',
    start: offeredOf,
    check(offered, call, context) {
      const out = argumentFindings(call, context, offered);
      const mine = offered.get(call.name);
      const bad = perCall && mine ? mismatch(call.name, mine) : undefined;
      return bad ? [bad, ...out] : out;
    },
    observe() {},
  };
}

/**
 * The schema gate: every call's arguments must validate against its tool's
 * closed JSON Schema in the catalog and, when the record offered a
 * different schema for the tool, against that one as well; an offered tool
 * whose schema differs from the catalog's (or that the catalog lacks) is a
 * violation of its own. Codes: `schema.<issue>` (`schema.unknown-tool`,
 * `schema.unknown-argument`, `schema.wrong-type`, `schema.missing-required`,
 * `schema.out-of-enum`, `schema.out-of-range`, `schema.invalid`) and
 * `schema.offered-mismatch`.
 */
export const schemaGate: Gate = {
  name: 'schema',
  check(record: TrajectoryRecord, context: GateContext): readonly Violation[] {
    const out: Violation[] = [];
    for (const tool of record.tools) {
      const bad = mismatch(tool.name, offeredSchema(context.catalog, tool));
      if (bad) out.push(placed('schema', bad, undefined, undefined));
    }
    out.push(...runRules([schemaRule(false)], record, context));
    return out;
  },
};

/** The schema gate per call, for eval. */
export const schemaCallGate: CallGate = rulesCallGate('schema', [schemaRule(true)]);
