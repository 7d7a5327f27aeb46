import { latestDiscovery, tapPoint } from '../discovery/latest-discovery.js';
import { frameContains } from '../discovery/parse-discovery.js';
import type { CallGate } from './call-gate.js';

/**
 * Eval's own grounding check until @forge/validate's grounding gate lands: a
 * tap must fall inside an element listed by the most recent successful
 * discovery call. Codes: `grounding.no-discovery`, `grounding.outside-elements`.
 */
export const tapGroundingGate: CallGate = {
  name: 'grounding',
  checkCall(call, context) {
    const point = tapPoint(call);
    if (!point) return [];
    const elements = latestDiscovery(context.history);
    if (elements === undefined) {
      return [
        {
          gate: 'grounding',
          code: 'grounding.no-discovery',
          message: `${call.name} at (${point.x}, ${point.y}) before any discovery call`,
          callId: call.id,
        },
      ];
    }
    if (elements.some((e) => frameContains(e.frame, point.x, point.y))) return [];
    return [
      {
        gate: 'grounding',
        code: 'grounding.outside-elements',
        message: `${call.name} at (${point.x}, ${point.y}) is inside no discovered element`,
        callId: call.id,
      },
    ];
  },
};
