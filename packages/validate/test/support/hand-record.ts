/** TEST HELPER: small hand-written records, one call per assistant turn. */
import { defaultCatalog, type JsonObject, type Message, type TrajectoryRecord } from '@forge/spec';

/** An iOS simulator id, a Chromium target id. */
export const ios = 'EA463960-6629-481E-A282-A619766CEB65';
export const web = 'chromium-cdp-9222';

/** One call of a hand record: tool, arguments, and what it returned. */
export type HandCall = readonly [name: string, args: JsonObject, content: string];

/** list-devices output listing the iOS simulator and the Chromium target. */
export const listed: HandCall = [
  'list-devices',
  {},
  JSON.stringify({
    devices: [
      { udid: ios, name: 'iPhone', platform: 'ios', state: 'Booted', os: 'iOS 18' },
      { udid: web, name: 'Chrome', platform: 'chromium', state: 'connected', os: 'Chrome 131' },
    ],
    avds: [],
  }),
];

/** A describe observation with a button, a switch and a text field. */
export function describeText(source = 'ax-service'): string {
  const roles =
    source === 'cdp-dom'
      ? ['button', 'switch', 'textbox']
      : ['AXButton', 'AXSwitch', 'AXTextField'];
  return [
    `Source: ${source}`,
    'Mode: flat (every visible element at one level)',
    'Frames: normalized 0..1 as (x, y, w, h); tap the frame centre (x + w/2, y + h/2)',
    'ROOT (0.000, 0.000, 1.000, 1.000)',
    `  ${roles[0]} "Next" id="next" [clickable] (0.100, 0.100, 0.200, 0.100)`,
    `  ${roles[1]} "Wi-Fi" id="wifi" [clickable, checkable] (0.100, 0.300, 0.800, 0.060)`,
    `  ${roles[2]} "Email" id="email" [clickable] (0.100, 0.500, 0.800, 0.060)`,
  ].join('\n');
}

/** Centres of the described elements. */
export const at = {
  next: { x: 0.2, y: 0.15 },
  wifi: { x: 0.5, y: 0.33 },
  email: { x: 0.5, y: 0.53 },
} as const;

/** A record from calls; the release and final answer are added unless `bare`. */
export function handRecord(
  calls: readonly HandCall[],
  options: { bare?: boolean; request?: string } = {},
): TrajectoryRecord {
  const all: HandCall[] = options.bare
    ? [...calls]
    : [...calls, ['stop-all-simulator-servers', {}, '{"stopped":[]}']];
  const messages: Message[] = [
    { role: 'system', content: 'system' },
    { role: 'user', content: options.request ?? 'do it' },
  ];
  all.forEach(([name, args, content], i) => {
    const id = `call_${i + 1}`;
    messages.push({ role: 'assistant', content: '', toolCalls: [{ id, name, arguments: args }] });
    messages.push({ role: 'tool', toolCallId: id, name, content });
  });
  messages.push({ role: 'assistant', content: 'done' });
  const used = [...new Set(all.map(([name]) => name))];
  const catalog = defaultCatalog();
  return {
    schema: 'forge.trajectory/1',
    id: 'hand/ios/1',
    seed: 1,
    split: 'train',
    meta: {
      family: 'navigate-tap',
      platform: 'ios',
      pack: 'core',
      app: 'A',
      persona: 'p',
      difficulty: 'easy',
      injections: [],
      recovered: false,
      success: true,
      toolsUsed: used,
      calls: all.length,
    },
    tools: catalog.tools.filter((t) => used.includes(t.name)),
    messages,
  };
}
