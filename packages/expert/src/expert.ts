/**
 * The expert policy: the device toolkit's rules as executable behaviour.
 * `next` is a function of its context: everything it knows (devices, boot,
 * launch, the current discovery, dialogs, the keyboard, what failed) is read
 * from the history's observations; the task's privileged data says what to
 * do, never where to tap.
 */
import { defaultMaxSteps, type Policy, type PolicyAction, type PolicyContext } from '@forge/spec';
import { callAction } from './core/actions.js';
import { appGuard, deviceGuard } from './core/guards.js';
import { type ExpertView, viewOf } from './core/view.js';
import { defaultStrategies } from './strategies/registry.js';
import { pendingGoal, type Strategy } from './strategies/strategy.js';

/** Options of `createExpert`. */
export interface ExpertOptions {
  /** Strategies by family (default: every built-in one). */
  readonly strategies?: readonly Strategy[];
  /** The episode's step budget: devices are released in time to answer within it (default `defaultMaxSteps`, 60). */
  readonly maxSteps?: number;
}

function release(view: ExpertView): PolicyAction {
  return callAction(view, 'stop-all-simulator-servers', {}, 'release');
}

function final(view: ExpertView, strategy: Strategy | undefined): PolicyAction {
  return { type: 'final', facts: strategy?.facts(view) ?? {} };
}

/** Creates the expert policy. */
export function createExpert(options: ExpertOptions = {}): Policy {
  const byFamily = new Map<string, Strategy>();
  for (const s of options.strategies ?? defaultStrategies) byFamily.set(s.family, s);
  const maxSteps = options.maxSteps ?? defaultMaxSteps;
  return {
    name: 'expert',
    next(context: PolicyContext): PolicyAction {
      const view = viewOf(context);
      const strategy = byFamily.get(context.task.family);
      const s = view.state;
      if (s.released || s.lastTool === 'stop-all-simulator-servers') return final(view, strategy);
      // The last call of the budget releases the devices, so the answer still comes.
      if (s.steps >= maxSteps - 1) return release(view);
      const device = deviceGuard(view, strategy?.needsDevice !== false);
      if (device) return device;
      if (!strategy) return release(view);
      const goal = pendingGoal(strategy, view);
      if (!goal)
        return strategy.releasesAll?.(view) === false ? final(view, strategy) : release(view);
      // A host-only plan never opens or reads an app: after a crash the app guard would
      // relaunch it, on no device at all when the task's device is not running.
      const host = strategy.needsDevice === false;
      return (
        strategy.followUp?.(view) ??
        (host
          ? undefined
          : appGuard(view, strategy.usesApp !== false, strategy.needsDescribe === true)) ??
        goal.next(view)
      );
    },
  };
}
