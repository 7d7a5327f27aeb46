import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type JsonObject, systemPrompt, toolsRun } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { readJsonl, runForge } from './built-bin.js';

const run = runForge;
const jsonl = readJsonl;

/**
 * A model must be scored on the prompt it was trained on: with --data, eval
 * takes the system prompt style and the tool-list size from the manifest.
 */
describe('forge eval --data: the dataset prompt (built binary)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'forge-eval-prompt-'));
  const generated = run(
    [
      'generate',
      '--n',
      '8',
      '--eval',
      '4',
      '--seed',
      '2',
      '--out',
      'gen',
      '--system-prompt',
      'compact',
      '--offered',
      '10',
      '--no-progress',
    ],
    dir,
  );
  const train = jsonl(join(dir, 'gen', 'train.jsonl'));

  it('generates with the compact prompt and 10 offered tools', () => {
    expect(generated.status).toBe(0);
    expect(train[0].messages[0].content).toBe(systemPrompt('compact'));
    // Every tool the calls run (run-sequence steps and flow commands too), topped up to 10.
    type Call = { name: string; arguments: JsonObject };
    for (const record of train) {
      const calls = record.messages.flatMap((m: { toolCalls?: Call[] }) => m.toolCalls ?? []);
      const run = new Set(calls.flatMap((c: Call) => toolsRun(c)));
      expect(record.tools.length).toBe(Math.max(10, run.size));
    }
  });

  it('evaluates with the same system prompt and an equal-sized tool list, and the expert still solves it', () => {
    const scored = run(['eval', '--policy', 'expert', '--data', 'gen', '--out', 'e'], dir);
    expect(scored.stderr).toBe('');
    expect(scored.status).toBe(0);
    const results = JSON.parse(readFileSync(join(dir, 'e', 'results.json'), 'utf8'));
    expect(results.config.prompt).toEqual({
      systemPrompt: 'compact',
      offered: 10,
      request: 'dataset (4 of 4 seeds)',
    });
    expect(results.metrics.overall.success.rate).toBe(1);
    for (const episode of jsonl(join(dir, 'e', 'episodes.jsonl'))) {
      expect(episode.messages[0].content).toBe(systemPrompt('compact'));
      expect(episode.offered.length).toBeGreaterThanOrEqual(10);
      const called = new Set(
        episode.messages.flatMap((m: { toolCalls?: { name: string }[] }) =>
          (m.toolCalls ?? []).map((c) => c.name),
        ),
      );
      for (const name of called) expect(episode.offered).toContain(name);
    }
  });

  it('asks each eval seed with exactly the tool list and the request its eval.jsonl record has', () => {
    const records = jsonl(join(dir, 'gen', 'eval.jsonl'));
    const episodes = jsonl(join(dir, 'e', 'episodes.jsonl'));
    expect(episodes.length).toBe(records.length);
    type Msg = { role: string; content: string };
    for (const record of records) {
      const episode = episodes.find((e: { seed: number }) => e.seed === record.seed);
      expect(episode?.offered, `seed ${record.seed}`).toEqual(
        record.tools.map((t: { name: string }) => t.name),
      );
      const request = (messages: Msg[]) => messages.find((m) => m.role === 'user')?.content;
      expect(request(episode.messages), `seed ${record.seed}`).toBe(request(record.messages));
    }
  });

  it('follows --system-prompt and --offered over the manifest', () => {
    const scored = run(
      [
        'eval',
        '--policy',
        'random',
        '--data',
        'gen',
        '--out',
        'r',
        '--system-prompt',
        'full',
        '--offered',
        'all',
        '--episodes',
        '2',
      ],
      dir,
    );
    expect(scored.status).toBe(0);
    const [episode] = jsonl(join(dir, 'r', 'episodes.jsonl'));
    expect(episode.messages[0].content).toBe(systemPrompt('full'));
    expect(episode.offered).toHaveLength(67);
    const bad = run(['eval', '--policy', 'random', '--out', 'x', '--offered', '0'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--offered must be a whole number >= 1 or "all"');
  });
});
