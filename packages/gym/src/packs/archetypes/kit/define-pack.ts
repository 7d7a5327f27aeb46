import type { Rng } from '../../../rng.js';
import type { Pack, PackRequest } from '../../pack.js';
import { type AppDraft, createAppDraft } from './app-draft.js';
import { finishApp } from './finish.js';
import { pickAppName } from './naming.js';

/** Native and React Native on both mobile platforms. */
export const mobile: readonly PackRequest[] = [
  { platform: 'ios', kind: 'native' },
  { platform: 'android', kind: 'native' },
  { platform: 'ios', kind: 'react-native' },
  { platform: 'android', kind: 'react-native' },
];

/** A web app in Chromium. */
export const web: readonly PackRequest[] = [{ platform: 'chromium', kind: 'web' }];

/** What a pack author writes: vocabulary for names and a function that builds the screens. */
export interface PackDefinition {
  readonly id: string;
  readonly title: string;
  readonly heldOut?: boolean;
  readonly supports: readonly PackRequest[];
  /** Nouns app names are made from ("Bank", "Ledger", "Vault"…). */
  readonly nouns: readonly string[];
  /** Builds every screen into the draft and returns the home screen id. */
  build(app: AppDraft): string;
}

/** A `Pack` from a definition: names the app, builds it, finishes the platform specifics. */
export function definePack(definition: PackDefinition): Pack {
  const { id, title, supports, nouns, build } = definition;
  return {
    id,
    title,
    ...(definition.heldOut ? { heldOut: true } : {}),
    supports,
    generate(rng: Rng, request: PackRequest) {
      if (!supports.some((s) => s.platform === request.platform && s.kind === request.kind)) {
        throw new RangeError(
          `pack ${id} does not generate ${request.kind} apps for ${request.platform}; see its supports`,
        );
      }
      const app = createAppDraft(rng, request, pickAppName(rng, nouns));
      const home = build(app);
      return finishApp(app, id, home);
    },
  };
}
