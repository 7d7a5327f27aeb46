import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-location.js';

/** What locateJsonError says of a text JSON.parse refuses. */
function locate(text: string): { location: string; message: string } {
  try {
    JSON.parse(text);
  } catch (cause) {
    return locateJsonError(text, cause, 'tools.json');
  }
  throw new Error(`parsed: ${text}`);
}

describe('locateJsonError', () => {
  it('places every kind of syntax error at a line and column, whatever the message says', () => {
    // On Node 20 the first two messages carry no position.
    expect(locate('{\n  "a": }').location).toBe('tools.json:2:8');
    // A cut-off word is placed where it stops being the word.
    expect(locate('{\n  "a": tru\n}').location).toBe('tools.json:2:11');
    expect(locate('{\n  "a": 1').location).toBe('tools.json:2:9');
    expect(locate('{\n  "a": 1,\n}').location).toBe('tools.json:3:1');
    expect(locate('{"a" 1}').location).toBe('tools.json:1:6');
    expect(locate('').location).toBe('tools.json:1:1');
  });

  it("keeps the parser's reason without the offset it has already placed", () => {
    const { message } = locate('{"a" 1}');
    expect(message).toMatch(/':'/);
    expect(message).not.toMatch(/position/);
  });
});
