import type { JsonObject, ToolCall } from '@forge/spec';
import { deviceOf } from './discovery.js';

/**
 * One action as the device performs it: a top-level call, a run-sequence
 * step, or the command a flow-add-step runs while it records it.
 */
export interface Step {
  readonly name: string;
  readonly args: JsonObject;
  /** The device it acts on (run-sequence steps inherit the call's udid). */
  readonly device: string | undefined;
  /** True for a step run inside another call (run-sequence, flow-add-step). */
  readonly inSequence: boolean;
  /** The call it runs inside, when it does. */
  readonly within?: 'run-sequence' | 'flow-add-step';
}

/** A run-sequence step as written, before any check of its shape. */
export interface RawSequenceStep {
  readonly tool: unknown;
  readonly args: unknown;
}

/** The steps of a run-sequence call's `steps` argument that are objects. */
export function sequenceSteps(call: ToolCall): RawSequenceStep[] {
  const steps = call.arguments.steps;
  if (!Array.isArray(steps)) return [];
  return steps.filter(
    (s): s is JsonObject & RawSequenceStep =>
      typeof s === 'object' && s !== null && !Array.isArray(s),
  );
}

/**
 * The command a flow-add-step runs (it executes the step as it records it):
 * `command` with `args`, a JSON object in a string. Undefined when the call
 * names no tool or its args do not parse, so the toolkit runs nothing.
 */
function flowStep(call: ToolCall): Step | undefined {
  const { command, args } = call.arguments;
  if (typeof command !== 'string' || command.startsWith('flow-')) return undefined;
  let parsed: unknown = {};
  if (typeof args === 'string') {
    try {
      parsed = JSON.parse(args);
    } catch {
      return undefined;
    }
  } else if (args !== undefined) return undefined;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const inner = parsed as JsonObject;
  const device = deviceOf({ id: call.id, name: command, arguments: inner });
  return { name: command, args: inner, device, inSequence: true, within: 'flow-add-step' };
}

/**
 * The actions a call performs, in order: run-sequence is unpacked into its
 * steps, flow-add-step into the command it runs.
 */
export function stepsOf(call: ToolCall): Step[] {
  const device = deviceOf(call);
  if (call.name === 'flow-add-step') {
    const step = flowStep(call);
    if (step) return [step];
  }
  if (call.name !== 'run-sequence') {
    return [{ name: call.name, args: call.arguments, device, inSequence: false }];
  }
  return sequenceSteps(call).map((s) => ({
    name: typeof s.tool === 'string' ? s.tool : '',
    args:
      typeof s.args === 'object' && s.args !== null && !Array.isArray(s.args)
        ? (s.args as JsonObject)
        : {},
    device,
    inSequence: true,
    within: 'run-sequence' as const,
  }));
}

/** The devices a call names, its own and those of the steps it runs. */
export function devicesOf(call: ToolCall): string[] {
  const out = new Set<string>();
  const own = deviceOf(call);
  if (own !== undefined) out.add(own);
  for (const step of stepsOf(call)) if (step.device !== undefined) out.add(step.device);
  return [...out];
}

/** A number argument, or undefined. */
export function numberArg(args: JsonObject, key: string): number | undefined {
  const v = args[key];
  return typeof v === 'number' ? v : undefined;
}

/**
 * The point a step touches to act on one element: a tap, a tap or long
 * press made with gesture-custom (it barely moves), or the point
 * debugger-inspect-element asks about. Swipes, scrolls and drags act on the
 * screen as a whole, so they have none.
 */
export function touchPoint(step: Step): { x: number; y: number } | undefined {
  if (step.name === 'gesture-tap' || step.name === 'debugger-inspect-element') {
    const x = numberArg(step.args, 'x');
    const y = numberArg(step.args, 'y');
    return x === undefined || y === undefined ? undefined : { x, y };
  }
  if (step.name === 'gesture-custom') {
    const events = step.args.events;
    if (!Array.isArray(events) || events.length === 0) return undefined;
    const first = events[0] as JsonObject;
    const last = events[events.length - 1] as JsonObject;
    const [fx, fy, lx, ly] = [first.x, first.y, last?.x, last?.y];
    if (typeof fx !== 'number' || typeof fy !== 'number') return undefined;
    if (typeof lx !== 'number' || typeof ly !== 'number') return undefined;
    // The gym treats a touch that moves less than this as a tap or a long press.
    return Math.hypot(lx - fx, ly - fy) < 0.02 ? { x: fx, y: fy } : undefined;
  }
  return undefined;
}

/** A point a step must find a discovered element under, and whether it starts a drag. */
export interface GroundedPoint {
  readonly x: number;
  readonly y: number;
  readonly drag: boolean;
}

/**
 * The point grounding judges: the touch point, or where a drag starts. A
 * drag picks up what lies under its first point (a slider handle, an item
 * to drop, a map to pan): gesture-drag from (fromX, fromY), and a
 * gesture-custom that moves (the toolkit's drag and drop) from its first
 * event. Swipes and wheel scrolls need no element: they move the content as
 * a whole, and the iOS back swipe starts on the screen's edge.
 */
export function groundedPoint(step: Step): GroundedPoint | undefined {
  const touch = touchPoint(step);
  if (touch) return { ...touch, drag: false };
  if (step.name === 'gesture-drag') {
    const x = numberArg(step.args, 'fromX');
    const y = numberArg(step.args, 'fromY');
    return x === undefined || y === undefined ? undefined : { x, y, drag: true };
  }
  if (step.name === 'gesture-custom') {
    const events = step.args.events;
    const first = Array.isArray(events) ? (events[0] as JsonObject | undefined) : undefined;
    if (typeof first?.x !== 'number' || typeof first.y !== 'number') return undefined;
    return { x: first.x, y: first.y, drag: true };
  }
  return undefined;
}
