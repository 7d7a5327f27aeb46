import type { JsonObject } from '@forge/spec';
import type { CallRule } from '../call-rule.js';
import { type Step, stepsOf } from '../internal/steps.js';
import { type Finding, finding } from '../internal/violation.js';

/**
 * Arguments that are fractions of the screen, by tool. The `*-at-point`
 * tools are absent on purpose: they take raw iOS points.
 */
const normalizedKeys: Readonly<Record<string, readonly string[]>> = {
  'gesture-tap': ['x', 'y'],
  'gesture-swipe': ['fromX', 'fromY', 'toX', 'toY'],
  'gesture-scroll': ['x', 'y'],
  'gesture-drag': ['fromX', 'fromY', 'toX', 'toY'],
  'gesture-pinch': ['centerX', 'centerY', 'startDistance', 'endDistance'],
  'gesture-rotate': ['centerX', 'centerY', 'radius'],
  'debugger-inspect-element': ['x', 'y'],
};

const eventKeys = ['x', 'y', 'x2', 'y2'] as const;

function outside(value: unknown): value is number {
  return typeof value === 'number' && !(value >= 0 && value <= 1);
}

function stepFindings(step: Step): Finding[] {
  const out: Finding[] = [];
  const where = step.within ? `${step.within} step ${step.name}` : step.name;
  const report = (key: string, value: number) =>
    out.push(
      finding(
        'policy.coordinate-out-of-range',
        `${where}: ${key} = ${value} is not a fraction of the screen (0..1)`,
      ),
    );
  for (const key of normalizedKeys[step.name] ?? []) {
    const v = step.args[key];
    if (outside(v)) report(key, v);
  }
  if (step.name === 'gesture-custom' && Array.isArray(step.args.events)) {
    step.args.events.forEach((event, i) => {
      if (typeof event !== 'object' || event === null || Array.isArray(event)) return;
      for (const key of eventKeys) {
        const v = (event as JsonObject)[key];
        if (outside(v)) report(`events[${i}].${key}`, v);
      }
    });
  }
  return out;
}

/**
 * Every gesture coordinate and distance is normalized to 0..1, inside
 * run-sequence steps too, where the catalog's schema cannot see them.
 * Code: `policy.coordinate-out-of-range`.
 */
export const coordinateRule: CallRule<undefined> = {
  gate: 'policy',
  start: () => undefined,
  check: (_state, call) => stepsOf(call).flatMap(stepFindings),
  observe() {},
};
