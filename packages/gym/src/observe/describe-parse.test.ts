import { describe, expect, it } from 'vitest';
import { parseDescribe } from './describe-parse.js';

const text = [
  'Source: uiautomator',
  'Mode: nested (children indented under their container)',
  'Frames: normalized 0..1 as (x, y, w, h); tap the frame centre (x + w/2, y + h/2)',
  'ROOT (0.000, 0.000, 1.000, 1.000)',
  '  android.widget.ScrollView "List" id="list" [scrollable, scrollHidden=4] (0.000, 0.100, 1.000, 0.800)',
  '    android.widget.EditText "Name" value="Ada \\"L\\"" id="name" (0.050, 0.200, 0.900, 0.060)',
  '  android.widget.TextView "Plain" (0.050, 0.900, 0.900, 0.050)',
].join('\n');

describe('parseDescribe', () => {
  it('gives elements with their fields in one key order (role, label, value, id, flags, frame, depth, scrollHidden)', () => {
    const parsed = parseDescribe(text);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const [list, name, plain] = parsed.value.elements;
    expect(JSON.stringify(list)).toBe(
      '{"role":"android.widget.ScrollView","label":"List","id":"list","flags":["scrollable","scrollHidden=4"],"frame":{"x":0,"y":0.1,"w":1,"h":0.8},"depth":1,"scrollHidden":4}',
    );
    expect(JSON.stringify(name)).toBe(
      '{"role":"android.widget.EditText","label":"Name","value":"Ada \\"L\\"","id":"name","flags":[],"frame":{"x":0.05,"y":0.2,"w":0.9,"h":0.06},"depth":2}',
    );
    expect(Object.keys(plain ?? {})).toEqual(['role', 'label', 'flags', 'frame', 'depth']);
  });

  it('answers a text parsed before with the same result', () => {
    expect(parseDescribe(text)).toBe(parseDescribe(text));
    expect(parseDescribe('hello').success).toBe(false);
  });
});
