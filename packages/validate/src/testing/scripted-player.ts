/**
 * A scripted player for tests: it plays the gym's navigate-tap, toggle,
 * login, deep-link and scroll-find tasks by the toolkit's rules (list
 * devices, launch, describe before every tap, tap frame centres, type after
 * focusing a field, release the devices) and records `forge.trajectory/1`
 * records. Taps come only from parsed describe output; world state is read
 * only to decide what to do next, as an agent would by looking again.
 */
import {
  createEnv,
  type DescribeResult,
  frameCenter,
  type GymEnv,
  parseDescribe,
  parseDeviceList,
  type World,
} from '@forge/gym';
import type { InjectionMode, TrajectoryRecord } from '@forge/spec';
import { Transcript } from './transcript.js';

/** The families the scripted player can play. */
export const scriptedFamilies = [
  'navigate-tap',
  'toggle',
  'login',
  'deep-link',
  'scroll-find',
] as const;

/** Options of `scriptedTrajectory`. */
export interface ScriptedOptions {
  /** Families to draw from by seed; default all of `scriptedFamilies`. */
  readonly families?: readonly string[];
  /** Default `seeded`: about a quarter of episodes get an injected failure. */
  readonly injections?: InjectionMode;
}

let shared: GymEnv | undefined;

/** A known-good trajectory for a seed: the family is `families[seed % n]`. */
export function scriptedTrajectory(seed: number, options: ScriptedOptions = {}): TrajectoryRecord {
  shared ??= createEnv();
  const env = shared;
  const families = options.families ?? scriptedFamilies;
  const family = families[seed % families.length] ?? 'navigate-tap';
  const start = env.reset({ seed, family, injections: options.injections ?? 'seeded' });
  const t = new Transcript(env, start);
  play(env, t);
  t.call('stop-all-simulator-servers', {}, 'Releasing the device.');
  return t.finish();
}

/** How describe names the sheet of an app's first-run prompt, per platform. */
const sheetRoles = new Set(['AXSheet', 'android.widget.FrameLayout', 'dialog']);
const putOff =
  /^(not now|maybe later|remind me later|no thanks|skip|continue as guest|reject all|necessary only|decline|got it|continue|close)$/i;

/** The non-committal button of an app's first-run prompt, when one covers the screen. */
function putOffButton(view: DescribeResult) {
  if (!view.elements.some((e) => e.id === undefined && sheetRoles.has(e.role))) return undefined;
  return view.elements.find((e) => e.id !== undefined && putOff.test(e.label));
}

function runtimeOf(world: World, udid: string) {
  const d = world.state.devices.find((x) => x.udid === udid);
  if (!d) return undefined;
  if (d.platform === 'chromium') return d.tabs[d.activeTab]?.rt ?? undefined;
  return d.foreground === null ? undefined : d.apps[d.foreground];
}

