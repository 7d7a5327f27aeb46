import { toolsRun } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createEpisodeMaker, defaultEpisodeConfig } from './episode.js';

// run-sequence takes each step's `args` as a bare object and flow-add-step
// its command's arguments as a JSON string: the model writes them from the
// step tool's own schema. Offering only the top-level tools left 30 of 159
// flow-add-step commands (restart-app) and 389 of 601 run-sequence steps
// of a 1,500-episode run naming a tool the record never showed.
describe('a record offers every tool its calls run', () => {
  const make = createEpisodeMaker(defaultEpisodeConfig);

  it('run-sequence steps and flow-add-step commands included; meta.toolsUsed stays top-level', () => {
    const nested = new Set<string>();
    for (let seed = 0; seed < 160; seed += 1) {
      const out = make(seed, 'train');
      if (out.kind !== 'accepted' || !out.record) continue;
      const { messages, tools, meta } = out.record;
      const offered = new Set(tools.map((t) => t.name));
      const top = new Set<string>();
      for (const m of messages)
        for (const call of m.role === 'assistant' ? (m.toolCalls ?? []) : []) {
          top.add(call.name);
          for (const name of toolsRun(call).slice(1)) {
            nested.add(call.name);
            expect(offered.has(name), `seed ${seed}: ${call.name} runs ${name}`).toBe(true);
          }
        }
      expect(meta.toolsUsed).toEqual([...top]);
    }
    expect([...nested].sort()).toEqual(['flow-add-step', 'run-sequence']);
  });
});
