import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Harness, harness } from '../testing/harness.js';
import { formatHotspotTable, type HotspotRow, parseHotspotTable } from './hotspot-table.js';
import { type ElementInspection, formatInspection, parseInspection } from './inspect-element.js';
import { formatLogRegistry, type LogEntry, parseLogRegistry } from './log-registry.js';
import {
  formatNativeHierarchy,
  type HierarchyNode,
  type NativeHierarchy,
  parseNativeHierarchy,
} from './native-hierarchy.js';
import { formatNetworkLog, type NetworkLogPage, parseNetworkLog } from './network-log.js';

/** Text with the characters raw printing finds hardest: spaces, quotes, parentheses, brackets. */
const tricky = fc.oneof(
  fc.string(),
  fc
    .array(fc.constantFrom('a', 'Z', ' ', '  ', '"', "'", '(', ')', '[', ']', '\\', ':', '|', '9'))
    .map((parts) => parts.join('')),
);
/** A token without whitespace, as ids, methods and class names are. */
const token = fc.stringMatching(/^[A-Za-z0-9_./:?=&-]{1,12}$/);
const ms = fc.nat({ max: 100_000 });
const others = [
  'hello',
  '',
  '{"devices":[]}',
  'Source: ax-service\nMode: flat',
  'Console log registry: 1 entries',
];

function rn(seed = 1): Harness {
  const h = harness({ seed, platform: 'ios', kind: 'react-native' });
  h.dev('debugger-connect');
  return h;
}

describe('view-network-logs', () => {
  it('parses the page the tool prints, and formatting the parse gives back its bytes', () => {
    const h = rn();
    const text = h.dev('view-network-logs').text;
    const parsed = parseNetworkLog(text);
    if (!parsed.success) throw new Error(parsed.error.message);
    expect(parsed.value).toMatchObject({ page: 0, lastPage: 0 });
    expect(parsed.value.entries.find((e) => e.id === 'r-feed')).toMatchObject({
      method: 'GET',
      status: 200,
      durationMs: 120,
    });
    expect(parsed.value.entries.find((e) => e.id === 'r-feed')?.url).toMatch(/\/v1\/feed$/);
    expect(formatNetworkLog(parsed.value)).toBe(text);
  });

  it('round-trips any page, and the empty log', () => {
    const entry = fc.record({
      id: token,
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
      url: tricky.map((s) => `https://api.x.dev/${s}`),
      status: fc.integer({ min: 100, max: 599 }),
      durationMs: ms,
      atMs: ms,
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 10 }), fc.nat(5), (entries, page) => {
        const log: NetworkLogPage = { page, lastPage: page + 1, total: 42, entries };
        const back = parseNetworkLog(formatNetworkLog(log));
        expect(back.success && back.value).toEqual(log);
      }),
    );
    const empty = { page: 0, lastPage: 0, total: 0, entries: [] };
    expect(formatNetworkLog(empty)).toBe(
      'Network log: page 0 of 0 (0 requests)\n(no requests yet)',
    );
    const back = parseNetworkLog(formatNetworkLog(empty));
    expect(back.success && back.value).toEqual(empty);
  });

  it('rejects other observations and broken lines', () => {
    for (const t of others) {
      const r = parseNetworkLog(t);
      expect(!r.success && r.error.code).toBe('not-this-observation');
    }
    const bad = parseNetworkLog('Network log: page 0 of 0 (1 requests)\nnot a request');
    expect(!bad.success && bad.error).toMatchObject({ code: 'bad-line', line: 2 });
  });
});

describe('debugger-log-registry', () => {
  it('parses the registry the tool prints, and formatting the parse gives back its bytes', () => {
    const h = rn();
    h.tap('open-profile');
    const text = h.dev('debugger-log-registry').text;
    const parsed = parseLogRegistry(text);
    if (!parsed.success) throw new Error(parsed.error.message);
    expect(parsed.value.entries).toContainEqual({
      level: 'error',
      message: 'Failed to load avatar: 404',
      screen: 'profile',
    });
    expect(parsed.value.total).toBe(parsed.value.entries.length);
    expect(parsed.value.counts.error).toBe(1);
    expect(formatLogRegistry(parsed.value.entries)).toBe(text);
  });

  it('round-trips messages with spaces, quotes, parentheses and "(screen: …)" in them', () => {
    const entry = fc.record({
      level: fc.constantFrom('error', 'warn', 'info', 'log'),
      message: fc.oneof(
        tricky,
        tricky.map((s) => `${s}  (screen: fake)`),
      ),
      screen: fc.stringMatching(/^[a-z0-9()-]{1,10}$/),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries: LogEntry[]) => {
        const back = parseLogRegistry(formatLogRegistry(entries));
        if (!back.success) throw new Error(back.error.message);
        expect(back.value.entries).toEqual(entries);
        expect(back.value.total).toBe(entries.length);
        const errors = entries.filter((e) => e.level === 'error').length;
        expect(back.value.counts.error).toBe(errors);
      }),
    );
  });

  it('rejects other observations and broken lines', () => {
    for (const t of others) {
      const r = parseLogRegistry(t);
      expect(!r.success && r.error.code).toBe('not-this-observation');
    }
    const head = 'Console log registry: 1 entries (error 1, warn 0, info 0, log 0)';
    const bad = parseLogRegistry(`${head}\n[error] no screen`);
    expect(!bad.success && bad.error).toMatchObject({ code: 'bad-line', line: 2 });
  });
});

