import { createEnv } from '@forge/gym';
import { defaultCatalog, type GateContext } from '@forge/spec';
import { bench, describe } from 'vitest';
import { scriptedTrajectory } from './testing/scripted-player.js';
import { defaultGates, validate } from './validate.js';

/** 200 known-good records, built once; each bench iteration validates all of them. */
const records = Array.from({ length: 200 }, (_, seed) => scriptedTrajectory(seed));
const context: GateContext = { catalog: defaultCatalog(), createEnv: () => createEnv() };
const withoutReplay = defaultGates({ replay: false });
const withReplay = defaultGates();

describe(`validate ${records.length} trajectories (trajectories/s = hz × ${records.length})`, () => {
  bench('all gates without replay', () => {
    for (const r of records) validate(r, context, withoutReplay);
  });
  bench('all gates with replay', () => {
    for (const r of records) validate(r, context, withReplay);
  });
  bench('records as parsed from JSONL (no shared schema objects), without replay', () => {
    for (const r of records) validate(JSON.parse(JSON.stringify(r)), context, withoutReplay);
  });
});
