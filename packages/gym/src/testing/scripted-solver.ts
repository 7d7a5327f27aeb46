/**
 * TEST HELPER: a scripted player for the implemented families. Every tap
 * point comes from a parsed describe; world state is read only to decide
 * whether to retry (as an agent would by observing again).
 */
import type { JsonObject, ToolResult } from '@forge/spec';
import type { GymEnv } from '../env.js';
import { promptPutOff } from '../families/solutions/agent.js';
import { solveFamily } from '../families/solutions/index.js';
import { type DescribeResult, parseDescribe } from '../observe/describe-parse.js';
import { frameCenter } from '../observe/geometry.js';
import { grantingLabels } from '../world/permission-dialogs.js';
import { activeRuntime, isOn } from '../world/runtime.js';

/** A prompt's first granting button: the scripted player wants the app to work. */
const allowOf = (view: DescribeResult) => view.elements.find((e) => grantingLabels.has(e.label));

/** Plays the current episode's task; returns the calls' results. */
export function solve(env: GymEnv): ToolResult[] {
  // [families] The families after the first five have their own scripted solutions.
  const own = solveFamily(env);
  if (own) return own;
  const results: ToolResult[] = [];
  const task = env.task;
  const p = task.privileged as Record<string, unknown>;
  let udid = String(p.udid);
  const appId = String(p.appId);
  const call = (name: string, args: JsonObject): ToolResult => {
    const r = env.step({ id: `c${results.length}`, name, arguments: args }).result;
    results.push(r);
    return r;
  };
  const device = () => env.world.state.devices.find((d) => d.udid === udid);
  const rt = () => {
    const d = device();
    return d ? activeRuntime(d) : null;
  };
  call('list-devices', {});
  if (!p.booted) {
    const args = p.avd !== null ? { avdName: String(p.avd) } : { udid };
    if (call('boot-device', args).isError) call('boot-device', args);
  }
  const open = () => {
    if (task.platform === 'chromium') call('open-url', { udid, url: `https://${appId}/` });
    else call('launch-app', { udid, bundleId: appId });
  };
  const describe = () => {
    let r = call('describe', { udid });
    if (r.isError) r = call('describe', { udid });
    const parsed = parseDescribe(r.text);
    if (!parsed.success) throw new Error(parsed.error.message);
    return parsed.value;
  };
  /** Taps the element with this id until `done` holds. */
  const tapId = (id: string, done: () => boolean): void => {
    for (let attempt = 0; attempt < 8 && !done(); attempt += 1) {
      const view = describe();
      if (view.dialog !== undefined) {
        const allow = allowOf(view);
        if (allow) call('gesture-tap', { udid, ...frameCenter(allow.frame) });
        continue;
      }
      const later = promptPutOff(view);
      if (later) {
        call('gesture-tap', { udid, ...frameCenter(later.frame) });
        continue;
      }
      const el = view.elements.find((e) => e.id === id);
      if (!el) {
        if (view.elements.some((e) => e.role.includes('Keyboard'))) {
          call('keyboard', { udid, key: 'Return' });
        } else if (task.platform === 'chromium')
          call('gesture-scroll', { udid, x: 0.5, y: 0.5, deltaY: 0.3 });
        else call('gesture-swipe', { udid, fromX: 0.5, fromY: 0.7, toX: 0.5, toY: 0.4 });
        continue;
      }
      const r = call('gesture-tap', { udid, ...frameCenter(el.frame) });
      if (r.isError) open();
    }
  };
  const reach = (screen: string, path: readonly string[]) => {
    for (let round = 0; round < 4 && rt()?.screen !== screen; round += 1) {
      if (round > 0 && task.platform !== 'chromium') call('restart-app', { udid, bundleId: appId });
      else if (round > 0 || !rt()?.running) open();
      // A warm start may resume the app on the screen itself.
      if (rt()?.screen === screen) break;
      for (const [i, id] of path.entries()) {
        const before = rt()?.visits ?? {};
        const count = Object.values(before).reduce((a, b) => a + b, 0);
        tapId(
          id,
          () => Object.values(rt()?.visits ?? {}).reduce((a, b) => a + b, 0) > count || i < 0,
        );
      }
    }
  };
  udid = String(p.udid);
  switch (task.family) {
    case 'deep-link': {
      const url = String(task.params.url);
      for (let i = 0; i < 3 && !env.isSuccess(); i += 1) {
        call('open-url', { udid, url });
        for (let k = 0; k < 3; k += 1) {
          const view = describe();
          const allow = allowOf(view);
          const later = promptPutOff(view);
          if (view.dialog !== undefined && allow)
            call('gesture-tap', { udid, ...frameCenter(allow.frame) });
          else if (later) call('gesture-tap', { udid, ...frameCenter(later.frame) });
          else break;
        }
      }
      break;
    }
    case 'login': {
      reach(String(p.screenId), p.path as string[]);
      const fill = (id: string, value: string) => {
        tapId(id, () => rt()?.focused === id);
        call('keyboard', { udid, text: value });
      };
      for (let i = 0; i < 3 && !env.isSuccess(); i += 1) {
        if (rt()?.screen !== p.screenId) reach(String(p.screenId), p.path as string[]);
        fill(String(p.userFieldId), String(task.params.username));
        fill(String(p.passwordFieldId), String(task.params.password));
        tapId(String(p.submitId), () => env.isSuccess());
      }
      break;
    }
    default: {
      const target = String(p.targetId ?? p.itemId);
      // A second switch (toggle): the first is done when its state is the one asked for.
      const second = typeof p.target2Id === 'string' ? p.target2Id : undefined;
      const firstDone = () =>
        second === undefined
          ? env.isSuccess()
          : isOn(rt()?.values[String(p.stateKey)]) === (task.params.state === 'on');
      for (let i = 0; i < 3 && !env.isSuccess(); i += 1) {
        reach(String(p.screenId), p.path as string[]);
        tapId(target, firstDone);
        if (second !== undefined) tapId(second, () => env.isSuccess());
      }
    }
  }
  return results;
}
