import { defaultCatalog, type JsonObject, type ToolCall } from '@forge/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv } from './env.js';
import { fixturePack } from './testing/fixture-apps.js';

const catalog = defaultCatalog();
const names = catalog.names.filter((n) => n !== 'flow-add-step');

/** Plausible calls: a tool, the episode's udid, and coordinates in range. */
const callArb = fc.record({
  tool: fc.constantFrom(...names),
  x: fc.double({ min: 0, max: 1, noNaN: true }),
  y: fc.double({ min: 0, max: 1, noNaN: true }),
  key: fc.constantFrom('Return', 'Tab', 'Backspace'),
});

function toCall(
  i: number,
  c: { tool: string; x: number; y: number; key: string },
  udid: string,
): ToolCall {
  const schema = catalog.get(c.tool)?.inputSchema as { required?: string[] };
  const args: JsonObject = {};
  for (const req of schema.required ?? []) {
    if (req === 'udid' || req === 'device_id') args[req] = udid;
    else if (req === 'x' || req === 'fromX' || req === 'centerX') args[req] = c.x;
    else if (req === 'y' || req === 'fromY' || req === 'centerY') args[req] = c.y;
    else if (req === 'toX' || req === 'toY') args[req] = 1 - c.x;
    else if (req === 'hours') args[req] = 2;
    else if (req === 'action') args[req] = 'list';
    else if (req === 'store') args[req] = 'local';
    else if (req === 'mode') args[req] = 'list';
    else args[req] = c.key;
  }
  return { id: `c${i}`, name: c.tool, arguments: args };
}

describe('createEnv', () => {
  it('is deterministic: same seed and calls give identical results, and restore replays exactly', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(callArb, { minLength: 1, maxLength: 25 }),
        fc.nat({ max: 24 }),
        (seed, calls, cut) => {
          const a = createEnv({ packs: [fixturePack] });
          const b = createEnv({ packs: [fixturePack] });
          const ra = a.reset({ seed });
          expect(b.reset({ seed })).toEqual(ra);
          const udid = String(ra.task.privileged.udid);
          const seq = calls.map((c, i) => toCall(i, c, udid));
          const at = Math.min(cut, seq.length);
          let snap = a.snapshot();
          const outA = seq.map((call, i) => {
            if (i === at) snap = a.snapshot();
            return a.step(call);
          });
          expect(seq.map((call) => b.step(call))).toEqual(outA);
          a.restore(snap);
          expect(seq.slice(at).map((call) => a.step(call))).toEqual(outA.slice(at));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never throws on invalid calls: schema errors come back as error results', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom(...catalog.names),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (seed, name, args) => {
          const env = createEnv({ packs: [fixturePack] });
          env.reset({ seed });
          const r = env.step({ id: 'x', name, arguments: args as JsonObject });
          expect(typeof r.result.text).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives reward 1 once, on the step that reaches success, and truncates at maxSteps', () => {
    const env = createEnv({ packs: [fixturePack], maxSteps: 3 });
    const { task } = env.reset({
      seed: 4,
      family: 'deep-link',
      platform: 'android',
      injections: 'none',
    });
    const udid = String(task.privileged.udid);
    const first = env.step({
      id: '1',
      name: 'open-url',
      arguments: { udid, url: String(task.params.url) },
    });
    expect([first.reward, first.terminated, first.info.success]).toEqual([1, true, true]);
    expect(env.step({ id: '2', name: 'list-devices', arguments: {} }).reward).toBe(0);
    expect(env.step({ id: '3', name: 'list-devices', arguments: {} }).truncated).toBe(true);
  });

  it('refuses to step before reset and names unknown families', () => {
    const env = createEnv({ packs: [fixturePack] });
    expect(() => env.step({ id: '1', name: 'list-devices', arguments: {} })).toThrow(/reset/);
    expect(() => env.reset({ seed: 1, family: 'nope' })).toThrow(/unknown task family/);
    expect(() => createEnv({ packs: [] }).reset({ seed: 1 })).toThrow(/no pack can generate/);
    expect(createEnv().reset({ seed: 1 }).task.pack).not.toBe('fixture');
  });
});
