import type { HistoryStep } from '@forge/spec';
import { type DiscoveredElement, discoveryTools, parseDiscovery } from './parse-discovery.js';

/**
 * The elements of the most recent successful discovery call in a history,
 * or undefined when the episode has not discovered anything yet.
 */
export function latestDiscovery(
  history: readonly HistoryStep[],
): readonly DiscoveredElement[] | undefined {
  for (let s = history.length - 1; s >= 0; s -= 1) {
    const step = history[s];
    if (!step) continue;
    for (let c = step.calls.length - 1; c >= 0; c -= 1) {
      const call = step.calls[c];
      const result = step.results[c];
      if (call && result && !result.isError && discoveryTools.has(call.name)) {
        return parseDiscovery(result.text);
      }
    }
  }
  return undefined;
}

/** The point of a tap call, when the call is a tap with numeric coordinates. */
export function tapPoint(call: {
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
}): { readonly x: number; readonly y: number } | undefined {
  if (call.name !== 'gesture-tap') return undefined;
  const { x, y } = call.arguments;
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined;
}
