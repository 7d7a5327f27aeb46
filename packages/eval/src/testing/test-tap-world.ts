import { createRng } from '@forge/gym';
import type { Platform } from '@forge/spec';
import type { Frame } from '../discovery/parse-discovery.js';

/** One element of the test world's screens. */
export interface TestElement {
  readonly label: string;
  readonly frame: Frame;
  /** What a tap does: open a section, go back, or activate an item. */
  readonly on:
    | { readonly kind: 'open'; readonly section: number }
    | { readonly kind: 'back' }
    | { readonly kind: 'item' };
}

/** The whole test world one seed generates. */
export interface TestWorld {
  readonly platform: Platform;
  readonly udid: string;
  readonly app: string;
  readonly home: readonly TestElement[];
  readonly sections: readonly {
    readonly title: string;
    readonly elements: readonly TestElement[];
  }[];
  readonly targetSection: number;
  readonly target: string;
}

const words = [
  'Alerts',
  'Billing',
  'Camera',
  'Drafts',
  'Events',
  'Friends',
  'Gallery',
  'History',
  'Inbox',
  'Journal',
  'Keys',
  'Library',
  'Maps',
  'Notes',
  'Orders',
  'Photos',
  'Queue',
  'Radio',
  'Search',
  'Tickets',
  'Uploads',
  'Videos',
  'Wallet',
  'Zones',
];

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** Rows stacked down the screen with seeded jitter; the bottom strip stays empty. */
function rows(rng: ReturnType<typeof createRng>, count: number, top: number): Frame[] {
  const frames: Frame[] = [];
  const pitch = (0.85 - top) / count;
  for (let i = 0; i < count; i += 1) {
    const h = round3(pitch * (0.45 + rng.float() * 0.3));
    frames.push({
      x: round3(0.04 + rng.float() * 0.2),
      y: round3(top + i * pitch + rng.float() * (pitch - h)),
      w: round3(0.3 + rng.float() * 0.4),
      h,
    });
  }
  return frames;
}

function udidFor(platform: Platform, rng: ReturnType<typeof createRng>): string {
  if (platform === 'android') return `emulator-${5554 + 2 * rng.int(0, 20)}`;
  if (platform === 'chromium') return `chromium-cdp-${9222 + rng.int(0, 50)}`;
  const hex = (n: number): string =>
    Array.from({ length: n }, () => rng.int(0, 15).toString(16).toUpperCase()).join('');
  return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
}

/** Generates the test world for a seed: a home screen of sections, each a list of items. */
export function generateTestWorld(seed: number, platform?: Platform): TestWorld {
  const rng = createRng(seed);
  const chosen = platform ?? rng.pick(['ios', 'android', 'chromium'] as const);
  const udid = udidFor(chosen, rng);
  const names = rng.shuffle(words);
  const sectionCount = rng.int(3, 5);
  const homeFrames = rows(rng, sectionCount, 0.12);
  const sections = homeFrames.map((_, s) => {
    const itemCount = rng.int(3, 5);
    const labels = names.slice(sectionCount + s * 5, sectionCount + s * 5 + itemCount);
    const elements: TestElement[] = [
      { label: 'Back', frame: { x: 0.02, y: 0.02, w: 0.16, h: 0.06 }, on: { kind: 'back' } },
      ...rows(rng, itemCount, 0.14).map(
        (frame, i): TestElement => ({
          label: labels[i] ?? `Item ${i}`,
          frame,
          on: { kind: 'item' },
        }),
      ),
    ];
    return { title: names[s] ?? `Section ${s}`, elements };
  });
  const home = homeFrames.map(
    (frame, s): TestElement => ({
      label: sections[s]?.title ?? '',
      frame,
      on: { kind: 'open', section: s },
    }),
  );
  const targetSection = rng.int(0, sectionCount - 1);
  const items = (sections[targetSection]?.elements ?? []).filter((e) => e.on.kind === 'item');
  return {
    platform: chosen,
    udid,
    app: `${rng.pick(['Pocket', 'Bright', 'Swift', 'Quiet'])} ${rng.pick(['Hub', 'Desk', 'Box'])}`,
    home,
    sections,
    targetSection,
    target: rng.pick(items).label,
  };
}
