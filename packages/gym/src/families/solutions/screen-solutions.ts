/**
 * TEST HELPER: solutions of the screen-level families (any app kind). Each
 * takes the agent and `short`: when true it stops one decisive step early,
 * the plausible wrong sequence the tests check does NOT succeed.
 */
import { frameCenter } from '../../observe/geometry.js';
import type { Agent } from './agent.js';

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Drill down to the nested screen; the value is then read from describe. */
export function profileDrilldown(a: Agent, short: boolean): void {
  a.start();
  const path = ids(a.p.path);
  a.reach(short ? path.slice(0, -1) : path);
  a.find(String(a.p.fieldId));
}

/** Open the tour, swipe its pages in one run-sequence, then tap the finishing button. */
export function batchSequence(a: Agent, short: boolean): void {
  a.start();
  a.reach(ids(a.p.path));
  const swipes = Number(a.p.swipes);
  const swipe = { tool: 'gesture-swipe', args: { fromX: 0.85, fromY: 0.5, toX: 0.15, toY: 0.5 } };
  a.dev('run-sequence', {
    steps: Array.from({ length: short ? swipes - 1 : swipes }, () => swipe),
  });
  const done = a.find(String(a.p.doneId));
  if (done) a.dev('gesture-tap', frameCenter(done.frame));
}

/** Baseline at scale 1 without the image in context, then a diff that captures the current screen. */
export function visualRegression(a: Agent, short: boolean): void {
  a.start();
  a.reach(ids(a.p.path));
  const shot = a.dev('screenshot', { scale: 1, includeImageInContext: false });
  if (short) return;
  const { path } = a.json<{ path: string }>(shot);
  a.dev('screenshot-diff', { baselinePath: path, captureCurrent: true });
}

/** Record: relaunch to home, the taps to the target, an echo; finish, read the prerequisite, run. */
export function flowRecord(a: Agent, short: boolean): void {
  a.start();
  a.open();
  const name = String(a.task.params.flow);
  const root = String(a.p.projectRoot);
  a.call('flow-start-recording', {
    name,
    project_root: root,
    executionPrerequisite: String(a.p.prerequisite),
  });
  const reset =
    a.task.platform === 'chromium'
      ? { command: 'open-url', args: { udid: a.udid, url: `https://${a.appId}/` } }
      : { command: 'restart-app', args: { udid: a.udid, bundleId: a.appId } };
  a.call('flow-add-step', { command: reset.command, args: JSON.stringify(reset.args) });
  for (const id of [...ids(a.p.path), String(a.p.targetId)]) {
    const el = a.find(id);
    if (!el) throw new Error(`flow target ${id} not on screen`);
    const args = JSON.stringify({ udid: a.udid, ...frameCenter(el.frame) });
    a.call('flow-add-step', { command: 'gesture-tap', args });
  }
  a.call('flow-add-echo', { message: `tapped ${a.task.params.target}` });
  a.call('flow-finish-recording');
  a.call('flow-read-prerequisite', { name, project_root: root });
  if (short) return;
  a.call('flow-execute', { name, project_root: root, prerequisiteAcknowledged: true });
}

/** The teacher knows where the target lives; the student has to explore. */
export function hideAndSeek(a: Agent, short: boolean): void {
  a.start();
  a.reach(ids(a.p.path));
  if (!short) a.tap(String(a.p.targetId));
}

/** Chromium: drag the slider to amount/100 of its frame's width. Mobile: a held touch on the target. */
export function dragGesture(a: Agent, short: boolean): void {
  a.start();
  a.reach(ids(a.p.path));
  const el = a.find(String(a.p.targetId));
  if (!el) throw new Error('drag target not on screen');
  const c = frameCenter(el.frame);
  if (a.task.platform === 'chromium') {
    if (short) return;
    a.dev('gesture-drag', {
      fromX: c.x,
      fromY: c.y,
      toX: el.frame.x + (el.frame.w * Number(a.task.params.amount)) / 100,
      toY: c.y,
      durationMs: 400,
    });
    return;
  }
  const hold = short ? 100 : Number(a.p.holdMs);
  a.dev('gesture-custom', {
    events: [
      { type: 'Down', x: c.x, y: c.y },
      { type: 'Up', x: c.x, y: c.y, delayMs: hold },
    ],
  });
}

/** Pinch on the map's centre: spread the fingers to zoom in, close them to zoom out. */
export function pinchZoom(a: Agent, short: boolean): void {
  a.start();
  a.reach(ids(a.p.path));
  const map = a.find(String(a.p.mapId));
  if (!map) throw new Error('map not on screen');
  const c = frameCenter(map.frame);
  const zoomIn = a.task.params.direction === 'in';
  const [from, to] = short ? [0.2, 0.2] : zoomIn ? [0.15, 0.45] : [0.45, 0.15];
  a.dev('gesture-pinch', { centerX: c.x, centerY: c.y, startDistance: from, endDistance: to });
}

/** A map heading with a two-finger rotation (iOS), else the device orientation. */
export function rotateGesture(a: Agent, short: boolean): void {
  a.start();
  const heading = a.task.params.heading;
  if (typeof heading === 'number') {
    a.reach(ids(a.p.path));
    const map = a.find(String(a.p.mapId));
    if (!map) throw new Error('map not on screen');
    const c = frameCenter(map.frame);
    const endAngle = short ? heading / 2 : heading;
    a.dev('gesture-rotate', { centerX: c.x, centerY: c.y, radius: 0.15, startAngle: 0, endAngle });
    return;
  }
  // With a screen named, the device is turned once the app shows it.
  a.reach(ids(a.p.path));
  a.dev('rotate', { orientation: short ? 'Portrait' : String(a.task.params.orientation) });
}

/** Reinstall from the build path, relaunch, answer the (new) permission prompt, open the screen. */
export function reinstallReset(a: Agent, short: boolean): void {
  a.start();
  a.dev('reinstall-app', { bundleId: a.appId, appPath: String(a.p.appPath) });
  if (short) return;
  a.open();
  for (const id of ids(a.p.path)) a.tap(id);
  a.describe();
}

/** Boot the AVD by name, find its serial in a fresh list, launch the app, walk to the screen, check the target shows. */
export function androidBoot(a: Agent, short: boolean): void {
  a.start();
  if (short) return;
  a.reach(ids(a.p.path));
  a.find(String(a.p.targetId));
}
