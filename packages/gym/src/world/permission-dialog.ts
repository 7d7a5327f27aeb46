/**
 * Where a system permission dialog sits on a device. A real alert is
 * centred on the screen and grows with its title and usage message, so its
 * buttons move with the device's size, the app's name and its reason. A
 * fixed layout would hand a model two tap points to memorise in every
 * episode with a dialog. The device's display settings count too: a larger
 * text size grows the title, the message and the buttons, and display zoom
 * leaves fewer points on the same screen, so the card takes more of it.
 */
import type { Frame } from './model.js';
import type { DeviceState } from './state.js';

/** Screen size in points (iOS) or dp (Android) of the simulated device models. */
const screens: Readonly<Record<string, { readonly w: number; readonly h: number }>> = {
  'iPhone 16 Pro': { w: 402, h: 874 },
  'iPhone 16': { w: 393, h: 852 },
  'iPhone 15': { w: 393, h: 852 },
  'iPhone 15 Pro Max': { w: 430, h: 932 },
  'iPhone SE (3rd generation)': { w: 375, h: 667 },
  'iPhone 16 Plus': { w: 430, h: 932 },
  'iPhone 16 Pro Max': { w: 440, h: 956 },
  'iPhone 15 Pro': { w: 393, h: 852 },
  'iPhone 14': { w: 390, h: 844 },
  'iPhone 13 mini': { w: 375, h: 812 },
  'iPhone 16e': { w: 390, h: 844 },
  Pixel_8_API_35: { w: 412, h: 915 },
  Pixel_7a_API_34: { w: 412, h: 915 },
  Medium_Phone_API_35: { w: 411, h: 914 },
  Pixel_9_Pro_API_35: { w: 410, h: 914 },
  Pixel_6_API_33: { w: 412, h: 915 },
  Small_Phone_API_34: { w: 360, h: 640 },
  Pixel_8_Pro_API_35: { w: 448, h: 998 },
  Pixel_9_API_35: { w: 412, h: 923 },
  Pixel_9_Pro_XL_API_35: { w: 427, h: 952 },
  Pixel_5_API_33: { w: 393, h: 851 },
  Pixel_7_Pro_API_34: { w: 412, h: 892 },
};
const fallback = { w: 393, h: 852 };

/** The usage message and the buttons of a permission dialog, in normalized screen coordinates. */
export interface DialogLayout {
  readonly message: Frame;
  /** One frame per button, in the order the buttons were given. */
  readonly buttons: readonly Frame[];
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** Lines a text wraps to at an average glyph width. */
const lines = (text: string, width: number, glyph: number) =>
  Math.max(1, Math.ceil((text.length * glyph) / width));

function normalize(f: Frame, size: { w: number; h: number }): Frame {
  return { x: r3(f.x / size.w), y: r3(f.y / size.h), w: r3(f.w / size.w), h: r3(f.h / size.h) };
}

/** Normalizes by rounding the edges, so buttons that touch in points touch, never overlap, after rounding. */
function normalizeEdges(f: Frame, size: { w: number; h: number }): Frame {
  const x = r3(f.x / size.w);
  const y = r3(f.y / size.h);
  return { x, y, w: r3(r3((f.x + f.w) / size.w) - x), h: r3(r3((f.y + f.h) / size.h) - y) };
}

/** A block of text: how many lines it wraps to and the height of one. */
interface TextBlock {
  readonly lines: number;
  /** Line height at text scale 1, and the scale. */
  readonly base: number;
  readonly scale: number;
}

/**
 * The heights of the title and the message within `room` points: as tall
 * as their lines while they fit. A real alert that would outgrow the screen
 * (a long app name and reason at the largest text size on a small phone)
 * scrolls its text and keeps its buttons on screen, so the message gives
 * up lines first, then the title, each down to one line. Without this the
 * buttons of such a dialog sat below the screen's edge, where no tap reaches.
 */
function fitText(room: number, title: TextBlock, message: TextBlock): [number, number] {
  const height = (block: TextBlock, n: number) => Math.round(n * block.base * block.scale);
  let messageLines = message.lines;
  let titleLines = title.lines;
  const over = () => height(title, titleLines) + height(message, messageLines) > room;
  while (over() && messageLines > 1) messageLines -= 1;
  while (over() && titleLines > 1) titleLines -= 1;
  return [height(title, titleLines), height(message, messageLines)];
}

/** A button row grows with the text size, never below its default touch height. */
const rowHeight = (base: number, textScale: number) =>
  Math.round(base * Math.max(1, 1 + 0.6 * (textScale - 1)));

/**
 * iOS: a 270-point alert, the title and the app's usage message above the
 * buttons: two sit side by side, more are stacked in 44-point rows (as the
 * location prompt's three are). Android: a dialog 24dp in from each edge
 * with the message under the title and the buttons stacked full width,
 * 48dp each 8dp apart, as Android 11 and later show them.
 */
export function permissionDialogLayout(
  device: DeviceState,
  title: string,
  message: string,
  buttons: number,
): DialogLayout {
  const model = screens[device.name] ?? fallback;
  const { textScale: t, zoom } = device.display;
  const size = { w: model.w / zoom, h: model.h / zoom };
  if (device.platform === 'ios') {
    const width = 270;
    const rows = buttons === 2 ? 1 : buttons;
    const row = rowHeight(44, t);
    // Padding above the title, between title and message, below the message; the button rows.
    const chrome = 20 + 4 + 20 + row * rows;
    const [titleH, messageH] = fitText(
      size.h - 2 * 16 - chrome,
      { lines: lines(title, width - 32, 8.6 * t), base: 22, scale: t },
      { lines: lines(message, width - 32, 6.6 * t), base: 18, scale: t },
    );
    const height = chrome + titleH + messageH;
    const x = (size.w - width) / 2;
    const top = (size.h - height) / 2;
    const firstRow = top + height - row * rows;
    const frames: Frame[] = [];
    for (let i = 0; i < buttons; i += 1) {
      frames.push(
        rows === 1
          ? { x: x + (i * width) / 2, y: firstRow, w: width / 2, h: row }
          : { x, y: firstRow + row * i, w: width, h: row },
      );
    }
    return {
      message: normalize({ x: x + 16, y: top + 20 + titleH + 4, w: width - 32, h: messageH }, size),
      buttons: frames.map((f) => normalizeEdges(f, size)),
    };
  }
  const width = Math.min(size.w - 48, 560);
  const button = rowHeight(48, t);
  const stackH = button * buttons + 8 * (buttons - 1);
  // Padding, the icon and its gap, the gaps around title and message; the button stack.
  const chrome = 24 + 24 + 16 + 12 + 24 + stackH + 16;
  const [titleH, messageH] = fitText(
    size.h - 2 * 24 - chrome,
    { lines: lines(title, width - 48, 10.5 * t), base: 28, scale: t },
    { lines: lines(message, width - 48, 7.4 * t), base: 20, scale: t },
  );
  const height = chrome + titleH + messageH;
  const x = (size.w - width) / 2 + 24;
  const top = (size.h - height) / 2;
  const first = top + height - 16 - stackH;
  const frames: Frame[] = [];
  for (let i = 0; i < buttons; i += 1)
    frames.push(normalize({ x, y: first + (button + 8) * i, w: width - 48, h: button }, size));
  return {
    message: normalize({ x, y: top + 64 + titleH + 12, w: width - 48, h: messageH }, size),
    buttons: frames,
  };
}
