import type { EpisodeDraft } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createNarrator } from '../src/narrator.js';
import { deviceToName } from '../src/requests/device-fact.js';
import { makeDraft } from './draft-factory.js';

type Dev = { udid: string; name: string; platform: string; state: string };

/** A toggle draft on iOS whose list-devices shows `devices` and whose calls use `used`. */
function onDevices(devices: Dev[], used: string): EpisodeDraft {
  const base = makeDraft(4, 'toggle');
  const list = { devices, avds: [] };
  return {
    ...base,
    task: { ...base.task, platform: 'ios' },
    steps: [
      {
        calls: [{ id: 'c1', name: 'list-devices', arguments: {} }],
        results: [{ text: JSON.stringify(list), isError: false }],
      },
      {
        calls: [{ id: 'c2', name: 'describe', arguments: { udid: used } }],
        results: [{ text: 'ROOT (0,0,1,1)', isError: false }],
      },
    ],
  } as EpisodeDraft;
}

const a = { udid: 'AAAA-1', name: 'iPhone 15', platform: 'ios', state: 'Booted' };
const b = { udid: 'BBBB-2', name: 'iPhone 16 Pro', platform: 'ios', state: 'Booted' };
const droid = {
  udid: 'emulator-5554',
  name: 'Pixel_9_API_35',
  platform: 'android',
  state: 'device',
};

// The expert drives the task's own device; with two booted simulators and a
// request that names neither, the udid it used came from nowhere (507 of
// 1,360 records of a 1,500-episode run: the list and the request left more
// than one candidate, or pointed at another device).
describe('the request names the device when the list does not settle it', () => {
  it('two booted simulators: name the one used', () => {
    expect(deviceToName(onDevices([a, b], 'BBBB-2'), 'Turn on Wi-Fi.')).toBe('iPhone 16 Pro');
  });

  it('one running device: rule 1 picks it, nothing to add', () => {
    const off = { ...b, state: 'Shutdown' };
    expect(deviceToName(onDevices([a, off], 'AAAA-1'), 'Turn on Wi-Fi.')).toBeUndefined();
  });

  it('a running device of another platform counts unless the request names the platform', () => {
    const draft = onDevices([droid, a], 'AAAA-1');
    expect(deviceToName(draft, 'Turn on Wi-Fi.')).toBe('iPhone 15');
    expect(deviceToName(draft, 'Turn on Wi-Fi on the iOS simulator.')).toBeUndefined();
  });

  it('a name another device name contains is not enough: the udid is used', () => {
    const max = { udid: 'CCCC-3', name: 'iPhone 16 Pro Max', platform: 'ios', state: 'Booted' };
    expect(deviceToName(onDevices([b, max], 'BBBB-2'), 'Turn on Wi-Fi.')).toBe('BBBB-2');
  });

  it('an emulator booted from an AVD while another device runs: name the AVD', () => {
    const draft = onDevices([a], 'emulator-5554');
    const boot = {
      calls: [{ id: 'c3', name: 'boot-device', arguments: { avdName: 'Pixel_6_API_33' } }],
      results: [{ text: '{"booted":true,"udid":"emulator-5554"}', isError: false }],
    };
    const steps = [draft.steps[0], boot, ...draft.steps.slice(1)];
    const booted = {
      ...draft,
      steps,
      task: { ...draft.task, platform: 'android' },
    } as EpisodeDraft;
    expect(deviceToName(booted, 'Turn on Wi-Fi.')).toBe('Pixel_6_API_33');
  });

  it('nothing to add when the request names it already', () => {
    expect(deviceToName(onDevices([a, b], 'BBBB-2'), 'On iPhone 16 Pro, please.')).toBeUndefined();
  });

  it('the narrated request carries it, whatever the persona', () => {
    for (const persona of ['developer', 'builder', 'seeker', 'terse'] as const) {
      const request = createNarrator({ persona }).narrate(onDevices([a, b], 'BBBB-2')).request;
      expect(request, persona).toContain('iPhone 16 Pro');
    }
  });
});