describe('debugger-inspect-element', () => {
  it('parses the inspection the tool prints, and formatting the parse gives back its bytes', () => {
    const h = rn();
    const el = h.elements().find((e) => e.id === 'open-catalog');
    if (!el) throw new Error('no open-catalog');
    const x = el.frame.x + el.frame.w / 2;
    const y = el.frame.y + el.frame.h / 2;
    const text = h.dev('debugger-inspect-element', { x, y }).text;
    const parsed = parseInspection(text);
    if (!parsed.success) throw new Error(parsed.error.message);
    const inspected = parsed.value.element;
    expect(inspected).toMatchObject({ testID: 'open-catalog', label: el.label });
    expect(inspected?.stack.map((s) => s.name).slice(-2)).toEqual(['NavigationContainer', 'App']);
    expect(formatInspection(parsed.value)).toBe(text);
    const short = h.dev('debugger-inspect-element', { x, y, maxItems: 1 }).text;
    const one = parseInspection(short);
    expect(one.success && one.value.element?.stack.length).toBe(1);
    expect(one.success && formatInspection(one.value)).toBe(short);
  });

  it('parses "No React component at (x, y)." as no element', () => {
    const text = 'No React component at (0.500, 0.990).';
    const parsed = parseInspection(text);
    expect(parsed.success && parsed.value).toEqual({
      point: { x: 0.5, y: 0.99 },
      element: undefined,
    });
    expect(parsed.success && formatInspection(parsed.value)).toBe(text);
  });

  it('round-trips raw labels with spaces, quotes, brackets, parentheses and newlines', () => {
    const p3 = fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000);
    const inspection = fc.record({
      point: fc.record({ x: p3, y: p3 }),
      element: fc.option(
        fc.record({
          component: fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,12}$/),
          label: fc.oneof(
            tricky,
            tricky.map((s) => `${s}" [testID=x] (tap: 1,2)`),
            tricky.map((s) => `${s}\n${s}`),
          ),
          testID: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
          tap: fc.record({ x: p3, y: p3 }),
          stack: fc.array(
            fc.record({
              name: fc.stringMatching(/^[A-Z][A-Za-z]{0,10}$/),
              source: fc.oneof(
                fc.constant('(library component)'),
                token.map((f) => `src/${f}.tsx:12`),
              ),
            }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(inspection, (i: ElementInspection) => {
        const back = parseInspection(formatInspection(i));
        if (!back.success) throw new Error(back.error.message);
        expect(back.value).toEqual(i);
      }),
    );
  });

  it('rejects other observations and broken stack lines', () => {
    for (const t of others) {
      const r = parseInspection(t);
      expect(!r.success && r.error.code).toBe('not-this-observation');
    }
    const bad = parseInspection(
      'Element at (0.500, 0.500): Text "a" [testID=a] (tap: 0.500,0.500)\nComponent stack:\nApp',
    );
    expect(!bad.success && bad.error).toMatchObject({ code: 'bad-line', line: 3 });
  });
});

describe('native-full-hierarchy', () => {
  it('parses the hierarchy the tool prints, and formatting the parse gives back its bytes', () => {
    const h = harness({ seed: 2, platform: 'ios', kind: 'native' });
    const text = h.dev('native-full-hierarchy', { bundleId: h.appId }).text;
    const parsed = parseNativeHierarchy(text);
    if (!parsed.success) throw new Error(parsed.error.message);
    expect(parsed.value.window).toEqual({ x: 0, y: 0, w: 393, h: 852 });
    expect(parsed.value.chrome).toEqual([
      'UITransitionView',
      'UIDropShadowView',
      'UILayoutContainerView',
    ]);
    const catalog = parsed.value.nodes.find((n) => n.label === 'Catalog');
    expect(catalog).toMatchObject({ className: 'UIButton', depth: 4 });
    expect(catalog?.id).toBeDefined();
    expect(parsed.value.nodes.every((n) => n.depth >= 4)).toBe(true);
    expect(formatNativeHierarchy(parsed.value)).toBe(text);
    const shallow = h.dev('native-full-hierarchy', { bundleId: h.appId, maxDepth: 2 }).text;
    expect(shallow).toBe(
      'UIWindow (0.0, 0.0, 393.0, 852.0)\n  UITransitionView\n    UIDropShadowView',
    );
    const back = parseNativeHierarchy(shallow);
    expect(back.success && back.value.nodes).toEqual([]);
    expect(back.success && back.value.chrome).toEqual(['UITransitionView', 'UIDropShadowView']);
  });

  it('round-trips raw labels with spaces, quotes and parentheses', () => {
    const p1 = fc.nat({ max: 8520 }).map((v) => v / 10);
    const node = fc.record(
      {
        depth: fc.integer({ min: 4, max: 5 }),
        className: fc.stringMatching(/^UI[A-Za-z]{1,10}$/),
        label: tricky.filter((s) => !s.includes('" id="')),
        id: fc.stringMatching(/^[a-z0-9 ()-]{1,12}$/),
        frame: fc.record({ x: p1, y: p1, w: p1, h: p1 }),
      },
      { requiredKeys: ['depth', 'className', 'label', 'frame'] },
    );
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), (nodes: HierarchyNode[]) => {
        const h: NativeHierarchy = {
          window: { x: 0, y: 0, w: 393, h: 852 },
          chrome: ['UITransitionView', 'UIDropShadowView', 'UILayoutContainerView'],
          nodes,
        };
        const back = parseNativeHierarchy(formatNativeHierarchy(h));
        if (!back.success) throw new Error(back.error.message);
        expect(back.value).toEqual(h);
      }),
    );
  });

  it('rejects other observations and broken lines', () => {
    for (const t of others) {
      const r = parseNativeHierarchy(t);
      expect(!r.success && r.error.code).toBe('not-this-observation');
    }
    const bad = parseNativeHierarchy('UIWindow (0.0, 0.0, 393.0, 852.0)\n  UIButton "x" (1, 2)');
    expect(!bad.success && bad.error).toMatchObject({ code: 'bad-line', line: 2 });
  });
});

