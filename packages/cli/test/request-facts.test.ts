import { describe, expect, it } from 'vitest';
import { createEpisodeMaker, defaultEpisodeConfig } from '../src/generate/episode.js';

// The expert reads bundle ids, Metro ports, paths and web app addresses from
// the task; no tool reveals them, so the user's request must give them or a trained model
// learns to invent them. Checked on real episodes, every family included.
describe('narrated requests name what no tool can find', () => {
  const make = createEpisodeMaker(defaultEpisodeConfig);

  it('every bundle id, non-default Metro port, build path, project folder and opened url a call uses', () => {
    const families = new Set<string>();
    let checked = 0;
    for (let seed = 0; seed < 160; seed += 1) {
      const out = make(seed, 'train');
      if (out.kind !== 'accepted' || !out.record) continue;
      const { messages, meta } = out.record;
      families.add(meta.family);
      const request = (messages.find((m) => m.role === 'user')?.content ?? '').toLowerCase();
      for (const m of messages)
        for (const call of m.role === 'assistant' ? (m.toolCalls ?? []) : []) {
          const { bundleId, port, appPath, project_root: root } = call.arguments;
          const url = call.name === 'open-url' ? call.arguments.url : undefined;
          const values = [bundleId, appPath, root, port === 8081 ? undefined : port, url];
          for (const value of values) {
            if (value === undefined) continue;
            checked += 1;
            expect(request, `seed ${seed} ${call.name}`).toContain(String(value).toLowerCase());
          }
        }
    }
    expect(checked).toBeGreaterThan(100);
    expect(families.size).toBeGreaterThanOrEqual(20);
  });

  // Rule 1: the device the user named, else a running one, else one of the
  // project's platform. Where the list (and a platform the request names)
  // leaves several candidates or another device, the request must name it.
  it('the device the calls use is one the request or the device list settles', () => {
    const words = {
      ios: /ios|iphone|ipad|simulator/i,
      android: /android|emulator|pixel/i,
      chromium: /chromium|chrome|browser|electron/i,
    };
    let unsettled = 0;
    let checked = 0;
    for (let seed = 0; seed < 160; seed += 1) {
      const out = make(seed, 'train');
      if (out.kind !== 'accepted' || !out.record) continue;
      const { messages, meta } = out.record;
      if (meta.family === 'android-boot' || meta.family === 'device-release') continue;
      const request = messages.find((m) => m.role === 'user')?.content ?? '';
      const list = messages.find((m) => m.role === 'tool' && m.name === 'list-devices');
      const calls = messages.flatMap((m) => (m.role === 'assistant' ? (m.toolCalls ?? []) : []));
      const used = calls
        .map((c) => c.arguments.udid ?? c.arguments.device_id)
        .find((u) => typeof u === 'string');
      if (!list || typeof used !== 'string') continue;
      type Dev = { udid: string; name: string; platform: string; state: string };
      const devices = (JSON.parse(list.content) as { devices: Dev[] }).devices;
      const named =
        request.includes(used) || devices.some((d) => d.udid === used && request.includes(d.name));
      const pool = words[meta.platform].test(request)
        ? devices.filter((d) => d.platform === meta.platform)
        : devices;
      const up = pool.filter((d) => ['Booted', 'device', 'connected'].includes(d.state));
      const candidates = up.length > 0 ? up : pool;
      checked += 1;
      if (!named && !(candidates.length === 1 && candidates[0]?.udid === used)) unsettled += 1;
    }
    expect(checked).toBeGreaterThan(100);
    expect(unsettled).toBe(0);
  });
});
