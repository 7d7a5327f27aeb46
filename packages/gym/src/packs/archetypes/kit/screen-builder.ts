import type { ElementSpec, ScreenSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import { dictionary } from './dictionary.js';
import type { ElementInput, NavItem, ScreenRef } from './element-input.js';
import { frameOf, gridWidths, splitWidths } from './milli.js';
import { addChrome } from './screen-chrome.js';

/** Options of a new screen. */
export interface ScreenOptions {
  readonly screen: ScreenRef;
  /** The screen `back` returns to; absent only on home. */
  readonly parent?: ScreenRef | undefined;
  /** Tab bar, sidebar or top nav links, depending on the platform and style. */
  readonly nav?: readonly NavItem[] | undefined;
  /** Header actions at the trailing edge (icons, Edit, Search…). */
  readonly actions?: readonly ElementInput[] | undefined;
  /** A button pinned to the bottom (Checkout, Save…). */
  readonly sticky?: ElementInput | undefined;
}

/** Lays a screen out top to bottom; frames never overlap and fixed chrome is kept clear. */
export interface ScreenBuilder {
  readonly id: string;
  /** One element across the content column (buttons use the style's button width). */
  row(input: ElementInput, scale?: number): ElementSpec;
  /** Elements side by side in one row, widths proportional to `weights`. */
  split(
    inputs: readonly ElementInput[],
    weights?: readonly number[],
    scale?: number,
  ): ElementSpec[];
  /** Tiles in the style's column count. */
  grid(inputs: readonly ElementInput[], scale?: number): ElementSpec[];
  /** A list as rows, or as a grid when the style prefers grids and `gridOk`. */
  list(inputs: readonly ElementInput[], gridOk: boolean): ElementSpec[];
  /** An element at a given frame (thousandths) on top of placed content, e.g. a pin on a map. */
  overlay(input: ElementInput, x: number, y: number, w: number, h: number): ElementSpec;
  /** A section heading (a text element) after extra space. */
  section(label: string): ElementSpec;
  /** Registers a long press on an element that opens a context-menu modal. */
  longPress(elementId: string, modalId: string): void;
  /** Gesture capabilities of the screen. */
  enable(extra: Pick<ScreenSpec, 'zoom' | 'rotatable' | 'drag'>): void;
  build(): ScreenSpec;
}

/** Default height of a row per role, as a fraction of the style's row height. */
const roleScale: Partial<Record<ElementSpec['role'], number>> = {
  text: 0.62,
  header: 0.56,
  image: 2.6,
  map: 7,
  canvas: 4,
};

/** Starts a screen and registers it with the app when built. */
export function createScreen(app: AppDraft, options: ScreenOptions): ScreenBuilder {
  const { style } = app;
  const chrome = addChrome(app, options);
  const elements: ElementSpec[] = chrome.elements.slice();
  const viewportBottom = 1000 - chrome.bottom;
  let cursor = chrome.contentTop + style.gap;
  // Made on the first long press: most screens have none, and making a
  // dictionary costs a hidden-class normalization (see dictionary()).
  let longPress: Record<string, string> | undefined;
  const extra: Record<string, unknown> = {};

  // A row that would straddle the fold (or hide under the bottom chrome) starts below it instead.
  const place = (h: number): number => {
    let y = cursor;
    if (y < 1000 && y + h > viewportBottom) y = 1000 + style.gap;
    cursor = y + h + style.gap;
    return y;
  };
  const heightOf = (role: ElementInput['role'], scale: number | undefined): number =>
    Math.round(style.rowH * (scale ?? roleScale[role] ?? 1));
  const screenId = options.screen.id;
  const add = (input: ElementInput, x: number, y: number, w: number, h: number): ElementSpec => {
    const element = app.element(screenId, input, frameOf(x, y, w, h), false);
    elements.push(element);
    return element;
  };

  const builder: ScreenBuilder = {
    id: options.screen.id,
    row(input, scale) {
      // Read once: inputs come in many shapes, so each read by name is a slow lookup.
      const role = input.role;
      const h = heightOf(role, scale);
      const y = place(h);
      if (role !== 'button') return add(input, style.left, y, style.width, h);
      const w = Math.round((style.width * style.buttonW) / 1000);
      const offset =
        style.buttonAlign === 'left'
          ? 0
          : style.buttonAlign === 'center'
            ? Math.floor((style.width - w) / 2)
            : style.width - w;
      return add(input, style.left + offset, y, w, h);
    },
    split(inputs, weights, scale) {
      let h = Number.NEGATIVE_INFINITY;
      for (const input of inputs) h = Math.max(h, heightOf(input.role, scale));
      const y = place(h);
      const gap = Math.max(style.gap, 8);
      const widths = splitWidths(style.width, weights ?? inputs.map(() => 1), gap);
      let x = style.left;
      return inputs.map((input, i) => {
        const w = widths[i] ?? 0;
        const element = add(input, x, y, w, h);
        x += w + gap;
        return element;
      });
    },
    grid(inputs, scale) {
      const out: ElementSpec[] = [];
      const h = Math.round(style.rowH * (scale ?? 2));
      const gap = Math.max(style.gap, 8);
      const cols = style.gridCols;
      const widths = gridWidths(style.width, cols, gap);
      for (let i = 0; i < inputs.length; i += cols) {
        const y = place(h);
        let x = style.left;
        for (let j = 0; j < cols && i + j < inputs.length; j += 1) {
          const w = widths[j] ?? 0;
          out.push(add(inputs[i + j] as ElementInput, x, y, w, h));
          x += w + gap;
        }
      }
      return out;
    },
    list(inputs, gridOk) {
      if (gridOk && style.grid) return builder.grid(inputs);
      const out: ElementSpec[] = [];
      for (const input of inputs) out.push(builder.row(input));
      return out;
    },
    overlay: (input, x, y, w, h) => add(input, x, y, w, h),
    section(label) {
      cursor += style.sectionGap;
      return builder.row({ key: `${label} heading`, role: 'text', label }, 0.56);
    },
    longPress(elementId, modalId) {
      longPress ??= dictionary<string>();
      longPress[elementId] = modalId;
    },
    enable(more) {
      // Like `{ ...extra, ...more }`: a key set again keeps its place.
      for (const key in more) extra[key] = more[key as keyof typeof more];
    },
    build() {
      let lowest = 0;
      for (const e of elements) {
        if (e.fixed !== true) lowest = Math.max(lowest, Math.round((e.frame.y + e.frame.h) * 1000));
      }
      // Fields in the order specs have always serialized in.
      const screen: Record<string, unknown> = {
        id: options.screen.id,
        title: options.screen.title,
        elements,
      };
      if (lowest > viewportBottom)
        screen.contentHeight = (lowest + style.gap * 2 + chrome.bottom) / 1000;
      if (options.parent !== undefined) screen.parent = options.parent.id;
      for (const key in extra) screen[key] = extra[key];
      if (longPress !== undefined) screen.longPress = longPress;
      app.addScreen(screen as unknown as ScreenSpec);
      return screen as unknown as ScreenSpec;
    },
  };
  return builder;
}
