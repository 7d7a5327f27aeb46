import type { ElementSpec, Frame, ModalSpec, ScreenSpec } from '../../../world/model.js';

/** Roles that take input even without a behavior. */
const inputRoles = new Set([
  'textfield',
  'securefield',
  'searchfield',
  'switch',
  'checkbox',
  'slider',
]);

/** Whether a tap on the element does something (so two of them must not share a point). */
export function isTappable(element: ElementSpec): boolean {
  return element.on !== undefined || inputRoles.has(element.role);
}

const milli = (v: number): number => Math.round(v * 1000);
const isThreeDecimals = (v: number): boolean =>
  Number.isFinite(v) && Math.abs(v * 1000 - milli(v)) < 1e-6;

/** Strict overlap in thousandths: frames that only touch do not overlap. */
export function overlaps(a: Frame, b: Frame): boolean {
  return (
    milli(a.x) < milli(b.x) + milli(b.w) &&
    milli(b.x) < milli(a.x) + milli(a.w) &&
    milli(a.y) < milli(b.y) + milli(b.h) &&
    milli(b.y) < milli(a.y) + milli(a.h)
  );
}

/** Problems with one element's frame: rounding, size and bounds. */
function frameProblems(where: string, element: ElementSpec, bottom: number): string[] {
  const { x, y, w, h } = element.frame;
  const problems: string[] = [];
  if (![x, y, w, h].every(isThreeDecimals))
    problems.push(`${where}: frame is not rounded to 3 decimals`);
  if (!(w > 0 && h > 0)) problems.push(`${where}: frame has no area`);
  if (milli(x) < 0 || milli(x) + milli(w) > 1000)
    problems.push(`${where}: frame leaves the screen horizontally`);
  if (milli(y) < 0 || milli(y) + milli(h) > milli(bottom)) {
    problems.push(`${where}: frame leaves 0..${bottom} vertically`);
  }
  return problems;
}

/** Pairwise checks: tappables never share a point; fixed chrome never covers content at scroll 0. */
function overlapProblems(where: string, elements: readonly ElementSpec[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < elements.length; i += 1) {
    for (let j = i + 1; j < elements.length; j += 1) {
      const a = elements[i] as ElementSpec;
      const b = elements[j] as ElementSpec;
      if (!overlaps(a.frame, b.frame)) continue;
      if (isTappable(a) && isTappable(b)) {
        problems.push(`${where}: tappable elements ${a.id} and ${b.id} overlap`);
      } else if ((a.fixed === true) !== (b.fixed === true)) {
        problems.push(
          `${where}: fixed and scrolling elements ${a.id} and ${b.id} overlap at scroll 0`,
        );
      }
    }
  }
  return problems;
}

/** Geometry problems of a screen. */
export function screenFrameProblems(screen: ScreenSpec): string[] {
  const where = `screen ${screen.id}`;
  const height = screen.contentHeight ?? 1;
  const problems: string[] = [];
  if (!isThreeDecimals(height) || height < 1) {
    if (screen.contentHeight !== undefined)
      problems.push(`${where}: contentHeight must be >= 1 with 3 decimals`);
  }
  for (const element of screen.elements) {
    problems.push(
      ...frameProblems(`${where} element ${element.id}`, element, element.fixed ? 1 : height),
    );
  }
  problems.push(...overlapProblems(where, screen.elements));
  return problems;
}

/** Geometry problems of a modal: it never scrolls. */
export function modalFrameProblems(modal: ModalSpec): string[] {
  const where = `modal ${modal.id}`;
  return [
    ...modal.elements.flatMap((element) =>
      frameProblems(`${where} element ${element.id}`, element, 1),
    ),
    ...overlapProblems(where, modal.elements),
  ];
}
