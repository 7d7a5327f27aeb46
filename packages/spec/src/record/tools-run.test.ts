import { describe, expect, it } from 'vitest';
import { toolsRun } from './tools-run.js';

describe('toolsRun', () => {
  it('names a plain call alone', () => {
    expect(toolsRun({ name: 'describe', arguments: { udid: 'u' } })).toEqual(['describe']);
  });

  it("adds each run-sequence step's tool once, in order", () => {
    const steps = [
      { tool: 'gesture-tap', args: { x: 0.5, y: 0.2 } },
      { tool: 'keyboard', args: { text: 'a' } },
      { tool: 'gesture-tap', args: { x: 0.5, y: 0.3 } },
    ];
    expect(toolsRun({ name: 'run-sequence', arguments: { udid: 'u', steps } })).toEqual([
      'run-sequence',
      'gesture-tap',
      'keyboard',
    ]);
  });

  it("adds a flow step's command", () => {
    const args = { command: 'restart-app', args: '{"udid":"u","bundleId":"com.a"}' };
    expect(toolsRun({ name: 'flow-add-step', arguments: args })).toEqual([
      'flow-add-step',
      'restart-app',
    ]);
  });

  it('ignores malformed steps', () => {
    const steps = [null, 3, { args: {} }, { tool: 7 }];
    expect(toolsRun({ name: 'run-sequence', arguments: { steps } })).toEqual(['run-sequence']);
  });
});
