import type { EpisodeDraft } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { createNarrateRng } from '../src/internal/rng.js';
import { createNarrator } from '../src/narrator.js';
import { projectFacts, usedIdentifiers } from '../src/requests/project-facts.js';
import { familyIds, makeDraft } from './draft-factory.js';

/** A draft whose calls use a bundle id, a Metro port and a project folder. */
function withIdentifiers(draft: EpisodeDraft): EpisodeDraft {
  const call = (name: string, args: Record<string, string | number>) => ({
    id: `x_${name}`,
    name,
    arguments: args,
  });
  const step = (c: ReturnType<typeof call>) => ({
    calls: [c],
    results: [{ text: '{}', isError: false }],
  });
  return {
    ...draft,
    steps: [
      ...draft.steps,
      step(call('debugger-connect', { port: 8088 })),
      step(call('debugger-status', { port: 8081 })),
      step(call('flow-execute', { project_root: '/Users/ana/code/app', name: 'f' })),
      step(call('restart-app', { udid: 'u', bundleId: 'com.example.app' })),
      step(call('open-url', { udid: 'u', url: 'https://app.example.io/' })),
    ],
  } as EpisodeDraft;
}

describe('project facts in the request', () => {
  const draft = withIdentifiers(makeDraft(4, 'toggle'));

  it('collects each bundle id, non-default Metro port and path the calls use, once', () => {
    const kinds = usedIdentifiers(draft).map((f) => `${f.kind}:${f.value}`);
    expect(kinds).toContain('port:8088');
    expect(kinds).not.toContain('port:8081');
    expect(kinds).toContain('project:/Users/ana/code/app');
    expect(kinds.filter((k) => k === 'bundle:com.example.app')).toHaveLength(1);
  });

  it("collects the web app's address an open-url call uses", () => {
    // No tool lists a web app's address: a request that leaves it out made
    // the model invent https://clearpro.stark.io/ from the name "ClearPro"
    // (164 of 220 open-url urls of a 1,500-episode run).
    expect(usedIdentifiers(draft).map((f) => `${f.kind}:${f.value}`)).toContain(
      'url:https://app.example.io/',
    );
  });

  it.each(['developer', 'builder', 'seeker', 'terse'] as const)(
    'names every one the request lacks, in the %s register',
    (persona) => {
      const rng = createNarrateRng(1, 'toggle', 'project');
      const text = projectFacts(draft, 'Turn on Wi-Fi.', persona, rng) ?? '';
      for (const f of usedIdentifiers(draft)) expect(text).toContain(f.value);
      if (persona === 'terse') expect(text).toMatch(/^\[.*\]$/);
      // Nothing to add when the request already names them all.
      const all = usedIdentifiers(draft)
        .map((f) => f.value)
        .join(' ');
      expect(projectFacts(draft, `Do it: ${all}`, persona, rng)).toBeUndefined();
    },
  );

  it("leaves no identifier a family's calls use out of the narrated request", () => {
    const narrator = createNarrator();
    for (const family of familyIds)
      for (const seed of [1, 2, 3]) {
        const d = withIdentifiers(makeDraft(seed, family));
        const request = narrator.narrate(d).request.toLowerCase();
        for (const f of usedIdentifiers(d))
          expect(request, family).toContain(f.value.toLowerCase());
      }
  });
});