function play(env: GymEnv, t: Transcript): void {
  const task = env.task;
  const p = task.privileged;
  const appId = String(p.appId);
  const app = env.world.apps[appId];
  const chromium = task.platform === 'chromium';
  const udid = String(p.udid);
  const devices = parseDeviceList(t.call('list-devices', {}, 'Listing devices.').text);
  if (!devices.success) return;
  if (!devices.value.devices.some((d) => d.udid === udid && d.state !== 'Shutdown')) {
    const args = p.avd === null ? { udid } : { avdName: String(p.avd) };
    if (t.call('boot-device', args, 'Booting the device.').isError) {
      t.call('boot-device', args, 'Boot timed out; trying again.');
    }
  }
  const rt = () => runtimeOf(env.world, udid);
  const open = () => {
    if (task.family === 'deep-link')
      t.call('open-url', { udid, url: String(task.params.url) }, 'Opening the link.');
    else if (chromium)
      t.call(
        'open-url',
        { udid, url: `${app?.web?.origin ?? `https://${appId}`}/` },
        'Opening the page.',
      );
    else t.call('launch-app', { udid, bundleId: appId }, 'Launching the app.');
  };
  const discover = (): DescribeResult | undefined => {
    for (let i = 0; i < 4; i += 1) {
      let r = t.call('describe', { udid }, 'Reading the screen.');
      if (r.isError) r = t.call('describe', { udid }, 'Describe failed; retrying once.');
      const parsed = parseDescribe(r.text);
      if (!parsed.success) return undefined;
      const later = putOffButton(parsed.value);
      if (parsed.value.dialog === undefined && later) {
        t.call('gesture-tap', { udid, ...frameCenter(later.frame) }, 'Putting off the prompt.');
        continue;
      }
      const allow = parsed.value.elements[parsed.value.elements.length - 1];
      if (parsed.value.dialog === undefined || !allow) return parsed.value;
      t.call('gesture-tap', { udid, ...frameCenter(allow.frame) }, 'Allowing the permission.');
    }
    return undefined;
  };
  // Screens along the path from the app's home, so the player knows where it stands.
  const path = (p.path as string[] | undefined) ?? [];
  const screens = [app?.home ?? ''];
  for (const id of path) {
    const at = app?.screens.find((s) => s.id === screens[screens.length - 1]);
    const on = at?.elements.find((e) => e.id === id)?.on;
    screens.push(on?.kind === 'navigate' ? on.to : on?.kind === 'request' ? (on.then ?? '') : '');
  }
  const typed = new Set<string>();
  let opened = 0;
  let down = true;
  let lastShape = '';
  let firstSet = false;
  for (let round = 0; round < 30 && t.length < 70 && !env.isSuccess(); round += 1) {
    const shown = rt();
    if (!shown?.running || (task.family === 'deep-link' && shown.screen !== p.screenId)) {
      if (opened >= 3) break;
      opened += 1;
      open();
      continue;
    }
    const view = discover();
    if (!view || env.isSuccess()) break;
    const here = rt()?.screen ?? '';
    let target: string | undefined;
    if (here === p.screenId) {
      if (task.family === 'login') {
        target = [String(p.userFieldId), String(p.passwordFieldId), String(p.submitId)].find(
          (id) => !typed.has(id),
        );
      } else {
        // A toggle with a second switch: the first until it shows its state,
        // then the second. Scrolling to the second can hide the first, so its
        // last seen state is remembered rather than read off each screen.
        const second = typeof p.target2Id === 'string' ? p.target2Id : undefined;
        const wantFirst = task.params.state === 'on';
        const first = view.elements.find((e) => e.id === p.targetId);
        if (first) firstSet = first.flags.includes('checked') === wantFirst;
        target = second !== undefined && firstSet ? second : String(p.targetId ?? p.itemId);
      }
    } else {
      typed.clear();
      const step = screens.indexOf(here);
      target = step >= 0 ? path[step] : undefined;
      if (target === undefined) {
        if (chromium) open();
        else t.call('restart-app', { udid, bundleId: appId }, 'Wrong screen; restarting the app.');
        continue;
      }
    }
    const el = view.elements.find((e) => e.id === target);
    if (!el) {
      // A list that no longer moves is at its end: the target is the other
      // way (an element-moved injection can put it above the fold).
      const shape = view.elements.map((e) => `${e.id}@${e.frame.y}`).join('|');
      if (shape === lastShape) down = !down;
      lastShape = shape;
      if (view.elements.some((e) => e.label === 'Keyboard'))
        t.call('keyboard', { udid, key: 'Return' }, 'Closing the keyboard.');
      else if (chromium)
        t.call(
          'gesture-scroll',
          { udid, x: 0.5, y: 0.5, deltaY: down ? 0.3 : -0.3 },
          down ? 'Scrolling down.' : 'Scrolling up.',
        );
      else
        t.call(
          'gesture-swipe',
          { udid, fromX: 0.5, fromY: down ? 0.7 : 0.4, toX: 0.5, toY: down ? 0.4 : 0.7 },
          down ? 'Swiping up.' : 'Swiping down.',
        );
      continue;
    }
    lastShape = '';
    t.call('gesture-tap', { udid, ...frameCenter(el.frame) }, `Tapping "${el.label}".`);
    const field =
      target === p.userFieldId ? 'username' : target === p.passwordFieldId ? 'password' : undefined;
    if (field && target && rt()?.focused === target) {
      t.call('keyboard', { udid, text: String(task.params[field]) }, `Typing the ${field}.`);
      typed.add(target);
    }
  }
  // A deep link is confirmed by looking at the screen it opened: without the
  // reading, success would rest on state the record never shows (a pending
  // dialog), and replay could not tell two such worlds apart.
  if (task.family === 'deep-link' && env.isSuccess()) discover();
}
