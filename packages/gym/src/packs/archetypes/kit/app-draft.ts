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
import { dictionary } from './dictionary.js';
import type { ElementInput, ScreenRef } from './element-input.js';
import { type AppIdentity, type IdStyle, joinWords, pickIdentity, pickIdStyle } from './naming.js';
import { pickStyle, type Style } from './style.js';
import { stateKeyOf } from './word-case.js';

type StateValue = string | boolean;

/** Request id prefixes, one picked per request. */
const requestPrefixes: readonly string[] = ['req', 'r', 'net'];

/** `base`, or `base2`, `base3`… : the first not yet in `used`, which it joins. */
function unique(used: Set<string>, base: string): string {
  // Adding and checking the size probes the set once when the base is new, the usual case.
  let size = used.size;
  used.add(base);
  if (used.size !== size) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}${n}`;
    size = used.size;
    used.add(candidate);
    if (used.size !== size) return candidate;
  }
}

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
  // One namespace per kind of id: element ids never look like screen ids,
  // state keys or request ids, so separate sets give the same ids as one
  // shared set would, without prefixing every candidate.
  const screenIds = new Set<string>();
  const elementIds = new Set<string>();
  const stateKeys = new Set<string>();
  const requestIds = new Set<string>();
  const parts: DraftParts = {
    screens: [],
    modals: [],
    state: dictionary(),
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
    screen: (base, title) => ({ id: unique(screenIds, joinWords(base, '-')), title }),
    element(scope, input, frame, fixed) {
      // One pass over the input's fields, in their own order, so specs
      // serialize as before. Inputs come in dozens of shapes, so reading
      // them by name is a megamorphic lookup each time; the for-in reads
      // them through the shape's enum cache instead. The id is set last but
      // stays the first field, where the placeholder put it.
      const out: Record<string, unknown> = { id: '' };
      let key = '';
      let component: unknown;
      for (const field in input) {
        const value = input[field as keyof ElementInput];
        if (field === 'key') key = value as string;
        else if (field === 'component') component = value;
        else out[field] = value;
      }
      out.id = unique(elementIds, idStyle(scope, key));
      out.frame = frame;
      if (fixed) out.fixed = fixed;
      if (request.kind === 'react-native')
        out.component = component ?? components.forRole(out.role as ElementInput['role']);
      return out as unknown as ElementSpec;
    },
    state(base, initial) {
      const key = unique(stateKeys, stateKeyOf(base));
      parts.state[key] = initial;
      return key;
    },
    addScreen: (screen) => parts.screens.push(screen),
    addModal: (modal) => parts.modals.push(modal),
    addRequest(request) {
      const id = unique(requestIds, `${rng.pick(requestPrefixes)}-${parts.requests.length + 1}`);
      // The caller's fields in their order, then the url: what `{ id, ...rest, url }` gave, without the spreads.
      const out: Record<string, unknown> = { id };
      for (const field in request) {
        if (field !== 'path') out[field] = request[field as keyof typeof request];
      }
      out.url = `${apiBase}${request.path}`;
      parts.requests.push(out as unknown as RequestSpec);
      return id;
    },
    deepLink: (screen) => parts.links.push(screen),
    log: (level, message, screen) => parts.logs.push({ level, message, screen }),
    extend: (fields) => Object.assign(parts.extra, fields),
  };
}
