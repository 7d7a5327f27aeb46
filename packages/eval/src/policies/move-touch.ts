import type { JsonObject, JsonValue, ToolCall } from '@forge/spec';

type Point = { readonly x: number; readonly y: number };

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const clamp = (v: number): number => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));

/** The keys shifted by (dx, dy), clamped to the screen; keys that are not numbers stay. */
function shifted(
  args: JsonObject,
  keys: readonly (readonly [string, string])[],
  dx: number,
  dy: number,
) {
  const out: JsonObject = { ...args };
  for (const [kx, ky] of keys) {
    const [x, y] = [args[kx], args[ky]];
    if (typeof x === 'number') out[kx] = clamp(x + dx);
    if (typeof y === 'number') out[ky] = clamp(y + dy);
  }
  return out;
}

/** One action's arguments with the point it starts at moved; undefined when it has none here. */
function moveArgs(name: string, args: JsonObject, point: Point): JsonObject | undefined {
  if (name === 'gesture-tap' || name === 'debugger-inspect-element') return { ...args, ...point };
  if (name === 'gesture-drag') {
    const [fx, fy] = [args.fromX, args.fromY];
    if (typeof fx !== 'number' || typeof fy !== 'number') return undefined;
    // The whole drag moves, so it still travels as far the same way.
    const keys = [
      ['fromX', 'fromY'],
      ['toX', 'toY'],
    ] as const;
    return { ...shifted(args, keys, point.x - fx, point.y - fy), fromX: point.x, fromY: point.y };
  }
  if (name === 'gesture-custom' && Array.isArray(args.events)) {
    const first = args.events[0];
    if (!isObject(first) || typeof first.x !== 'number' || typeof first.y !== 'number')
      return undefined;
    // Every event (both fingers) moves by the same offset: a tap or long
    // press stays one, a drag stays a drag, and only where it lands changes.
    const [dx, dy] = [point.x - first.x, point.y - first.y];
    const keys = [
      ['x', 'y'],
      ['x2', 'y2'],
    ] as const;
    const events = args.events.map((e, i) =>
      !isObject(e)
        ? e
        : i === 0
          ? { ...shifted(e, keys, dx, dy), ...point }
          : shifted(e, keys, dx, dy),
    );
    return { ...args, events };
  }
  return undefined;
}

/**
 * The call with the point the grounding gate judges moved there: x and y
 * of gesture-tap and debugger-inspect-element, the start of a gesture-drag
 * (the rest of it follows), the first event of a gesture-custom (the others
 * follow), and the first touching step of a run-sequence (the one the gate
 * judges; `isTouch` says which step touches). Undefined for a call this does
 * not know how to move. The noise checks every moved call with the gate
 * itself, so a gap here shows as a failed move, never as a miscounted one.
 */
export function moveTouch(
  call: ToolCall,
  point: Point,
  isTouch: (step: ToolCall) => boolean,
): ToolCall | undefined {
  if (call.name !== 'run-sequence') {
    const args = moveArgs(call.name, call.arguments, point);
    return args && { ...call, arguments: args };
  }
  const steps = call.arguments.steps;
  if (!Array.isArray(steps)) return undefined;
  for (const [i, step] of steps.entries()) {
    if (!isObject(step) || typeof step.tool !== 'string') continue;
    const args = isObject(step.args) ? step.args : {};
    if (!isTouch({ id: call.id, name: step.tool, arguments: args })) continue;
    const moved = moveArgs(step.tool, args, point);
    if (!moved) return undefined;
    const out = [...steps];
    out[i] = { ...step, args: moved };
    return { ...call, arguments: { ...call.arguments, steps: out } };
  }
  return undefined;
}
