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
});
