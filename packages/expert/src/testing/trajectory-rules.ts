/**
 * TEST HELPER: an independent reading of a played episode against the
 * toolkit's rules. It shares no code with the expert: it parses the
 * observations with the gym's parsers and keeps its own notion of which
 * calls change the screen.
 */
import { parseComponentTree, parseDescribe, parseNativeDescribe } from '@forge/gym';
import type { DraftStep, JsonObject, ToolCall, ToolResult } from '@forge/spec';

interface Region {
  contains(x: number, y: number): boolean;
  /** App elements carry ids; launcher icons and system UI do not. */
  readonly identified: boolean;
}

interface Discovery {
  readonly regions: readonly Region[];
  readonly dialog: boolean;
}

const reads = new Set([
  'list-devices',
  'describe',
  'debugger-component-tree',
  'native-describe-screen',
  'debugger-connect',
  'debugger-status',
  'screenshot',
  'stop-all-simulator-servers',
  'stop-simulator-server',
]);

const sequenceTools = /^(gesture-[a-z]+|button|keyboard|rotate)$/;

function inFrame(f: { x: number; y: number; w: number; h: number }) {
  return (x: number, y: number) => x >= f.x && x <= f.x + f.w && y >= f.y && y <= f.y + f.h;
}

function discoveryOf(name: string, result: ToolResult): Discovery | undefined {
  if (result.isError) return undefined;
  if (name === 'describe') {
    const p = parseDescribe(result.text);
    if (!p.success) return undefined;
    const regions = p.value.elements
      .filter((e) => !e.flags.includes('scrollable'))
      .map((e) => ({ contains: inFrame(e.frame), identified: e.id !== undefined }));
    return { regions, dialog: p.value.dialog !== undefined };
  }
  if (name === 'debugger-component-tree') {
    const p = parseComponentTree(result.text);
    if (!p.success) return undefined;
    const regions = p.value.nodes.flatMap((n) =>
      n.tap === undefined
        ? []
        : [
            {
              contains: (x: number, y: number) => x === n.tap?.x && y === n.tap?.y,
              identified: n.testID !== undefined,
            },
          ],
    );
    return { regions, dialog: false };
  }
  if (name === 'native-describe-screen') {
    const p = parseNativeDescribe(result.text);
    if (!p.success) return undefined;
    const regions = p.value.leaves.map((l) => ({
      contains: (x: number, y: number) => inFrame(l.frame)(x * 393, y * 852),
      identified: l.id !== undefined,
    }));
    return { regions, dialog: false };
  }
  return undefined;
}

function firstTap(call: ToolCall): { x: number; y: number } | undefined {
  if (call.name === 'gesture-tap') return call.arguments as unknown as { x: number; y: number };
  if (call.name !== 'run-sequence') return undefined;
  const steps = call.arguments.steps as unknown as { tool: string; args: JsonObject }[];
  const tap = steps.find((s) => s.tool === 'gesture-tap');
  return tap ? (tap.args as unknown as { x: number; y: number }) : undefined;
}

/** Every rule the episode breaks, as readable strings (empty when it follows them all). */
export function ruleViolations(steps: readonly DraftStep[]): string[] {
  const out: string[] = [];
  const calls = steps.flatMap((s) => s.calls.map((call, i) => ({ call, result: s.results[i] })));
  if (calls[0]?.call.name !== 'list-devices') out.push('list-devices is not the first call');
  const last = calls[calls.length - 1]?.call.name;
  if (last !== 'stop-all-simulator-servers' && last !== 'stop-simulator-server')
    out.push('the last call does not release the devices');
  let current: Discovery | undefined;
  for (const [i, { call, result }] of calls.entries()) {
    if (call.name === 'run-sequence') {
      for (const s of call.arguments.steps as unknown as { tool: string; args: JsonObject }[]) {
        if ('udid' in s.args) out.push(`call ${i}: udid inside a run-sequence step`);
        if (!sequenceTools.test(s.tool)) out.push(`call ${i}: ${s.tool} inside a run-sequence`);
      }
    }
    const point = firstTap(call);
    if (point) {
      // The topmost region wins, as in a hit test: a prompt's button over its sheet.
      const hit = current?.regions.findLast((r) => r.contains(point.x, point.y));
      if (!current) out.push(`call ${i}: tap with no current discovery`);
      else if (!hit) out.push(`call ${i}: tap at (${point.x}, ${point.y}) outside every element`);
      else if (!hit.identified && !current.dialog)
        out.push(`call ${i}: tap on an element without an id (a launcher icon?)`);
    }
    const seen = result ? discoveryOf(call.name, result) : undefined;
    if (seen) current = seen;
    else if (
      !reads.has(call.name) &&
      !(call.name === 'keyboard' && call.arguments.key === undefined)
    )
      current = undefined;
  }
  return out;
}
