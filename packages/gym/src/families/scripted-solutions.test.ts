import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEnv } from '../env.js';
import { defaultFamilies } from './registry.js';
import { solutions, solveFamily } from './solutions/index.js';

/** Param key sets allowed by docs/families.md (besides app and platform), one per variant. */
const documented: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'profile-drilldown': [['field']],
  'batch-sequence': [['pages'], ['pages', 'text']],
  'visual-regression': [['screen']],
  'flow-record': [['flow', 'target', 'screen']],
  'network-inspect': [['endpoint', 'screen']],
  'android-boot': [['avd', 'target', 'screen']],
  'debug-inspect': [['component', 'target']],
  'console-check': [['level', 'screen']],
  'pinch-zoom': [['direction']],
  'native-inspect': [['target']],
  'chromium-tabs': [['url', 'tab']],
  'hide-and-seek': [['target']],
  'cookies-storage': [
    ['cookie', 'value'],
    ['key', 'value'],
  ],
  'drag-gesture': [['target'], ['target', 'amount']],
  'rotate-gesture': [['heading'], ['orientation'], ['orientation', 'screen']],
  'reinstall-reset': [[], ['screen']],
  'native-deep-inspect': [['target'], ['target', 'endpoint']],
  'profile-performance': [['interaction', 'screen']],
  'profiler-sessions': [[], ['session']],
  'metro-control': [['stop'], ['stop', 'screen']],
  'workspace-data': [['workspace']],
  'device-release': [[], ['device']],
  'update-notice': [[], ['hours'], ['release'], ['hours', 'release']],
};

const families = defaultFamilies.filter((f) => solutions[f.id] !== undefined);
const env = createEnv();

describe('task families beyond the first five, on the built-in packs', () => {
  for (const family of families) {
    for (const platform of family.platforms) {
      it(`${family.id} on ${platform}: documented params, false at reset, solved by its script, not by a step short`, () => {
        fc.assert(
          fc.property(fc.nat({ max: 1_000_000 }), (seed) => {
            const { task } = env.reset({ seed, family: family.id, platform, injections: 'none' });
            const keys = Object.keys(task.params)
              .filter((k) => k !== 'app' && k !== 'platform')
              .sort();
            const allowed = (documented[family.id] ?? []).map((set) => [...set].sort().join(','));
            expect(allowed).toContain(keys.join(','));
            expect(task.params.platform).toBe(platform);
            expect(env.isSuccess()).toBe(false);
            const start = env.snapshot();
            solveFamily(env, { short: true });
            expect(env.isSuccess(), 'the short sequence must not succeed').toBe(false);
            env.restore(start);
            solveFamily(env);
            expect(env.isSuccess()).toBe(true);
          }),
          { numRuns: 15 },
        );
      });
    }
  }
});
