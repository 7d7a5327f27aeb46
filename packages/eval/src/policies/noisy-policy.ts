import { createRng, deriveSeed } from '@forge/gym';
import { type Catalog, defaultCatalog, type ToolCall } from '@forge/spec';
import { touchesElement } from '../gates/element-touch.js';
import type { PolicyUnderTest } from '../policy-under-test.js';
import { ungroundedTouch } from './ungrounded-touch.js';

/** The argument the noise adds to break a call's schema; no closed schema allows it. */
export const noiseArgument = 'forge_noise';

/**
 * Wraps a policy and corrupts its calls at a known rate, to prove the metrics
 * measure what they claim: with probability `p` per call that touches one
 * element (`touchesElement`, the calls grounding is scored on) the touch
 * moves to a point the grounding gate rejects, and with probability `p` per
 * call an unknown argument breaks the schema. The two are drawn
 * independently, so the grounded-touch rate and the schema-valid rate each
 * estimate 1 - p. `catalog` is the one the env checks calls against.
 */
export function noisyPolicy(
  inner: PolicyUnderTest,
  p: number,
  seed: number,
  catalog: Catalog = defaultCatalog(),
): PolicyUnderTest {
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
      const calls: ToolCall[] = [];
      for (const [i, call] of turn.action.calls.entries()) {
        let out = call;
        if (draw(i, 'tap') < p && touchesElement(call, catalog)) {
          const rng = createRng(
            deriveSeed(seed, context.seed, context.sampleSeed, context.turn, i),
          );
          // Judged as the gate will judge it: after the turn's earlier calls.
          const history = [...context.history, { calls: [...calls], results: [] }];
          const touch = { catalog, tools: context.tools, history, messages: context.messages };
          out = ungroundedTouch(call, touch, rng) ?? call;
        }
        if (draw(i, 'schema') < p)
          out = { ...out, arguments: { ...out.arguments, [noiseArgument]: true } };
        calls.push(out);
      }
      return { ...turn, action: { ...turn.action, calls } };
    },
  };
}
