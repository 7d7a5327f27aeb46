import { defaultToolPlatforms, platformOfUdid } from '@forge/spec';
import type { CallRule } from '../call-rule.js';
import { stepsOf } from '../internal/steps.js';
import { type Finding, finding } from '../internal/violation.js';

/**
 * Each tool only on the platforms it supports, judged from the device id's
 * shape: gesture-scroll and gesture-drag on Chromium only, gesture-swipe
 * not on Chromium, gesture-rotate and native-* on iOS only, and so on for
 * the whole device toolkit (run-sequence steps included). Tools outside the
 * toolkit are not judged. Code: `policy.wrong-platform`.
 */
export const platformRule: CallRule<undefined> = {
  gate: 'policy',
  start: () => undefined,
  check(_state, call) {
    const out: Finding[] = [];
    for (const step of stepsOf(call)) {
      const where = defaultToolPlatforms[step.name];
      if (!where || step.device === undefined) continue;
      const platform = platformOfUdid(step.device);
      if (!where.includes(platform)) {
        const name = step.within ? `${step.within} step ${step.name}` : step.name;
        out.push(
          finding(
            'policy.wrong-platform',
            `${name} does not work on ${platform} (${step.device}); it is for ${where.join(', ')}`,
          ),
        );
      }
    }
    return out;
  },
  observe() {},
};
