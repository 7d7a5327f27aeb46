import type { Rng } from '../../../rng.js';
import type {
  HotspotSpec,
  LogSpec,
  ModalSpec,
  RuntimeSpec,
  ScreenSpec,
} from '../../../world/model.js';
import { dictionary } from './dictionary.js';
import type { AppIdentity } from './naming.js';
import { firstNames } from './words.js';

/** Components React Native ships; their sources live in node_modules. */
const builtIn = new Set(['Text', 'Pressable', 'TouchableOpacity', 'TextInput', 'Switch', 'Image']);

const warnings: readonly string[] = [
  'VirtualizedList: You have a large list that is slow to update - make sure your renderItem function renders components that follow React performance best practices.',
  'Each child in a list should have a unique "key" prop. Check the render method of `{c}`.',
  'Require cycle: src/store/index.ts -> src/store/{s}.ts -> src/store/index.ts',
  'componentWillReceiveProps has been renamed, and is not recommended for use. Please update {c}.',
  'Non-serializable values were found in the navigation state.',
];
const errors: readonly string[] = [
  "TypeError: Cannot read property '{s}' of undefined",
  'Network request failed: GET /{s} timed out after 10000ms',
  'Unhandled promise rejection: Error: 401 Unauthorized ({s})',
  'Invariant Violation: Text strings must be rendered within a <Text> component.',
];
const functionNames: readonly string[] = [
  'renderItem',
  'computeLayout',
  'formatCurrency',
  'sortByDate',
  'useFilteredItems',
  'mapRows',
  'buildSections',
  'parseResponse',
  'onScroll',
  'measureCells',
];

/** The JS runtime of a React Native app whose screens are built. */
export function buildRuntime(
  rng: Rng,
  identity: AppIdentity,
  screens: readonly ScreenSpec[],
  modals: readonly ModalSpec[],
  extraLogs: readonly LogSpec[],
  home: string,
): RuntimeSpec {
  const dev = rng.pick(firstNames).toLowerCase();
  const sources = dictionary<{ file: string; line: number }>();
  const source = (name: string, dir: string): { file: string; line: number } => {
    const known = sources[name];
    if (known) return known;
    const file = builtIn.has(name)
      ? `node_modules/react-native/Libraries/Components/${name}/${name}.js`
      : `src/${dir}/${name}.tsx`;
    const made = { file, line: rng.int(8, 140) };
    sources[name] = made;
    return made;
  };
  for (const holder of screens) {
    for (const element of holder.elements)
      if (element.component) source(element.component, 'components');
  }
  for (const holder of modals) {
    for (const element of holder.elements)
      if (element.component) source(element.component, 'components');
  }
  const pascal = (title: string): string =>
    title
      .replace(/[^A-Za-z0-9 ]/g, '')
      .replace(/(^|\s+)(\w)/g, (_, _s: string, c: string) => c.toUpperCase());
  const others = screens.filter((screen) => screen.id !== home);
  const pool = others.length > 0 ? others : screens;
  const hotspots: HotspotSpec[] = [];
  for (let n = rng.int(1, 3); n > 0; n -= 1) {
    const screen = rng.pick(pool);
    let component: string;
    if (rng.chance(0.5)) component = `${pascal(screen.title) || 'Main'}Screen`;
    else {
      const custom: string[] = [];
      for (const e of screen.elements) {
        const c = e.component ?? 'View';
        if (!builtIn.has(c)) custom.push(c);
      }
      custom.push('ListBody');
      component = rng.pick(custom);
    }
    const at = source(component, component.endsWith('Screen') ? 'screens' : 'components');
    hotspots.push({
      component,
      functionName: rng.pick(functionNames),
      file: at.file,
      line: at.line + rng.int(2, 60),
      selfMs: rng.int(8, 180) + rng.int(0, 999) / 1000,
      renders: rng.int(3, 120),
      screen: screen.id,
    });
  }
  const fill = (text: string): string =>
    text
      .replace('{c}', rng.pick(hotspots).component)
      .replace('{s}', rng.pick(['user', 'items', 'session', 'profile', 'cart', 'feed']));
  const logs: LogSpec[] = [
    {
      level: 'log',
      message: `Running "${pascal(identity.name)}" with {"rootTag":1}`,
      screen: home,
    },
    ...extraLogs,
    { level: 'warn', message: fill(rng.pick(warnings)), screen: rng.pick(pool).id },
    { level: 'error', message: fill(rng.pick(errors)), screen: rng.pick(pool).id },
  ];
  return {
    metroPort: rng.pick([8081, 8081, 8081, 8082, 8088, 19000]),
    projectRoot: rng.pick([
      `/Users/${dev}/code/${identity.slug}`,
      `/home/${dev}/src/${identity.slug}-app`,
      `/Users/${dev}/Projects/${pascal(identity.name)}/mobile`,
      `/workspace/${identity.vendor}/${identity.slug}`,
    ]),
    rnVersion: rng.pick(['0.72.12', '0.73.8', '0.74.5', '0.75.4', '0.76.3', '0.77.1']),
    logs,
    hotspots,
    sources,
  };
}
