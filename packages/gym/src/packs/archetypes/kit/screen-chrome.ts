import type { ElementSpec } from '../../../world/model.js';
import type { AppDraft } from './app-draft.js';
import type { ElementInput, NavItem, ScreenRef } from './element-input.js';
import { frameOf, splitWidths } from './milli.js';

/** The fixed parts of a screen and the room they leave for content. */
export interface Chrome {
  readonly elements: readonly ElementSpec[];
  /** First free y below the header and any top nav. */
  readonly contentTop: number;
  /** Height reserved at the bottom (tab bar, sticky button). */
  readonly bottom: number;
}

/** What the chrome needs to know about the screen. */
export interface ChromeOptions {
  readonly screen: ScreenRef;
  readonly parent?: ScreenRef | undefined;
  readonly nav?: readonly NavItem[] | undefined;
  readonly actions?: readonly ElementInput[] | undefined;
  readonly sticky?: ElementInput | undefined;
}

/** Header (back, title, actions), navigation and a sticky button, all fixed. */
export function addChrome(app: AppDraft, options: ChromeOptions): Chrome {
  const { style } = app;
  const out: ElementSpec[] = [];
  const screenId = options.screen.id;
  const fixed = (input: ElementInput, x: number, y: number, w: number, h: number): void => {
    out.push(app.element(screenId, input, frameOf(x, y, w, h), true));
  };
  const edgeL = style.desktop ? 24 : style.left;
  const edgeR = style.desktop ? 976 : style.left + style.width;
  const pad = 6;
  const headerY = style.top;
  const innerY = headerY + pad;
  const innerH = style.headerH - pad * 2;

  let titleL = edgeL;
  if (options.parent) {
    const parentTitle = options.parent.title;
    const back = style.backLabel;
    const label = back === 'parent' ? parentTitle : back === '‹ parent' ? `‹ ${parentTitle}` : back;
    fixed(
      { key: 'back', role: 'button', label, on: { kind: 'back' } },
      edgeL,
      innerY,
      style.backW,
      innerH,
    );
    titleL = edgeL + style.backW + 8;
  }
  let titleR = edgeR;
  const actionW = Math.min(style.backW, 140);
  const actions = options.actions ?? [];
  for (let i = actions.length - 1; i >= 0; i -= 1) {
    fixed(actions[i] as ElementInput, titleR - actionW, innerY, actionW, innerH);
    titleR -= actionW + 8;
  }
  if (style.centeredTitle) {
    const inset = Math.max(titleL - edgeL, edgeR - titleR);
    titleL = edgeL + inset;
    titleR = edgeR - inset;
  }
  fixed(
    { key: 'title', role: 'header', label: options.screen.title },
    titleL,
    innerY,
    titleR - titleL,
    innerH,
  );

  let contentTop = headerY + style.headerH;
  let bottom = 0;
  const nav = options.nav ?? [];
  const navInput = (item: NavItem, role: 'tab' | 'link'): ElementInput => ({
    key: `nav ${item.key}`,
    role,
    label: item.label,
    on: { kind: 'navigate', to: item.to },
  });
  if (nav.length > 0 && style.desktop && style.sidebarW > 0) {
    nav.forEach((item, i) => {
      const y = contentTop + 16 + i * (style.rowH + 6);
      fixed(navInput(item, 'link'), 12, y, style.sidebarW - 24, style.rowH);
    });
  } else if (nav.length > 0 && !style.desktop && style.tabBarH > 0) {
    const inset = style.tabBarInset;
    const widths = splitWidths(
      1000 - 2 * inset,
      nav.map(() => 1),
      0,
    );
    const y = 1000 - style.tabBarLift - style.tabBarH;
    let x = inset;
    nav.forEach((item, i) => {
      fixed(navInput(item, 'tab'), x, y, widths[i] ?? 0, style.tabBarH);
      x += widths[i] ?? 0;
    });
    bottom = style.tabBarH + style.tabBarLift;
  } else if (nav.length > 0) {
    const h = Math.round(style.rowH * 0.75);
    const widths = splitWidths(
      style.width,
      nav.map(() => 1),
      6,
    );
    let x = style.left;
    nav.forEach((item, i) => {
      fixed(navInput(item, style.desktop ? 'link' : 'tab'), x, contentTop + 4, widths[i] ?? 0, h);
      x += (widths[i] ?? 0) + 6;
    });
    contentTop += h + 8;
  }
  if (options.sticky) {
    const h = style.rowH;
    fixed(options.sticky, style.left, 1000 - bottom - h - 10, style.width, h);
    bottom += h + 20;
  }
  return { elements: out, contentTop, bottom };
}