describe('profiler hotspot tables', () => {
  it('parses the table in the reports the tools print', () => {
    const h = rn();
    h.dev('react-profiler-start');
    h.tap('open-catalog');
    h.dev('react-profiler-stop');
    const root = `/Users/dev/${h.appId.split('.').pop()}`;
    const reports = [
      h.dev('react-profiler-analyze', { project_root: root }).text,
      h.dev('react-profiler-cpu-summary').text,
    ];
    const expected: HotspotRow = {
      component: 'CatalogRow',
      functionName: 'formatPrice',
      selfMs: 84,
      renders: 42,
      file: 'src/components/CatalogRow.tsx',
      line: 27,
    };
    for (const report of reports) {
      const rows = parseHotspotTable(report);
      if (!rows.success) throw new Error(rows.error.message);
      expect(rows.value).toEqual([expected]);
      expect(report).toContain(formatHotspotTable(rows.value));
    }
  });

  it('round-trips any rows, the top-n cut and the empty note', () => {
    const row = fc.record({
      component: tricky.filter((s) => !s.includes('|')),
      functionName: tricky.filter((s) => !s.includes('|')),
      selfMs: fc.nat({ max: 100_000 }).map((v) => v / 10),
      renders: fc.nat({ max: 1000 }),
      file: token.map((f) => `src/${f}.tsx`),
      line: fc.nat({ max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.nat(10), (rows, top) => {
        const report = `# Report\n\n## Hotspots\n${formatHotspotTable(rows, top)}\n\n**Top issue:** x`;
        const back = parseHotspotTable(report);
        if (!back.success) throw new Error(back.error.message);
        expect(back.value).toEqual(rows.slice(0, top));
      }),
    );
    const none = parseHotspotTable(`## CPU hotspots (react-1)\n${formatHotspotTable([], 5)}`);
    expect(none.success && none.value).toEqual([]);
  });

  it('rejects other observations and broken rows', () => {
    for (const t of [...others, '# Native trace report (native-1)\n\n- Hangs: 0']) {
      const r = parseHotspotTable(t);
      expect(!r.success && r.error.code).toBe('not-this-observation');
    }
    const bad = parseHotspotTable(
      '| component | function | self ms | renders | source |\n|---|---|---|---|---|\n| A | b | x | 1 | f.ts:1 |',
    );
    expect(!bad.success && bad.error).toMatchObject({ code: 'bad-line', line: 3 });
  });
});
