/**
 * The offset of the first syntax error in a JSON text, or undefined when
 * the text is valid JSON. JSON.parse names the offset in most of its
 * messages, but on Node 20 not in all ("Unexpected token '}', ... is not
 * valid JSON", "Unexpected end of JSON input"), and a file's error should
 * say where it is. This is a scan of RFC 8259's grammar, no more: it builds
 * nothing, and runs only after JSON.parse has refused a text. (@forge/spec
 * depends on ajv only, so no JSON library is brought in for it.)
 */
export function jsonSyntaxErrorAt(text: string): number | undefined {
  let i = 0;
  const n = text.length;
  const fail = (at: number): never => {
    throw new JsonSyntaxStop(at);
  };
  const space = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i += 1;
    }
  };
  const word = (w: string): void => {
    for (let k = 0; k < w.length; k += 1, i += 1)
      if (text.charCodeAt(i) !== w.charCodeAt(k)) fail(i);
  };
  const digits = (): void => {
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i += 1;
    if (i === start) fail(i);
  };
  const number = (): void => {
    if (text.charCodeAt(i) === 45) i += 1; // -
    if (text.charCodeAt(i) === 48)
      i += 1; // a leading 0 stands alone
    else digits();
    if (text.charCodeAt(i) === 46) {
      i += 1;
      digits();
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i += 1;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i += 1;
      digits();
    }
  };
  const string = (): void => {
    i += 1; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return;
      }
      if (c < 32) fail(i);
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k += 1) if (!isHex(text.charCodeAt(i + k))) fail(i + k);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
      } else i += 1;
    }
    fail(n);
  };
  const value = (): void => {
    space();
    const c = text.charCodeAt(i);
    if (c === 123) members(125, true);
    else if (c === 91) members(93, false);
    else if (c === 34) string();
    else if (c === 116) word('true');
    else if (c === 102) word('false');
    else if (c === 110) word('null');
    else if (c === 45 || isDigit(c)) number();
    else fail(i);
    space();
  };
  // An object's or array's members, from its opening bracket to `close`.
  const members = (close: number, keyed: boolean): void => {
    i += 1;
    space();
    if (text.charCodeAt(i) === close) {
      i += 1;
      return;
    }
    for (;;) {
      if (keyed) {
        space();
        if (text.charCodeAt(i) !== 34) fail(i);
        string();
        space();
        if (text.charCodeAt(i) !== 58) fail(i); // :
        i += 1;
      }
      value();
      const c = text.charCodeAt(i);
      i += 1;
      if (c === close) return;
      if (c !== 44) fail(i - 1); // ,
    }
  };
  try {
    value();
    if (i < n) fail(i);
    return undefined;
  } catch (stop) {
    if (stop instanceof JsonSyntaxStop) return Math.min(stop.at, n);
    // Nesting deeper than the stack (a RangeError): no place to name.
    return undefined;
  }
}

class JsonSyntaxStop {
  constructor(readonly at: number) {}
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
