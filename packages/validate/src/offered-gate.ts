import { type Gate, type TrajectoryRecord, toolsRun, type Violation } from '@forge/spec';
import { type CallGate, type CallRule, rulesCallGate, runRules } from './call-rule.js';
import { type Finding, finding } from './internal/violation.js';
import { callEntries } from './internal/walk.js';

/** Every called tool is in the catalog and among the tools the record offered. */
const offeredRule: CallRule<ReadonlySet<string>> = {
  gate: 'offered',
  start: (context) => new Set(context.tools.map((t) => t.name)),
  check(offered, call, context) {
    const out: Finding[] = [];
    if (!context.catalog.has(call.name)) {
      out.push(finding('offered.unknown-tool', `${call.name} is not a tool of the catalog`));
    }
    if (!offered.has(call.name)) {
      out.push(finding('offered.not-offered', `${call.name} was not among the tools offered`));
    }
    // A run-sequence step or a flow-add-step command is written from its
    // tool's schema, so that tool must be offered too. A tool the catalog
    // lacks is the policy gate's to name (policy.sequence-step-invalid).
    for (const inner of toolsRun(call).slice(1))
      if (context.catalog.has(inner) && !offered.has(inner))
        out.push(
          finding(
            'offered.not-offered',
            `${call.name} runs ${inner}, which was not among the tools offered`,
          ),
        );
    return out;
  },
  observe() {},
};

function metaViolations(record: TrajectoryRecord): Violation[] {
  const calls = callEntries(record).map((e) => e.call);
  const used = [...new Set(calls.map((c) => c.name))];
  const out: Violation[] = [];
  const said = record.meta.toolsUsed;
  if (said.length !== used.length || said.some((name, i) => name !== used[i])) {
    out.push({
      gate: 'offered',
      code: 'offered.tools-used-mismatch',
      message: `meta.toolsUsed is [${said.join(', ')}], the calls use [${used.join(', ')}] (distinct, first-use order)`,
    });
  }
  const offered = new Set<string>();
  const twice = new Set<string>();
  for (const { name } of record.tools) (offered.has(name) ? twice : offered).add(name);
  if (twice.size > 0) {
    // A trainer would see two definitions under one name.
    out.push({
      gate: 'offered',
      code: 'offered.duplicate-tool',
      message: `record.tools offers ${[...twice].join(', ')} more than once`,
    });
  }
  if (record.meta.recovered && record.meta.injections.length === 0) {
    out.push({
      gate: 'offered',
      code: 'offered.recovered-mismatch',
      message:
        'meta.recovered is true but meta.injections is empty: there was no failure to recover from',
    });
  }
  if (record.meta.calls !== calls.length) {
    out.push({
      gate: 'offered',
      code: 'offered.calls-mismatch',
      message: `meta.calls is ${record.meta.calls}, the messages hold ${calls.length} call(s)`,
    });
  }
  return out;
}

/**
 * The offered gate: every called tool is in the catalog and in
 * `record.tools`, as is every catalog tool a call runs inside it (a
 * run-sequence step's, a flow-add-step's command: `toolsRun`), and
 * `record.tools` names each tool once; `meta.toolsUsed` (distinct
 * top-level tool names in first-use order) and `meta.calls` (top-level
 * calls, a run-sequence counted once) agree with the messages; and
 * `meta.recovered` is only claimed with injections. Codes:
 * `offered.unknown-tool`, `offered.not-offered`, `offered.duplicate-tool`,
 * `offered.tools-used-mismatch`, `offered.calls-mismatch`,
 * `offered.recovered-mismatch`.
 */
export const offeredGate: Gate = {
  name: 'offered',
  check: (record, context) => [
    ...runRules([offeredRule], record, context),
    ...metaViolations(record),
  ],
};

/** The offered gate per call, for eval (the meta checks need a whole record). */
export const offeredCallGate: CallGate = rulesCallGate('offered', [offeredRule]);
