/**
 * Building an episode's world from its rng: 1–3 devices, the task's app on
 * the task's device, system apps, Metro for React Native, saved profiling
 * sessions and an update notice.
 */
import { platforms } from '@forge/spec';
import { copyDictionary, dictionary } from '../internal/dictionary.js';
import type { Rng } from '../rng.js';
import { createDevice, createIdPool, displaySettings } from './devices.js';
import type { AppSpec } from './model.js';
import type { World, WorldState } from './state.js';
import { systemApps } from './system-apps.js';

/** What the world must provide. */
export interface WorldRequest {
  readonly app: AppSpec;
  /** The task's device starts shut down (boot-timeout, boot tasks). */
  readonly unbooted: boolean;
}

/** A built world and the index of the task's device. */
export interface BuiltWorld {
  readonly world: World;
  readonly device: number;
}

/** A fresh mutable state with no devices. */
export function emptyState(): WorldState {
  const profiler = () => ({
    status: 'idle' as const,
    device: null,
    startedMs: 0,
    stoppedMs: 0,
    screens: [],
    session: null,
  });
  return {
    clockMs: 0,
    step: 0,
    devices: [],
    metro: {},
    debugger: { connected: false, device: null, port: 8081, connects: 0 },
    react: profiler(),
    native: profiler(),
    sessions: [],
    loaded: { react: null, native: null },
    flows: {},
    recording: null,
    shots: [],
    diffs: [],
    update: { current: '0.5.2', available: null, applied: false, snoozedHours: 0 },
    injections: [],
    seen: {},
  };
}

/** Builds the world of an episode. */
export function buildWorld(rng: Rng, request: WorldRequest): BuiltWorld {
  const { app } = request;
  const state = emptyState();
  const pool = createIdPool(rng);
  const count = rng.int(1, 3);
  const at = rng.int(0, count - 1);
  for (let i = 0; i < count; i += 1) {
    const platform = i === at ? app.platform : rng.pick(platforms);
    const booted = i === at ? !request.unbooted : platform === 'chromium' || rng.chance(0.7);
    const device = createDevice(rng, pool, platform, booted);
    if (platform !== 'chromium') device.installed = systemApps(platform).map((a) => a.id);
    if (i === at && platform !== 'chromium') device.installed.push(app.id);
    if (platform === 'chromium' && app.web) {
      const domain = app.web.origin.replace(/^https?:\/\//, '');
      device.cookies = app.web.cookies.map((c) => ({
        ...c,
        domain,
        path: '/',
        sameSite: 'Lax',
        expires: 0,
      }));
      device.storage.local[app.web.origin] = copyDictionary(app.web.localStorage);
      device.storage.session[app.web.origin] = copyDictionary(app.web.sessionStorage);
    } else if (platform === app.platform && platform !== 'chromium' && rng.chance(0.3))
      device.installed.push(app.id);
    state.devices.push(device);
  }
  // The app id is made up per app: a dictionary (see internal/dictionary).
  const apps = dictionary<AppSpec>();
  apps[app.id] = app;
  for (const sys of [...systemApps('ios'), ...systemApps('android')]) apps[sys.id] = sys;
  if (app.runtime) {
    state.metro[String(app.runtime.metroPort)] = { running: true, app: app.id, reloads: 0 };
    const previous = rng.int(0, 2);
    const { hotspots } = app.runtime;
    for (let i = 1; i <= previous; i += 1) {
      const kind = i % 2 === 1 ? 'react' : 'native';
      // An earlier recording went from home to a screen with a hotspot (no
      // hotspot is on home): a home-only session had nothing to query, and
      // every profiler-sessions task that loaded one found no function. The
      // screen is taken by position, not drawn, so every later draw of the
      // world stays what it was.
      const hot = hotspots[(i - 1) % Math.max(1, hotspots.length)]?.screen;
      state.sessions.push({
        id: `${kind}-prev-${i}`,
        kind,
        app: app.id,
        createdMs: -86_400_000 * i,
        screens: hot === undefined ? [app.home] : [app.home, hot],
      });
    }
  }
  if (rng.chance(0.3)) state.update.available = rng.pick(['0.5.3', '0.6.0', '0.6.1']);
  // Drawn last, from a fork, so every draw above is what it was before
  // devices had display settings.
  const display = rng.fork('display');
  for (const d of state.devices) d.display = displaySettings(display, d.platform);
  return { world: { apps, state }, device: at };
}
