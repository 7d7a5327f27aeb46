import type { HistoryStep, Policy, PolicyAction, PolicyContext, ToolCall } from '@forge/spec';
import { latestDiscovery, tapPoint } from '../discovery/latest-discovery.js';
import { frameCentre } from '../discovery/parse-discovery.js';

function lastCall(history: readonly HistoryStep[]) {
  const step = history.at(-1);
  const index = (step?.calls.length ?? 0) - 1;
  return { call: step?.calls[index], result: step?.results[index] };
}

function deviceUdid(history: readonly HistoryStep[]): string | undefined {
  for (const step of history) {
    for (let i = 0; i < step.calls.length; i += 1) {
      const result = step.results[i];
      if (step.calls[i]?.name === 'list-devices' && result && !result.isError) {
        const match = /^\s+(\S+)\s+Booted/m.exec(result.text);
        if (match?.[1]) return match[1];
      }
    }
  }
  return undefined;
}

/**
 * The perfect scripted player of the test world (a TEST DOUBLE of the
 * expert): list devices, then alternate discovery and a tap on the centre of
 * the right element, and answer once the target's centre was tapped. It
 * decides from the history alone, so it recovers from noise and can be asked
 * "what would you do here" from any state.
 */
export const testTapExpert: Policy = {
  name: 'test-tap-expert',
  next(context: PolicyContext): PolicyAction {
    const { history } = context;
    const id = `call_${history.length + 1}`;
    const call = (name: string, args: ToolCall['arguments']): PolicyAction => ({
      type: 'call',
      calls: [{ id, name, arguments: args }],
    });
    const udid = deviceUdid(history);
    if (udid === undefined) return call('list-devices', {});
    const target = String(context.task.privileged.target);
    const section = String(context.task.privileged.section);
    const { call: last, result } = lastCall(history);
    if (last?.name === 'describe' && result && !result.isError) {
      const elements = latestDiscovery(history) ?? [];
      const pick =
        elements.find((e) => e.label === target) ??
        elements.find((e) => e.label === section) ??
        elements.find((e) => e.label === 'Back');
      if (!pick) return call('describe', { udid });
      return call('gesture-tap', { udid, ...frameCentre(pick.frame) });
    }
    if (last && result && !result.isError) {
      const point = tapPoint(last);
      const before = latestDiscovery(history.slice(0, -1)) ?? [];
      const aimed = before.find((e) => e.label === target);
      if (point && aimed) {
        const centre = frameCentre(aimed.frame);
        if (centre.x === point.x && centre.y === point.y) {
          return { type: 'final', text: `Tapped "${target}".` };
        }
      }
    }
    return call('describe', { udid });
  },
};
