/** Choosing an episode's injected failures from its seed. */
import { ForgeError, type InjectionMode, type Platform } from '@forge/spec';
import type { Rng } from '../rng.js';
import type { AppKind } from '../world/model.js';
import { type InjectionKind, injectionKinds, isInjectionKind } from './kinds.js';

/** What decides which failures make sense in an episode. */
export interface InjectionContext {
  readonly platform: Platform;
  readonly kind: AppKind;
  readonly family: string;
}

/** Kinds that can fire, and be recovered from, in this kind of episode. */
export function applicableInjections(ctx: InjectionContext): InjectionKind[] {
  const mobile = ctx.platform !== 'chromium';
  return injectionKinds.filter((k) => {
    switch (k) {
      case 'app-crash':
      case 'permission-dialog':
      case 'boot-timeout':
        return mobile;
      case 'keyboard-cover':
        return mobile && ctx.family === 'login';
      case 'debugger-drop':
        return ctx.kind === 'react-native';
      default:
        return true;
    }
  });
}

/** Share of seeded episodes that get one failure. */
export const seededInjectionRate = 0.25;

/** The failures of an episode: none, one drawn from the seed (a quarter of episodes), or an explicit list. */
export function planInjections(
  rng: Rng,
  mode: InjectionMode | undefined,
  ctx: InjectionContext,
): InjectionKind[] {
  if (mode === 'none') return [];
  if (mode === undefined || mode === 'seeded') {
    if (!rng.chance(seededInjectionRate)) return [];
    return [rng.pick(applicableInjections(ctx))];
  }
  const unknown = mode.filter((k) => !isInjectionKind(k));
  if (unknown.length > 0)
    throw new ForgeError(
      'FORGE_USAGE',
      `unknown injection kind${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; valid kinds: ${injectionKinds.join(', ')}`,
    );
  return [...new Set(mode as readonly InjectionKind[])];
}
