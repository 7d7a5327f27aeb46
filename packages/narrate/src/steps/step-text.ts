import type { EpisodeDraft, JsonObject, ToolCall } from '@forge/spec';
import type { NarrateRng } from '../internal/rng.js';
import { renderOneOf, type TemplateScope, tidy } from '../internal/template.js';
import { intentTexts } from './intent-texts.js';
import { toolTexts, unknownToolTexts } from './tool-texts.js';

/** What a step text is written from. */
export interface StepTextInput {
  readonly draft: EpisodeDraft;
  readonly index: number;
  readonly rng: NarrateRng;
  readonly quote: (text: string) => string;
  /** The draft's known text before a step (see `knownTexts`), shared by its steps; made afresh when absent. */
  readonly known?: (index: number) => string;
}

function argumentValue(args: JsonObject, name: string): string | undefined {
  if (name.startsWith('#')) {
    const value = args[name.slice(1)];
    return Array.isArray(value) ? String(value.length) : undefined;
  }
  const value = args[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * Text the agent may already know before each step of a draft: what the
 * user asked (the params) and every earlier observation, joined by newlines
 * and lower-cased. A label is only spoken if it is in here.
 *
 * Steps ask in order, so each text is the previous one with the results in
 * between appended, rather than every earlier observation joined and
 * lower-cased again at every step (quadratic in the episode). Lower-casing
 * part by part gives the same text: the only context-dependent mapping (a
 * final sigma) looks past case-ignorable characters only, and the newline
 * between parts is neither one nor a letter. An index before the last one
 * asked starts over. Made per narration, and dropped with it.
 */
export function knownTexts(draft: EpisodeDraft): (index: number) => string {
  let text = '';
  let parts = 0;
  /** Steps whose results are in `text`; -1 before the params are. */
  let steps = -1;
  const add = (part: string): void => {
    const lower = part.toLowerCase();
    text = parts === 0 ? lower : `${text}\n${lower}`;
    parts += 1;
  };
  return (index) => {
    if (steps < 0 || index < steps) {
      text = '';
      parts = 0;
      steps = 0;
      for (const value of Object.values(draft.task.params)) add(String(value));
    }
    for (; steps < index; steps += 1)
      for (const r of draft.steps[steps]?.results ?? []) add(r.text);
    return text;
  };
}

function seenLabel(input: StepTextInput): string | undefined {
  const detail = input.draft.steps[input.index]?.intent?.detail;
  const label = detail?.label ?? detail?.target;
  if (typeof label !== 'string' || label === '') return undefined;
  const known = input.known ?? knownTexts(input.draft);
  return known(input.index).includes(label.toLowerCase()) ? label : undefined;
}

/** The way the finger moves in a swipe, by its larger component; undefined for other calls. */
function swipeDirection(args: JsonObject): string | undefined {
  const [fromX, fromY, toX, toY] = [args.fromX, args.fromY, args.toX, args.toY];
  if (![fromX, fromY, toX, toY].every((v) => typeof v === 'number')) return undefined;
  const dx = (toX as number) - (fromX as number);
  const dy = (toY as number) - (fromY as number);
  if (Math.abs(dx) > Math.abs(dy)) return dx < 0 ? 'left' : 'right';
  return dy < 0 ? 'up' : 'down';
}

/**
 * True for a finger swipe (a `gesture-swipe`, or a `run-sequence` of them):
 * only then may a step say "Swiping"; a `gesture-scroll` is a mouse wheel.
 */
function isTouchSwipe(call: ToolCall): boolean {
  if (call.name === 'gesture-swipe') return true;
  const steps = call.arguments.steps;
  return (
    call.name === 'run-sequence' &&
    Array.isArray(steps) &&
    steps.length > 0 &&
    steps.every(
      (s) => typeof s === 'object' && s !== null && !Array.isArray(s) && s.tool === 'gesture-swipe',
    )
  );
}

/**
 * True unless the call is about a Chromium target: its udid is a CDP one, or
 * it names no udid in a Chromium task. Only then may a step say "simulator".
 */
function isSimulatorCall(call: ToolCall, platform: string): boolean {
  const udid = call.arguments.udid;
  if (typeof udid === 'string') return !udid.startsWith('chromium-cdp-');
  return platform !== 'chromium';
}

/** The tool of the latest call before this step whose result was an error. */
function lastFailedTool(input: StepTextInput): string | undefined {
  for (let s = input.index - 1; s >= 0; s -= 1) {
    const step = input.draft.steps[s];
    const failed = step?.results.findLastIndex((result) => result.isError) ?? -1;
    if (failed >= 0) return step?.calls[failed]?.name;
  }
  return undefined;
}

function callScope(call: ToolCall, input: StepTextInput, label?: string): TemplateScope {
  return {
    rng: input.rng,
    quote: input.quote,
    value(name) {
      if (name === '@tool') return call.name;
      // Computed, not a fixed word: "Swiping up" used to precede leftward swipes.
      if (name === '@direction') return swipeDirection(call.arguments);
      if (name === '@touch') return isTouchSwipe(call) ? '' : undefined;
      if (name === '@simulator')
        return isSimulatorCall(call, input.draft.task.platform) ? '' : undefined;
      // Whether no earlier step made this call: a device list after a boot is not "first".
      if (name === '@first' || name === '@again') {
        const before = input.draft.steps
          .slice(0, input.index)
          .some((step) => step.calls.some((made) => made.name === call.name));
        return before === (name === '@again') ? '' : undefined;
      }
      // Whether this call retries the tool whose call last failed, or turns to another.
      if (name === '@retry' || name === '@other') {
        const retry = lastFailedTool(input) === call.name;
        return retry === (name === '@retry') ? '' : undefined;
      }
      if (name === 'label') return label;
      // `{!arg}`: the call sends no such argument ("Reading the site's cookies." only without a name).
      if (name.startsWith('!'))
        return argumentValue(call.arguments, name.slice(1)) === undefined ? '' : undefined;
      return argumentValue(call.arguments, name);
    },
  };
}

/**
 * A call's text: from the templates of its action or mode when it picks one
 * (`chromium-tabs:list`, `profiler-cpu-query:top_functions`; "Running the
 * list tab action" named the API's word), else, or when none renders, from
 * the tool's own.
 */
function toolText(call: ToolCall, input: StepTextInput): string {
  const scope = callScope(call, input);
  const pick = call.arguments.action ?? call.arguments.mode;
  const own = typeof pick === 'string' ? toolTexts[`${call.name}:${pick}`] : undefined;
  return (
    (own === undefined ? undefined : renderOneOf(own, scope)) ??
    renderOneOf(toolTexts[call.name] ?? unknownToolTexts, scope) ??
    (renderOneOf(unknownToolTexts, scope) as string)
  );
}

/**
 * The assistant's short text before a step's calls: from the intent when
 * the policy gave a known one, else from the tools and their arguments. It
 * names only arguments this step sends and labels already seen or asked for.
 */
export function writeStepText(input: StepTextInput): string {
  const step = input.draft.steps[input.index];
  const first = step?.calls[0];
  if (!step || !first) return '';
  const kind = step.intent?.kind;
  const byIntent = kind === undefined ? undefined : intentTexts[kind];
  if (byIntent) {
    const typed = step.calls.find((call) => typeof call.arguments.text === 'string');
    const scope = callScope(typed ?? first, input, seenLabel(input));
    const text = renderOneOf(byIntent, scope);
    if (text !== undefined) return tidy(text);
  }
  const names = [...new Set(step.calls.map((call) => call.name))].slice(0, 3);
  const texts = names.map((name) => {
    const call = step.calls.find((c) => c.name === name) as ToolCall;
    return toolText(call, input);
  });
  // Two texts that open with the same verb read like a list without a joining word
  // ("Starting the native profiler. Starting the React profiler.").
  const picked = input.rng.pick([' Then ', ' Also ', ' ']);
  const sameVerb =
    texts.length > 1 && texts.every((t) => firstWord(t) === firstWord(texts[0] ?? ''));
  const joiner = picked === ' ' && sameVerb ? ' Also ' : picked;
  return tidy(
    texts
      .map((text, i) => (i === 0 || joiner === ' ' ? text : lowerFirst(text)))
      .join(joiner)
      .replace(/^./, (c) => c.toUpperCase()),
  );
}

function firstWord(text: string): string {
  return text.split(' ', 1)[0] ?? '';
}

function lowerFirst(text: string): string {
  // Only a plain capitalised word is lowered; "UIKit" or "Metro" keep their case.
  return /^[A-Z][a-z]+\b/.test(text) && !/^(Metro|React)\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
