import type { CallRule } from '../call-rule.js';
import { finding } from '../internal/violation.js';

/** How each screenshot of the episode was taken, by the path it returned. */
type Shots = Map<string, { readonly scale: unknown; readonly inContext: unknown }>;

function pathOf(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as { path?: unknown };
    return typeof value.path === 'string' ? value.path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Visual regression: a screenshot-diff against a screenshot of the episode
 * needs that baseline taken at scale 1.0 (no `scale`, or 1) with
 * `includeImageInContext: false`. Diffs against files the episode did not
 * capture, and baselines the diff captures itself, are not judged. Code:
 * `policy.baseline-screenshot`.
 */
export const baselineRule: CallRule<Shots> = {
  gate: 'policy',
  start: () => new Map(),
  check(shots, call) {
    if (call.name !== 'screenshot-diff' || call.arguments.captureBaseline === true) return [];
    const path = call.arguments.baselinePath;
    const shot = typeof path === 'string' ? shots.get(path) : undefined;
    if (!shot) return [];
    const fullScale = shot.scale === undefined || shot.scale === 1;
    if (fullScale && shot.inContext === false) return [];
    const how = [
      fullScale ? undefined : `at scale ${String(shot.scale)}`,
      shot.inContext === false ? undefined : 'with the image in context',
    ].filter((x) => x !== undefined);
    return [
      finding(
        'policy.baseline-screenshot',
        `screenshot-diff compares against ${path}, taken ${how.join(' and ')}; take baselines at scale 1 with includeImageInContext false`,
      ),
    ];
  },
  observe(shots, call, outcome) {
    if (call.name !== 'screenshot' || !outcome || outcome.isError) return;
    const path = pathOf(outcome.text);
    if (path === undefined) return;
    shots.set(path, {
      scale: call.arguments.scale,
      inContext: call.arguments.includeImageInContext,
    });
  },
};
