import type { Rng } from '../../../rng.js';
import type {
  AppSpec,
  ElementSpec,
  Frame,
  LogSpec,
  ModalSpec,
  RequestSpec,
  ScreenSpec,
} from '../../../world/model.js';
import type { PackRequest } from '../../pack.js';
import { type ComponentNamer, createComponentNamer } from './components.js';
import type { ElementInput, ScreenRef } from './element-input.js';
import { type AppIdentity, type IdStyle, joinWords, pickIdentity, pickIdStyle } from './naming.js';
import { pickStyle, type Style } from './style.js';

type StateValue = string | boolean;

/** A state key part that is already one plain word. */
const plainWord = /^[A-Za-z0-9]+$/;

/** An app under construction: unique ids, state, requests and links, then `finish`. */
export interface AppDraft {
  readonly rng: Rng;
  readonly request: PackRequest;
  readonly style: Style;
  readonly identity: AppIdentity;
  /** A unique screen id from a base (the title when none) and its title. */
  screen(base: string, title: string): ScreenRef;
  /** An element with a unique id in the app's id style; RN apps also get a component name. */
  element(scope: string, input: ElementInput, frame: Frame, fixed: boolean): ElementSpec;
  /** A state key unique within the app, with its initial value. */
  state(base: string, initial: StateValue): string;
  addScreen(screen: ScreenSpec): void;
  addModal(modal: ModalSpec): void;
  /** A request fired when `screen` appears; returns its id. */
  addRequest(request: Omit<RequestSpec, 'id' | 'url'> & { readonly path: string }): string;
  /** Marks a screen reachable by deep link (scheme and https forms on mobile). */
  deepLink(screen: ScreenRef): void;
  log(level: LogSpec['level'], message: string, screen: string): void;
  /** Extra app-level fields (permission, credentials, onboarding). */
  extend(fields: Partial<Pick<AppSpec, 'permission' | 'credentials' | 'onboarding'>>): void;
  readonly apiBase: string;
  readonly components: ComponentNamer;
  /** Everything added so far (for the finishing helpers). */
  readonly parts: DraftParts;
}

/** The collected parts of a draft. */
export interface DraftParts {
  readonly screens: ScreenSpec[];
  readonly modals: ModalSpec[];
  readonly state: Record<string, StateValue>;
  readonly requests: RequestSpec[];
  readonly logs: LogSpec[];
  readonly links: ScreenRef[];
  readonly extra: Partial<Pick<AppSpec, 'permission' | 'credentials' | 'onboarding'>>;
}

/** Starts an app of the pack for the request, named `name`. */
export function createAppDraft(rng: Rng, request: PackRequest, name: string): AppDraft {
  const identity = pickIdentity(rng, name, request.platform, request.kind);
  const idStyle: IdStyle = pickIdStyle(rng, identity, request.platform, request.kind);
  const style = pickStyle(rng.fork('style'), request.platform);
  const used = new Set<string>();
  const unique = (base: string): string => {
    let candidate = base;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${base}${n}`;
    used.add(candidate);
    return candidate;
  };
  const parts: DraftParts = {
    screens: [],
    modals: [],
    state: {},
    requests: [],
    logs: [],
    links: [],
    extra: {},
  };
  const apiBase = rng.pick([
    `https://api.${identity.host}`,
    `https://${identity.host}/api`,
    `https://${identity.slug}.${identity.vendor}.cloud/v${rng.int(1, 3)}`,
  ]);
  const components = createComponentNamer(rng.fork('components'));
  return {
    rng,
    request,
    style,
    identity,
    apiBase,
    components,
    parts,
    screen: (base, title) => ({ id: unique(`screen:${joinWords(base, '-')}`).slice(7), title }),
    element(scope, input, frame, fixed) {
      // Copies the input's fields in their own order (so specs serialize as
      // before) without object rest, which is slow on this hot path.
      const out: Record<string, unknown> = { id: unique(idStyle(scope, input.key)) };
      for (const field in input) {
        if (field !== 'key' && field !== 'component')
          out[field] = input[field as keyof ElementInput];
      }
      out.frame = frame;
      if (fixed) out.fixed = fixed;
      if (request.kind === 'react-native')
        out.component = input.component ?? components.forRole(input.role);
      return out as unknown as ElementSpec;
    },
    state(base, initial) {
      // Keys read like `privacy.location-services`; single words such as `loggedIn` stay as they are.
      const words = base.split('.');
      let tidy = '';
      for (let i = 0; i < words.length; i += 1) {
        const part = words[i] as string;
        const clean = plainWord.test(part) ? part : joinWords(part, '-') || 'value';
        tidy = i === 0 ? clean : `${tidy}.${clean}`;
      }
      const key = unique(`state:${tidy}`).slice(6);
      parts.state[key] = initial;
      return key;
    },
    addScreen: (screen) => parts.screens.push(screen),
    addModal: (modal) => parts.modals.push(modal),
    addRequest({ path, ...request }) {
      const id = unique(
        `request:${rng.pick(['req', 'r', 'net'])}-${parts.requests.length + 1}`,
      ).slice(8);
      parts.requests.push({ id, ...request, url: `${apiBase}${path}` });
      return id;
    },
    deepLink: (screen) => parts.links.push(screen),
    log: (level, message, screen) => parts.logs.push({ level, message, screen }),
    extend: (fields) => Object.assign(parts.extra, fields),
  };
}
