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
 * Text the agent may already know at this step: what the user asked (the
 * params) and every earlier observation. A label is only spoken if it is in here.
 */
function knownText(draft: EpisodeDraft, index: number): string {
  const parts = Object.values(draft.task.params).map(String);
  for (const step of draft.steps.slice(0, index)) for (const r of step.results) parts.push(r.text);
  return parts.join('\n').toLowerCase();
}

function seenLabel(input: StepTextInput): string | undefined {
  const detail = input.draft.steps[input.index]?.intent?.detail;
  const label = detail?.label ?? detail?.target;
  if (typeof label !== 'string' || label === '') return undefined;
  return knownText(input.draft, input.index).includes(label.toLowerCase()) ? label : undefined;
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

function callScope(call: ToolCall, input: StepTextInput, label?: string): TemplateScope {
  return {
    rng: input.rng,
    quote: input.quote,
    value(name) {
      if (name === '@tool') return call.name;
      // Computed, not a fixed word: "Swiping up" used to precede leftward swipes.
      if (name === '@direction') return swipeDirection(call.arguments);
      if (name === '@touch') return isTouchSwipe(call) ? '' : undefined;
      if (name === 'label') return label;
      return argumentValue(call.arguments, name);
    },
  };
}

function toolText(call: ToolCall, input: StepTextInput): string {
  const templates = toolTexts[call.name] ?? unknownToolTexts;
  const scope = callScope(call, input);
  return renderOneOf(templates, scope) ?? (renderOneOf(unknownToolTexts, scope) as string);
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
  const joiner = input.rng.pick([' Then ', ' Also ', ' ']);
  return tidy(
    texts
      .map((text, i) => (i === 0 || joiner === ' ' ? text : lowerFirst(text)))
      .join(joiner)
      .replace(/^./, (c) => c.toUpperCase()),
  );
}

function lowerFirst(text: string): string {
  // Only a plain capitalised word is lowered; "UIKit" or "Metro" keep their case.
  return /^[A-Z][a-z]+\b/.test(text) && !/^(Metro|React)\b/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
