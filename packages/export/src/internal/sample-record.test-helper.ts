import type { Message, ToolSpec, TrajectoryRecord } from '@forge/spec';

const schema = { type: 'object', properties: { udid: { type: 'string' } }, required: ['udid'] };

/** The tools a sample record offers. */
export const sampleTools: ToolSpec[] = [
  { name: 'list-devices', description: 'List devices.', inputSchema: { type: 'object' } },
  { name: 'launch-app', description: 'Open an app.', inputSchema: schema },
  { name: 'describe', description: 'Read the screen.', inputSchema: schema },
  { name: 'gesture-tap', description: 'Tap a point.', inputSchema: schema },
  { name: 'screenshot', description: 'Capture the screen.', inputSchema: schema },
  { name: 'stop-all-simulator-servers', description: 'Release.', inputSchema: { type: 'object' } },
];

const udid = '5A1B2C3D-0000-4000-8000-000000000001';
const tree =
  'Source: ax-service\nROOT (0,0,1,1)\n  AXButton "Dark mode" [clickable] (0.100, 0.400, 0.800, 0.050)';

/** A trajectory as the generator writes it: several calls, a parallel turn, a tool error, an answer. */
export const sampleMessages: Message[] = [
  { role: 'system', content: 'You drive devices.' },
  { role: 'user', content: 'Turn on "dark mode" in Settings, please.' },
  {
    role: 'assistant',
    content: 'Finding the device.',
    toolCalls: [{ id: 'call_1', name: 'list-devices', arguments: {} }],
  },
  { role: 'tool', toolCallId: 'call_1', name: 'list-devices', content: `iPhone 16 ${udid} Booted` },
  {
    role: 'assistant',
    content: 'Opening Settings.',
    toolCalls: [
      { id: 'call_2', name: 'launch-app', arguments: { udid, bundleId: 'com.apple.Preferences' } },
    ],
  },
  { role: 'tool', toolCallId: 'call_2', name: 'launch-app', content: '{"launched":true}' },
  {
    role: 'assistant',
    content: 'Reading the screen.',
    toolCalls: [
      { id: 'call_3', name: 'describe', arguments: { udid } },
      { id: 'call_4', name: 'screenshot', arguments: { udid, scale: 0.5 } },
    ],
  },
  { role: 'tool', toolCallId: 'call_3', name: 'describe', content: tree },
  { role: 'tool', toolCallId: 'call_4', name: 'screenshot', content: '{"path":"/tmp/s.png"}' },
  {
    role: 'assistant',
    content: 'Tapping the switch.',
    toolCalls: [{ id: 'call_5', name: 'gesture-tap', arguments: { udid, x: 0.5, y: 0.425 } }],
  },
  {
    role: 'tool',
    toolCallId: 'call_5',
    name: 'gesture-tap',
    content: 'Error: device busy, try again',
    isError: true,
  },
  {
    role: 'assistant',
    content: 'Retrying.',
    toolCalls: [{ id: 'call_6', name: 'gesture-tap', arguments: { udid, x: 0.5, y: 0.425 } }],
  },
  { role: 'tool', toolCallId: 'call_6', name: 'gesture-tap', content: '{"tapped":true}' },
  {
    role: 'assistant',
    content: '',
    toolCalls: [{ id: 'call_7', name: 'stop-all-simulator-servers', arguments: {} }],
  },
  { role: 'tool', toolCallId: 'call_7', name: 'stop-all-simulator-servers', content: 'ok' },
  { role: 'assistant', content: 'Dark mode is on.' },
];

/** A realistic canonical record; override any top-level field. */
export function sampleRecord(overrides: Partial<TrajectoryRecord> = {}): TrajectoryRecord {
  return {
    schema: 'forge.trajectory/1',
    id: 'toggle-setting/ios/0000007',
    seed: 7,
    split: 'train',
    meta: {
      family: 'toggle-setting',
      platform: 'ios',
      pack: 'core',
      app: 'Settings',
      persona: 'terse',
      difficulty: 'medium',
      injections: ['device-busy'],
      recovered: true,
      success: true,
      toolsUsed: ['list-devices', 'launch-app', 'describe', 'screenshot', 'gesture-tap'],
      calls: 7,
    },
    tools: sampleTools,
    messages: sampleMessages,
    ...overrides,
  };
}
