import { createRng, deriveSeed } from '@forge/gym';
import type { JsonObject } from '@forge/spec';
import type { PolicyUnderTest } from '../policy-under-test.js';
import { sampleFromSchema } from './schema-sample.js';

/**
 * The floor: each turn one call to a random offered tool with arguments
 * drawn from the tool's JSON Schema (valid by schema, blind to the world),
 * or, one time in fifteen, a final answer. Seeded by the run seed, the
 * episode seed, the sampling seed and the turn, so runs are reproducible.
 */
export function randomPolicy(seed: number): PolicyUnderTest {
  return {
    name: 'random',
    async next(context) {
      const rng = createRng(deriveSeed(seed, context.seed, context.sampleSeed, context.turn));
      if (context.tools.length === 0 || rng.chance(1 / 15)) {
        return { kind: 'action', action: { type: 'final', text: 'Done.' } };
      }
      const tool = rng.pick(context.tools);
      const args = sampleFromSchema(tool.inputSchema, rng) as JsonObject;
      return {
        kind: 'action',
        action: {
          type: 'call',
          calls: [{ id: `call_${context.turn}_0`, name: tool.name, arguments: args }],
        },
      };
    },
  };
}
