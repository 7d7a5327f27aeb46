import type { Gate, Violation } from '@forge/spec';
import { requestText } from './internal/walk.js';

/**
 * A training record must show the goal reached. A failed episode can be
 * perfectly well formed, and every other gate (replay included, which only
 * checks that `meta.success` tells the truth) passes it, yet it teaches
 * stopping short. `forge generate` rejects such episodes with this code;
 * `forge validate` must too.
 */
export const successGate: Gate = {
  name: 'success',
  check(record): Violation[] {
    if (record.meta.success) return [];
    const request = requestText(record.messages);
    return [
      {
        gate: 'success',
        code: 'success.task-failed',
        message: `the episode did not reach its goal${request === '' ? '' : `: ${JSON.stringify(request.length > 160 ? `${request.slice(0, 157)}...` : request)}`}`,
      },
    ];
  },
};
