import type { ElementSpec, Frame, Rng, ScreenSpec } from '@forge/gym';

/** Stacks elements top to bottom in thousandths of the screen, so frames are exact at 3 decimals. */
export interface Stack {
  add(element: Omit<ElementSpec, 'frame'>, scale?: number): void;
  screen(id: string, title: string, parent?: string): ScreenSpec;
}

/** Per-app layout numbers, drawn once per seed. */
export interface Layout {
  readonly top: number;
  readonly margin: number;
  readonly rowH: number;
  readonly gap: number;
}

/** A layout that differs from seed to seed. */
export function pickLayout(rng: Rng, desktop: boolean): Layout {
  return {
    top: desktop ? 0 : rng.int(30, 60),
    margin: desktop ? rng.int(120, 260) : rng.int(24, 70),
    rowH: desktop ? rng.int(38, 58) : rng.int(55, 85),
    gap: rng.int(4, 16),
  };
}

const frame = (x: number, y: number, w: number, h: number): Frame => ({
  x: x / 1000,
  y: y / 1000,
  w: w / 1000,
  h: h / 1000,
});

/** A stack under a fixed header (title, and a back button when the screen has a parent). */
export function createStack(
  layout: Layout,
  idPrefix: string,
  title: string,
  parent: string | undefined,
): Stack {
  const elements: ElementSpec[] = [];
  const width = 1000 - layout.margin * 2;
  const headerH = layout.rowH;
  let titleX = layout.margin;
  if (parent !== undefined) {
    elements.push({
      id: `${idPrefix}-back`,
      role: 'button',
      label: 'Back',
      on: { kind: 'back' },
      fixed: true,
      frame: frame(layout.margin, layout.top, 150, headerH),
    });
    titleX += 160;
  }
  elements.push({
    id: `${idPrefix}-title`,
    role: 'header',
    label: title,
    fixed: true,
    frame: frame(titleX, layout.top, layout.margin + width - titleX, headerH),
  });
  let cursor = layout.top + headerH + layout.gap;
  return {
    add(element, scale = 1) {
      const h = Math.round(layout.rowH * scale);
      // Rows that would straddle the fold start just below it.
      if (cursor < 1000 && cursor + h > 1000) cursor = 1000 + layout.gap;
      elements.push({ ...element, frame: frame(layout.margin, cursor, width, h) });
      cursor += h + layout.gap;
    },
    screen(id, screenTitle, screenParent) {
      const bottom = cursor - layout.gap;
      return {
        id,
        title: screenTitle,
        elements,
        ...(bottom > 1000 ? { contentHeight: (bottom + layout.gap * 2) / 1000 } : {}),
        ...(screenParent === undefined ? {} : { parent: screenParent }),
      };
    },
  };
}
