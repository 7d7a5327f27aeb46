import type { ElementSpec, ScreenSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import type { ElementInput, NavItem, ScreenRef } from './element-input.js';
import { frameOf, splitWidths } from './milli.js';
import { addChrome } from './screen-chrome.js';

/** Options of a new screen. */
export interface ScreenOptions {
  readonly screen: ScreenRef;
  /** The screen `back` returns to; absent only on home. */
  readonly parent?: ScreenRef;
  /** Tab bar, sidebar or top nav links, depending on the platform and style. */
  readonly nav?: readonly NavItem[];
  /** Header actions at the trailing edge (icons, Edit, Search…). */
  readonly actions?: readonly ElementInput[];
  /** A button pinned to the bottom (Checkout, Save…). */
  readonly sticky?: ElementInput;
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
  const elements: ElementSpec[] = [];
  const chrome = addChrome(app, options);
  elements.push(...chrome.elements);
  const viewportBottom = 1000 - chrome.bottom;
  let cursor = chrome.contentTop + style.gap;
  const longPress: Record<string, string> = {};
  let extra: Pick<ScreenSpec, 'zoom' | 'rotatable' | 'drag'> = {};

  // A row that would straddle the fold (or hide under the bottom chrome) starts below it instead.
  const place = (h: number): number => {
    let y = cursor;
    if (y < 1000 && y + h > viewportBottom) y = 1000 + style.gap;
    cursor = y + h + style.gap;
    return y;
  };
  const heightOf = (input: ElementInput, scale: number | undefined): number =>
    Math.round(style.rowH * (scale ?? roleScale[input.role] ?? 1));
  const add = (input: ElementInput, x: number, y: number, w: number, h: number): ElementSpec => {
    const element = app.element(options.screen.id, input, frameOf(x, y, w, h), false);
    elements.push(element);
    return element;
  };

  const builder: ScreenBuilder = {
    id: options.screen.id,
    row(input, scale) {
      const h = heightOf(input, scale);
      const y = place(h);
      if (input.role !== 'button') return add(input, style.left, y, style.width, h);
      const w = Math.round((style.width * style.buttonW) / 1000);
      const offset = { left: 0, center: Math.floor((style.width - w) / 2), right: style.width - w };
      return add(input, style.left + offset[style.buttonAlign], y, w, h);
    },
    split(inputs, weights, scale) {
      const h = Math.max(...inputs.map((input) => heightOf(input, scale)));
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
      for (let i = 0; i < inputs.length; i += style.gridCols) {
        const chunk = inputs.slice(i, i + style.gridCols);
        const weights = Array.from({ length: style.gridCols }, () => 1);
        const h = Math.round(style.rowH * (scale ?? 2));
        const y = place(h);
        const gap = Math.max(style.gap, 8);
        const widths = splitWidths(style.width, weights, gap);
        chunk.forEach((input, j) => {
          const x = style.left + widths.slice(0, j).reduce((a, b) => a + b + gap, 0);
          out.push(add(input, x, y, widths[j] ?? 0, h));
        });
      }
      return out;
    },
    list(inputs, gridOk) {
      if (gridOk && style.grid) return builder.grid(inputs);
      return inputs.map((input) => builder.row(input));
    },
    overlay: (input, x, y, w, h) => add(input, x, y, w, h),
    section(label) {
      cursor += style.sectionGap;
      return builder.row({ key: `${label} heading`, role: 'text', label }, 0.56);
    },
    longPress(elementId, modalId) {
      longPress[elementId] = modalId;
    },
    enable(more) {
      extra = { ...extra, ...more };
    },
    build() {
      const scrolling = elements.filter((element) => element.fixed !== true);
      const lowest = Math.max(
        0,
        ...scrolling.map((e) => Math.round((e.frame.y + e.frame.h) * 1000)),
      );
      const screen: ScreenSpec = {
        id: options.screen.id,
        title: options.screen.title,
        elements,
        ...(lowest > viewportBottom
          ? { contentHeight: (lowest + style.gap * 2 + chrome.bottom) / 1000 }
          : {}),
        ...(options.parent === undefined ? {} : { parent: options.parent.id }),
        ...extra,
        ...(Object.keys(longPress).length > 0 ? { longPress } : {}),
      };
      app.addScreen(screen);
      return screen;
    },
  };
  return builder;
}
