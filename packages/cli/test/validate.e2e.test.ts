import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

function record(args: Record<string, unknown>) {
  return {
    schema: 'forge.trajectory/1',
    id: 'navigate-tap/android/1',
    seed: 1,
    split: 'train',
    meta: {
      family: 'navigate-tap',
      platform: 'android',
      pack: 'core',
      app: 'A',
      persona: 'terse',
      difficulty: 'easy',
      injections: [],
      recovered: false,
      success: true,
      toolsUsed: ['gesture-tap'],
      calls: 1,
    },
    tools: [{ name: 'gesture-tap', description: 'Tap.', inputSchema: { type: 'object' } }],
    messages: [
      { role: 'system', content: 's' },
      { role: 'user', content: 'u' },
      {
        role: 'assistant',
        content: 'a',
        toolCalls: [{ id: 'call_1', name: 'gesture-tap', arguments: args }],
      },
      { role: 'tool', toolCallId: 'call_1', name: 'gesture-tap', content: '{"tapped":true}' },
      { role: 'assistant', content: 'done' },
    ],
  };
}

function fileWith(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'forge-validate-'));
  const file = join(dir, 'data.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('forge validate (built binary)', () => {
  it('exits 0 when every record is valid', () => {
    const file = fileWith([JSON.stringify(record({ udid: 'emulator-5554', x: 0.5, y: 0.5 }))]);
    const result = run(['validate', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 record(s), 1 valid, 0 invalid');
  });

  it('exits 1 and names line numbers and codes of invalid records', () => {
    const file = fileWith([
      JSON.stringify(record({ udid: 'emulator-5554', x: 0.5, y: 0.5 })),
      JSON.stringify(record({ udid: 'emulator-5554', x: 1.5, y: 0.5, extra: 1 })),
      '{"schema": "forge.trajectory/1"',
    ]);
    const result = run(['validate', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}:2: schema.out-of-range (message 2)`);
    expect(result.stdout).toContain(`${file}:2: schema.unknown-argument`);
    expect(result.stdout).toContain(`${file}:3: FORGE_RECORD_JSON`);
    expect(result.stdout).toContain('3 record(s), 1 valid, 2 invalid');
    const json = JSON.parse(run(['validate', file, '--json']).stdout);
    expect(json.lines.map((l: { line: number }) => l.line)).toEqual([2, 3]);
  });

  it('exits 2 for a missing file', () => {
    const result = run(['validate', '/nonexistent/data.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('FORGE_IO: /nonexistent/data.jsonl: no such file');
  });
});
