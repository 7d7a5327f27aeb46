import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

describe('createProgress', () => {
  it('prints plain lines at each tenth without a terminal', () => {
    const out: string[] = [];
    let t = 0;
    const progress = createProgress({
      label: 'generate',
      total: 100,
      write: (s) => out.push(s),
      isTTY: false,
      now: () => t,
    });
    for (let i = 0; i < 100; i += 1) {
      t += 10;
      progress.advance(1);
    }
    progress.finish();
    expect(out).toHaveLength(10);
    expect(out[0]).toBe('generate:  10% 10/100 100/s eta 00:01\n');
    expect(out.at(-1)).toBe('generate: 100 in 1.0s\n');
    expect(out.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('redraws a bar with rate and time left on a terminal, at most every 100 ms', () => {
    const out: string[] = [];
    let t = 0;
    const progress = createProgress({
      label: 'gen',
      total: 1000,
      write: (s) => out.push(s),
      isTTY: true,
      now: () => t,
    });
    progress.advance(1);
    t = 50;
    progress.advance(1);
    t = 1000;
    progress.advance(498);
    expect(out).toHaveLength(2);
    expect(out[1]).toContain('[############            ]  50% 500/1,000 500/s eta 00:01');
  });

  it('ends a drawn bar with a newline when the work stops short, so an error starts its own line', () => {
    const out: string[] = [];
    const progress = createProgress({
      label: 'gen',
      total: 10,
      write: (s) => out.push(s),
      isTTY: true,
      now: () => 0,
    });
    progress.stop();
    // Nothing drawn yet: nothing to end.
    expect(out).toEqual([]);
    progress.advance(3);
    progress.stop();
    expect(out.at(-1)).toBe('\n');
    expect(out.filter((s) => s === '\n')).toHaveLength(1);
    // Off a terminal every line already ends with a newline.
    const plain: string[] = [];
    const lines = createProgress({
      label: 'gen',
      total: 10,
      write: (s) => plain.push(s),
      isTTY: false,
    });
    lines.advance(5);
    lines.stop();
    expect(plain.every((s) => s.endsWith('\n') && s !== '\n')).toBe(true);
  });
});
