import { createExpert } from '@forge/expert';
import { createEnv, defaultPacks } from '@forge/gym';
import {
  deviceOrderCallGate,
  groundingCallGate,
  offeredCallGate,
  policyCallGate,
  schemaCallGate,
} from '@forge/validate';
import type { EvalDeps } from '../commands/eval.js';

/** EvalDeps with the gym, the expert, the gates and the held-out packs all present. */
export type WiredEvalDeps = EvalDeps &
  Required<Pick<EvalDeps, 'createEnv' | 'expert' | 'gates' | 'heldOutPacks'>>;

/**
 * What `forge eval` scores with: the built-in gym, the expert as the
 * reference (and as `--policy expert` / `noisy:P`), and the dataset's own
 * gates checked call by call, so a model is judged by the rules its
 * training data had to pass.
 */
export function evalDeps(): WiredEvalDeps {
  return {
    createEnv: () => createEnv(),
    expert: createExpert(),
    gates: [
      schemaCallGate,
      offeredCallGate,
      deviceOrderCallGate,
      policyCallGate,
      groundingCallGate,
    ],
    heldOutPacks: defaultPacks.filter((p) => p.heldOut).map((p) => p.id),
  };
}
