import { defaultStops } from '@forge/spec';
import { describe, expect, it } from 'vitest';
import { buildModelfile } from '../src/modelfile.js';
import { ollamaTemplate } from '../src/ollama-template.js';

describe('buildModelfile', () => {
  it.each(['hermes', 'gemma'] as const)(
    'writes FROM, the %s TEMPLATE, the stops eval sends and a large num_ctx',
    (format) => {
      const text = buildModelfile({ from: './fused', format, numCtx: 32768 });
      expect(text).toContain('FROM ./fused\n');
      // Ollama's parser takes everything between the triple quotes verbatim.
      expect(/^TEMPLATE """([\s\S]*?)"""$/m.exec(text)?.[1]).toBe(ollamaTemplate(format));
      const stops = text.match(/^PARAMETER stop .*$/gm) ?? [];
      expect(stops.length).toBeGreaterThan(0);
      expect(stops).toEqual(defaultStops(format).map((s) => `PARAMETER stop ${JSON.stringify(s)}`));
      expect(text).toContain('PARAMETER num_ctx 32768\n');
    },
  );

  it('leaves the template to the model for the native format', () => {
    const text = buildModelfile({ from: '/m', format: 'native', numCtx: 8192 });
    expect(text).not.toMatch(/^TEMPLATE/m);
    expect(text).not.toContain('PARAMETER stop');
    expect(text).toContain('PARAMETER num_ctx 8192\n');
  });
});
