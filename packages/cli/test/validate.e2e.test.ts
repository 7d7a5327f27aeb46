import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TrajectoryRecord } from '@forge/spec';
import { scriptedTrajectory } from '@forge/validate/testing';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

/** A known-good trajectory, played in the real gym by validate's scripted player. */
const good: TrajectoryRecord = scriptedTrajectory(1);

/** The same trajectory with its first tap pushed off screen and given an unknown argument. */
function corrupted(): { record: TrajectoryRecord; messageIndex: number } {
  const record = structuredClone(good) as unknown as {
    messages: {
      role: string;
      toolCalls?: { name: string; arguments: Record<string, unknown> }[];
    }[];
  };
  const messageIndex = record.messages.findIndex((m) =>
    m.toolCalls?.some((c) => c.name === 'gesture-tap'),
  );
  const call = record.messages[messageIndex]?.toolCalls?.find((c) => c.name === 'gesture-tap');
  if (!call) throw new Error('the scripted trajectory has no tap');
  call.arguments = { ...call.arguments, x: 1.5, extra: 1 };
  return { record: record as unknown as TrajectoryRecord, messageIndex };
}

function fileWith(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'forge-validate-'));
  const file = join(dir, 'data.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('forge validate (built binary)', () => {
  it('exits 0 when every record is valid', () => {
    const file = fileWith([JSON.stringify(good)]);
    const result = run(['validate', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 record(s), 1 valid, 0 invalid');
  });

  it('exits 1 and names line numbers and codes of invalid records', () => {
    const bad = corrupted();
    const file = fileWith([
      JSON.stringify(good),
      JSON.stringify(bad.record),
      '{"schema": "forge.trajectory/1"',
    ]);
    const result = run(['validate', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${file}:2: schema.out-of-range (message ${bad.messageIndex})`);
    expect(result.stdout).toContain(`${file}:2: schema.unknown-argument`);
    expect(result.stdout).toContain(`${file}:3: FORGE_RECORD_JSON`);
    expect(result.stdout).toContain('3 record(s), 1 valid, 2 invalid');
    const json = JSON.parse(run(['validate', file, '--json']).stdout);
    expect(json.lines.map((l: { line: number }) => l.line)).toEqual([2, 3]);
  });

  it('rejects the episodes generate rejected as failed, with the same code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forge-validate-failed-'));
    // Too few steps for most tasks: the expert stops short of the goal.
    const gen = run([
      'generate',
      '--n',
      '12',
      '--eval',
      '0',
      '--max-steps',
      '8',
      '--no-progress',
      '--out',
      dir,
    ]);
    expect(gen.status).toBe(0);
    const failed = readFileSync(join(dir, 'rejects.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line))
      .filter((r) => r.codes.includes('success.task-failed'));
    expect(failed.length).toBeGreaterThan(0);
    const file = fileWith(failed.map((r) => JSON.stringify(r.record)));
    const result = run(['validate', file, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.lines).toHaveLength(failed.length);
    for (const line of report.lines)
      expect(line.problems.map((p: { code: string }) => p.code)).toContain('success.task-failed');
  });

  it('exits 2 for a missing file', () => {
    const result = run(['validate', '/nonexistent/data.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('FORGE_IO: /nonexistent/data.jsonl: no such file');
  });
});
