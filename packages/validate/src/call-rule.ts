import type {
  Catalog,
  Gate,
  GateContext,
  HistoryStep,
  Message,
  ToolCall,
  ToolSpec,
  TrajectoryRecord,
  Violation,
} from '@forge/spec';
import { argumentIssues } from './internal/argument-issues.js';
import { type Finding, placed } from './internal/violation.js';
import { callEntries, requestText } from './internal/walk.js';

/** What a call got back, as a record's tool message or an env step reports it. */
export interface CallOutcome {
  readonly text: string;
  readonly isError: boolean;
}

/** What a per-call rule may read besides the calls before it. */
export interface RuleContext {
  readonly catalog: Catalog;
  /** The tools offered in the episode. */
  readonly tools: readonly ToolSpec[];
  /** The user's request, for rules that depend on what was asked. */
  readonly request: string;
}

/**
 * A check that judges calls one at a time from what came before them. The
 * same rule runs over a whole record (a `Gate`) and incrementally while an
 * episode is played (`checkCall`), so eval and the dataset gates agree.
 */
export interface CallRule<S> {
  /** The gate the rule's violations belong to. */
  readonly gate: string;
  /** Fresh state at the start of an episode. */
  start(context: RuleContext): S;
  /** Problems with `call`, given everything before it. */
  check(state: S, call: ToolCall, context: RuleContext): readonly Finding[];
  /** Folds a call and its outcome (undefined when it was never answered) into the state. */
  observe(state: S, call: ToolCall, outcome: CallOutcome | undefined): void;
  /** Problems only visible at the end of the episode (whole records only). */
  finish?(state: S, context: RuleContext): readonly Finding[];
}

/** What a per-call gate sees mid-episode; eval's `CallCheckContext` fits it. */
export interface CallCheckContext {
  readonly catalog: Catalog;
  readonly tools: readonly ToolSpec[];
  /** Steps before this call; earlier calls of the same turn form the last step. */
  readonly history: readonly HistoryStep[];
  /** The transcript so far. */
  readonly messages: readonly Message[];
}

/** A gate that judges one call as it is made (the shape eval's `CallGate` has). */
export interface CallGate {
  readonly name: string;
  checkCall(call: ToolCall, context: CallCheckContext): readonly Violation[];
}

/** A rule with its state type hidden, so rules of different kinds share a list. */
// biome-ignore lint/suspicious/noExplicitAny: the state type is private to each rule.
export type AnyCallRule = CallRule<any>;

/**
 * Whether a call reached the toolkit: one whose arguments fail the tool's
 * schema (or whose tool does not exist) is refused by the MCP server before
 * it runs, so it changes no screen, lists no device and holds no session.
 * Its own violations come from the schema and offered gates.
 */
function ran(catalog: Catalog, call: ToolCall): boolean {
  return argumentIssues(catalog, call).length === 0;
}

/** Runs rules over a whole record; every finding is placed on its call. */
export function runRules(
  rules: readonly AnyCallRule[],
  record: TrajectoryRecord,
  context: GateContext,
): Violation[] {
  const ruleContext: RuleContext = {
    catalog: context.catalog,
    tools: record.tools,
    request: requestText(record.messages),
  };
  const states = rules.map((r) => r.start(ruleContext));
  const out: Violation[] = [];
  for (const entry of callEntries(record)) {
    const outcome = entry.result && {
      text: entry.result.content,
      isError: entry.result.isError === true,
    };
    const executed = ran(context.catalog, entry.call);
    rules.forEach((rule, i) => {
      for (const f of rule.check(states[i], entry.call, ruleContext)) {
        out.push(placed(rule.gate, f, entry.messageIndex, entry.call.id));
      }
      if (executed) rule.observe(states[i], entry.call, outcome);
    });
  }
  const last = record.messages.length - 1;
  rules.forEach((rule, i) => {
    for (const f of rule.finish?.(states[i], ruleContext) ?? []) {
      out.push(placed(rule.gate, f, last >= 0 ? last : undefined, undefined));
    }
  });
  return out;
}

/** A whole-record gate made of call rules. */
export function rulesGate(name: string, rules: readonly AnyCallRule[]): Gate {
  return { name, check: (record, context) => runRules(rules, record, context) };
}

/**
 * The per-call form of rules: folds the history into fresh state, then
 * judges the call. Linear in the history per call, which is small next to
 * a model turn.
 */
export function rulesCallGate(name: string, rules: readonly AnyCallRule[]): CallGate {
  return {
    name,
    checkCall(call, context) {
      const ruleContext: RuleContext = {
        catalog: context.catalog,
        tools: context.tools,
        request: requestText(context.messages),
      };
      const out: Violation[] = [];
      const executed = context.history.map((step) =>
        step.calls.map((c) => ran(context.catalog, c)),
      );
      for (const rule of rules) {
        const state = rule.start(ruleContext);
        context.history.forEach((step, s) => {
          step.calls.forEach((c, i) => {
            if (!executed[s]?.[i]) return;
            const r = step.results[i];
            rule.observe(state, c, r && { text: r.text, isError: r.isError });
          });
        });
        for (const f of rule.check(state, call, ruleContext)) {
          out.push(placed(rule.gate, f, undefined, call.id));
        }
      }
      return out;
    },
  };
}
