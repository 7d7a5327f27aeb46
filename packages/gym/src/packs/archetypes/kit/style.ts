import type { Platform } from '@forge/spec';
import type { Rng } from '../../../rng.js';

/**
 * One app's layout choices, in thousandths of the screen so that frames are
 * exact at 3 decimals and never overlap by rounding.
 */
export interface Style {
  readonly desktop: boolean;
  /** Status bar inset above the header. */
  readonly top: number;
  readonly headerH: number;
  /** Left edge and width of the content column. */
  readonly left: number;
  readonly width: number;
  readonly rowH: number;
  readonly gap: number;
  /** Extra space before a section heading. */
  readonly sectionGap: number;
  /** Height of the bottom tab bar on tabbed screens; 0 when the app uses none. */
  readonly tabBarH: number;
  /**
   * A floating tab bar: its inset from each side and its lift off the bottom
   * edge (a pill above the home indicator); both 0 for an edge-to-edge bar.
   */
  readonly tabBarInset: number;
  readonly tabBarLift: number;
  /** Columns when a list is shown as a grid; grids are used only if `grid`. */
  readonly gridCols: number;
  readonly grid: boolean;
  /** Title centred between back and actions (iOS style) or left-aligned. */
  readonly centeredTitle: boolean;
  /** Width of the back button and of header actions. */
  readonly backW: number;
  /** Buttons take the full column, or a fraction of it aligned left/right/centre. */
  readonly buttonW: number;
  readonly buttonAlign: 'left' | 'center' | 'right';
  /** Width of a web sidebar; 0 for none. */
  readonly sidebarW: number;
  /** How the back button reads: a fixed word or the parent's title. */
  readonly backLabel: 'Back' | '‹ Back' | 'parent' | '‹ parent';
}

/** A random layout for the platform: every field varies per seed. */
export function pickStyle(rng: Rng, platform: Platform): Style {
  const desktop = platform === 'chromium';
  const sidebar = desktop && rng.chance(0.5);
  const sidebarW = sidebar ? rng.int(150, 230) : 0;
  // Mobile side margins drawn apart from 1.6% to 11% of the width (6 to 43
  // points on a 393-point phone: edge-to-edge cards to inset-grouped lists),
  // so a full-width row's centre moves with the app instead of sitting
  // within two points of the middle.
  const left = desktop
    ? sidebarW + rng.int(sidebar ? 20 : 80, sidebar ? 60 : 240)
    : rng.int(16, 110);
  const right = desktop ? rng.int(sidebar ? 20 : 80, sidebar ? 90 : 240) : rng.int(16, 110);
  const style: Omit<Style, 'tabBarInset' | 'tabBarLift'> = {
    desktop,
    top: platform === 'ios' ? rng.int(47, 62) : platform === 'android' ? rng.int(28, 45) : 0,
    headerH: desktop ? rng.int(50, 78) : rng.int(52, 86),
    left,
    width: 1000 - left - right,
    rowH: desktop ? rng.int(36, 60) : rng.int(52, 86),
    gap: desktop ? rng.int(4, 14) : rng.int(3, 18),
    sectionGap: rng.int(10, 32),
    tabBarH: !desktop && rng.chance(0.6) ? rng.int(58, 92) : 0,
    gridCols: desktop ? rng.int(3, 5) : rng.int(2, 3),
    grid: rng.chance(0.4),
    centeredTitle: platform === 'ios' ? rng.chance(0.8) : rng.chance(0.25),
    backW: desktop ? rng.int(60, 110) : rng.int(120, 220),
    buttonW: rng.pick([1000, 1000, rng.int(450, 800)]),
    buttonAlign: rng.pick(['left', 'center', 'right']),
    sidebarW,
    backLabel: rng.pick(['Back', '‹ Back', 'parent', '‹ parent']),
  };
  // Drawn after the rest, so every field above keeps the value it had
  // before tab bars could float.
  const floating = style.tabBarH > 0 && rng.chance(0.4);
  return {
    ...style,
    tabBarInset: floating ? rng.int(16, 90) : 0,
    tabBarLift: floating ? rng.int(8, 34) : 0,
  };
}
