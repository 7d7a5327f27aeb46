import type { Gate, TrajectoryRecord, Violation } from '@forge/spec';

/** The goal as the record states it: its first user message. */
function requestOf(record: TrajectoryRecord): string {
  for (const message of record.messages) if (message.role === 'user') return message.content;
  return '';
}

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
    const request = requestOf(record);
    return [
      {
        gate: 'success',
        code: 'success.task-failed',
        message: `the episode did not reach its goal${request === '' ? '' : `: ${JSON.stringify(request.length > 160 ? `${request.slice(0, 157)}...` : request)}`}`,
      },
    ];
  },
};
