import { createRng, deriveSeed, type Rng } from '@forge/gym';
import type { ToolCall } from '@forge/spec';
import { latestDiscovery, tapPoint } from '../discovery/latest-discovery.js';
import { type DiscoveredElement, frameContains } from '../discovery/parse-discovery.js';
import type { PolicyUnderTest } from '../policy-under-test.js';

/** The argument the noise adds to break a call's schema; no closed schema allows it. */
export const noiseArgument = 'forge_noise';

/** A point, on a 3-decimal grid, inside no element of a discovery. */
export function pointOutside(
  elements: readonly DiscoveredElement[],
  rng: Rng,
): { readonly x: number; readonly y: number } {
  const free = (x: number, y: number): boolean =>
    !elements.some((e) => frameContains(e.frame, x, y));
  for (let attempt = 0; attempt < 256; attempt += 1) {
    const x = rng.int(0, 1000) / 1000;
    const y = rng.int(0, 1000) / 1000;
    if (free(x, y)) return { x, y };
  }
  // A screen covered almost entirely: scan a grid so the promise still holds.
  for (let i = 0; i <= 100; i += 1) {
    for (let j = 0; j <= 100; j += 1) if (free(j / 100, i / 100)) return { x: j / 100, y: i / 100 };
  }
  return { x: 0, y: 0 };
}

/**
 * Wraps a policy and corrupts its calls at a known rate, to prove the metrics
 * measure what they claim: with probability `p` per tap the point moves
 * outside every element of the most recent discovery (an ungrounded tap),
 * and with probability `p` per call an unknown argument breaks the schema.
 */
export function noisyPolicy(inner: PolicyUnderTest, p: number, seed: number): PolicyUnderTest {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`noisyPolicy needs 0 <= p <= 1, got ${p}`);
  return {
    name: `noisy:${p}(${inner.name})`,
    async next(context) {
      const turn = await inner.next(context);
      if (turn.kind !== 'action' || turn.action.type !== 'call') return turn;
      // Each decision is its own hash of (run, episode, sample, turn, call):
      // the first draws of freshly seeded generators were measurably biased.
      const draw = (i: number, what: string): number =>
        deriveSeed(seed, context.seed, context.sampleSeed, context.turn, i, what) / 2 ** 32;
      const calls = turn.action.calls.map((call, i): ToolCall => {
        let args = call.arguments;
        if (tapPoint(call) && draw(i, 'tap') < p) {
          const rng = createRng(
            deriveSeed(seed, context.seed, context.sampleSeed, context.turn, i),
          );
          args = { ...args, ...pointOutside(latestDiscovery(context.history) ?? [], rng) };
        }
        const breakSchema = draw(i, 'schema') < p;
        if (breakSchema) args = { ...args, [noiseArgument]: true };
        return { ...call, arguments: args };
      });
      return { ...turn, action: { ...turn.action, calls } };
    },
  };
}
