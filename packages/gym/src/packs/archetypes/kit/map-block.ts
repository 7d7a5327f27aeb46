import type { AppDraft } from './app-draft.js';
import type { ElementInput, ScreenRef } from './element-input.js';
import { createScreen } from './screen-builder.js';

/** A map screen and its pins. */
export interface MapOptions {
  readonly screen: ScreenRef;
  readonly parent?: ScreenRef;
  /** Pin labels; each pin selects itself when tapped. */
  readonly pins: readonly string[];
  /** Controls below the map (directions, filters). */
  readonly below?: readonly ElementInput[];
}

/**
 * A zoomable, rotatable, pannable map with pins on a grid of cells inside the
 * map (so pins never overlap) and zoom buttons under it.
 */
export function buildMap(app: AppDraft, options: MapOptions): void {
  const { rng, style } = app;
  const screen = createScreen(app, {
    screen: options.screen,
    ...(options.parent ? { parent: options.parent } : {}),
  });
  const heightScale = rng.int(45, 75) / 10;
  const map = screen.row(
    { key: 'map', role: 'map', label: rng.pick(['Map', 'Map view', 'Area map']) },
    heightScale,
  );
  const selected = app.state(`${options.screen.id}.pin`, '');
  const mx = Math.round(map.frame.x * 1000);
  const my = Math.round(map.frame.y * 1000);
  const mw = Math.round(map.frame.w * 1000);
  const mh = Math.round(map.frame.h * 1000);
  const cols = 3;
  const rows = Math.max(2, Math.ceil(options.pins.length / cols));
  const cellW = Math.floor(mw / cols);
  const cellH = Math.floor(mh / rows);
  const pinW = Math.min(cellW - 8, rng.int(style.desktop ? 40 : 80, style.desktop ? 80 : 150));
  const pinH = Math.min(cellH - 8, rng.int(30, 55));
  const cells = rng.shuffle(Array.from({ length: cols * rows }, (_, i) => i));
  options.pins.forEach((label, i) => {
    const cell = cells[i] ?? 0;
    const x = mx + (cell % cols) * cellW + rng.int(2, cellW - pinW - 2);
    const y = my + Math.floor(cell / cols) * cellH + rng.int(2, cellH - pinH - 2);
    const pin: ElementInput = {
      key: `pin ${label}`,
      role: 'button',
      label,
      on: { kind: 'select', key: selected, value: label },
    };
    screen.overlay(pin, x, y, pinW, pinH);
  });
  const zoomKey = app.state(`${options.screen.id}.zoom button`, '');
  screen.split([
    {
      key: 'zoom in',
      role: 'button',
      label: rng.pick(['Zoom in', '+']),
      on: { kind: 'select', key: zoomKey, value: 'in' },
    },
    {
      key: 'zoom out',
      role: 'button',
      label: rng.pick(['Zoom out', '−']),
      on: { kind: 'select', key: zoomKey, value: 'out' },
    },
  ]);
  for (const input of options.below ?? []) screen.row(input);
  const initial = rng.pick([1, 2, 4, 8, 10, 12]);
  screen.enable({
    zoom: { min: 1, max: rng.pick([16, 18, 20]), initial },
    rotatable: true,
    drag: {
      key: app.state(
        `${options.screen.id}.center`,
        `${rng.int(-80, 80)}.${rng.int(100, 999)},${rng.int(-170, 170)}.${rng.int(100, 999)}`,
      ),
      kind: 'pan',
    },
  });
  screen.build();
}
