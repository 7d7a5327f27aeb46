import type { Task } from '@forge/spec';
import { containsWhole } from '../internal/claims.js';
import type { NarrateRng } from '../internal/rng.js';
import { render, type TemplateScope, tidy } from '../internal/template.js';
import type { Persona } from '../personas.js';
import { assembleRequest, type RequestParts } from './assemble.js';
import { type DeviceMention, ownDeviceFamilies } from './device-mention.js';
import { afterClauses } from './family-grammar.js';
import { grammarFor } from './registry.js';
import { withoutRepeatedAsks } from './repeated-asks.js';
import { requestScope } from './request-scope.js';
import { missingEntities, requiredEntities } from './required-entities.js';
import { platformPhrases } from './vocabulary.js';

/** What a request is written from. */
export interface RequestInput {
  readonly task: Task;
  readonly persona: Persona;
  readonly rng: NarrateRng;
  /** The device the episode drove, if any: the request may name it. */
  readonly device?: DeviceMention;
}

const defaultAppPrefixes = ['in {app},', 'open {app} and', 'over in {app},', 'in the {app} app,'];
const defaultAppSuffixes = ['in {app}', 'in the {app} app', 'on {app}', 'inside {app}'];
const terseApp = ['({app})', 'in {app}', '[for|on] {app}'];
const universalConstraints = [
  'and tell me what you [see|find|end up with]',
  'if a dialog pops up, [dismiss|close] it',
  '[and|] let me know if anything [fails|goes wrong]',
  'no need to explain [every step|much]',
];

// In families whose params already name the device (or that boot it),
// naming the driven device too would be confusing; so it is in a task that
// names a device to release (update-notice's `release`): "release iPhone 15
// … using iPhone 15".
const namesOwnDevice = (task: RequestInput['task']): boolean =>
  ownDeviceFamilies.has(task.family) || typeof task.params.release === 'string';

/**
 * "open {app} and" joins two imperatives, so it fits only an imperative
 * core with no ask in front: before "can you …", "I need you to …" or a
 * statement core it made "open X and can you …", "open X and there's a map
 * somewhere" (about 120 of 3,000 requests). The comma prefixes fit them all.
 */
function prefixesFor(prefixes: readonly string[], lead: string, core: Core): readonly string[] {
  if (!core.standalone && (lead === '' || lead === 'please')) return prefixes;
  const commaOnly = prefixes.filter((prefix) => !prefix.endsWith(' and'));
  return commaOnly.length > 0 ? commaOnly : prefixes;
}

/**
 * A core ending in "on" ("turn it on") followed by "on {app}" or "on
 * {device}" read "turn it on on BankTrack", and one ending in "in" ("zoom
 * in") followed by "in {app}" read "zoom in in Harborly" (16 of 2,922
 * requests): such a clause starts with `instead[word]`.
 */
function afterCore(
  core: Core,
  clause: string | undefined,
  instead: Readonly<Record<'on' | 'in', string>>,
): string | undefined {
  // "tap on it" ends in "on" as well: "tap on it on SlateWorks" (19 of 2,950).
  const last = /\b(on|in)(?: it| them)?$/i.exec(core.text.trimEnd())?.[1]?.toLowerCase() as
    | 'on'
    | 'in'
    | undefined;
  if (clause === undefined || last === undefined || !clause.startsWith(`${last} `)) return clause;
  return instead[last] + clause.slice(last.length + 1);
}

/**
 * A lead's "help me" before a core that says "me" itself read "would you
 * mind helping me log me in", "helping me show me the …" (3 of 2,950): the
 * lead asks without it ("would you be able to log me in", "can you show
 * me"). Swapped after the draw, so the draws stay the same.
 */
function withoutSecondMe(lead: string, core: string): string {
  if (!/^(\S+ ){0,2}me\b/i.test(core.trim())) return lead;
  return lead
    .replace(/\bmind helping me\b/, 'be able to')
    .replace(/\bhelp me\b\s*/, '')
    .trim();
}

/**
 * "all 2 onboarding pages" is "both onboarding pages" (2 of 2,950), which
 * names the 2 (see `entityNames`).
 */
function bothForAllTwo(text: string | undefined): string | undefined {
  return text?.replace(/\ball 2(?= [a-z])/g, 'both');
}

interface Core {
  readonly text: string;
  readonly standalone: boolean;
}

function renderCore(
  sources: readonly string[],
  scope: TemplateScope,
  needed: readonly string[],
): Core {
  const order = sources.map((source, index) => ({ source, key: scope.rng.int(0, 1 << 20), index }));
  order.sort((a, b) => a.key - b.key || a.index - b.index);
  let fallback: Core | undefined;
  for (const { source } of order) {
    const standalone = source.startsWith('=');
    const body = standalone ? source.slice(1) : source;
    // Optional parts may drop an entity; a few draws usually find a full one.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const text = bothForAllTwo(render(body, scope));
      if (text === undefined) break;
      if (missingEntities(text, needed).length === 0) return { text, standalone };
      fallback ??= { text, standalone };
    }
  }
  const base = fallback ?? { text: render('{goal}', scope) ?? '', standalone: true };
  // No template names everything (an unknown family, or an unexpected param): say the rest plainly.
  const missing = missingEntities(base.text, needed);
  return { text: `${base.text} (${missing.join(', ')})`, standalone: base.standalone };
}

/**
 * A clause (or a clause template: "which [screen|menu]") saying where the
 * thing is, or that the user does not know where.
 */
const saysPlace = /\b(where|somewhere|which \[?(screen|menu)|in the menus)\b/i;

/**
 * The persona's `lost` clauses that fit one request: none unless the family
 * `seeks` ("since I have no idea which menu it's on" on a workspace-data
 * chore), and none that says where (or not where) the thing is when the
 * core already does, by naming the screen or saying "somewhere": "I know
 * it exists but not where: I can't see where X is".
 */
function lostClauses(
  persona: Persona,
  task: Task,
  seeks: boolean,
  core: string,
): NonNullable<Persona['lost']> {
  const none = { openers: [], contexts: [], closers: [] };
  const lost = seeks ? (persona.lost ?? none) : none;
  const screen = task.params.screen;
  const placed =
    saysPlace.test(core) || (typeof screen === 'string' && containsWhole(core, screen));
  if (!placed) return lost;
  const fit = (list: readonly string[]): readonly string[] =>
    list.filter((clause) => !saysPlace.test(clause));
  return { openers: fit(lost.openers), contexts: fit(lost.contexts), closers: fit(lost.closers) };
}

/** A what-question at the core's end ("…; what is it?", "tell me what it says"). */
const endsInWhat = /\bwhat\b[^;,.!?]*\??$/i;

/** How a request says a device is where the work happens: "on iPhone 16", "in Chromium". */
function devicePreposition(platform: string): 'in' | 'on' {
  return platform === 'chromium' ? 'in' : 'on';
}

/**
 * The clause naming the device, or none. After a what-question it takes the
 * platform's preposition, not "using": "what is it using Chromium?" read as
 * asking what the thing uses. The words are swapped after the draw, so the
 * draws stay the same.
 */
function deviceClause(input: RequestInput, scope: TemplateScope, core: Core): string | undefined {
  const { task, persona, rng, device } = input;
  if (namesOwnDevice(task) || !rng.chance(persona.deviceMention)) return undefined;
  const preposition = devicePreposition(task.platform);
  const name = device?.name;
  const phrase =
    name !== undefined && rng.chance(0.7) ? name : rng.pick(platformPhrases[task.platform]);
  if (persona.id === 'terse') return rng.pick([`(${phrase})`, `${preposition} ${phrase}`]);
  const clause = render(`[${preposition}|using] ${phrase.replace(/[[\]{}|]/g, '')}`, scope);
  return clause?.startsWith('using ') && endsInWhat.test(core.text.trimEnd())
    ? `${preposition} ${clause.slice('using '.length)}`
    : clause;
}

/**
 * The app and device clauses said in brackets ("(Chirpio)", "(this is for Chirpio)",
 * "(iPhone 16)") in words without them ("in Chirpio", "for Chirpio", "on iPhone 16"), for
 * when they would follow another bracket (see `RequestParts.unbracketed`).
 */
function unbracketedClauses(
  app: string | undefined,
  device: string | undefined,
  preposition: string,
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const inner = (clause: string | undefined): string | undefined =>
    clause === undefined ? undefined : /^\((.*)\)$/.exec(clause)?.[1];
  const named = inner(app);
  if (app !== undefined && named !== undefined)
    out.set(app, /^this is for /.test(named) ? named.slice('this is '.length) : `in ${named}`);
  const phrase = inner(device);
  if (device !== undefined && phrase !== undefined) out.set(device, `${preposition} ${phrase}`);
  return out;
}

/** Writes the user's request for a task, in a persona's register. */
export function writeRequest(input: RequestInput): string {
  const { task, persona, rng } = input;
  const grammar = grammarFor(task.family);
  const scope = requestScope(task, persona.id, rng);
  const app = scope.value('app') ?? task.app;
  const needed = requiredEntities(task).filter((entity) => entity !== app);
  const rendered = renderCore(grammar.cores[persona.id], scope, needed);
  // The app and device clauses follow the ask: the words after the mark come after them.
  const [ask = '', trailer = ''] = rendered.text.split(afterClauses);
  const core: Core = { text: ask, standalone: rendered.standalone };
  const whole = `${ask}${trailer}`;
  const terse = persona.id === 'terse';
  // Named as a whole: "kitekit_session" or "kitekitapp://" does not name the app KiteKit.
  const namesApp = containsWhole(whole.toLowerCase(), app.toLowerCase());
  const coreEnd = whole.trimEnd().toLowerCase();
  const coreEndsInEntity = needed.some(
    (entity) => /[?.]$/.test(entity) && coreEnd.endsWith(entity.toLowerCase()),
  );
  const appSuffixes = terse ? terseApp : (grammar.appClauses ?? defaultAppSuffixes);
  const appPrefixes = terse ? ['{app}:'] : grammar.appClauses ? [] : defaultAppPrefixes;
  const appAsPrefix = !namesApp && appPrefixes.length > 0 && rng.chance(0.35);
  const constraints = [
    ...(grammar.constraints ?? []),
    ...universalConstraints.filter((c) => grammar.screenless !== true || !/\bdialog\b/.test(c)),
  ];
  // The user says they are lost at most once: a lost opener leaves the context
  // and closer to the persona's plain ones, and a lost context the closer.
  const lost = lostClauses(persona, task, grammar.seeks === true, whole);
  const openerTemplate = rng.pick([...persona.openers, ...lost.openers]);
  let lostSaid = lost.openers.includes(openerTemplate);
  const opener = render(openerTemplate, scope) ?? '';
  const lead = withoutSecondMe(
    core.standalone ? '' : (render(rng.pick(persona.leads), scope) ?? ''),
    core.text,
  );
  // Drawn in the order they always were; the closer comes last so it can avoid the clauses' asks.
  const appClause = namesApp
    ? undefined
    : afterCore(
        core,
        render(rng.pick(appAsPrefix ? prefixesFor(appPrefixes, lead, core) : appSuffixes), scope),
        // A prefix ("in X, zoom in") does not meet the core's end.
        { on: 'in ', in: appAsPrefix ? 'in ' : 'inside ' },
      );
  const device = afterCore(core, deviceClause(input, scope, core), {
    on: 'using ',
    in: 'using ',
  });
  const contextTemplate = rng.chance(0.3)
    ? rng.pick([...persona.contexts, ...(lostSaid ? [] : lost.contexts)])
    : undefined;
  lostSaid ||= contextTemplate !== undefined && lost.contexts.includes(contextTemplate);
  const context = contextTemplate === undefined ? undefined : render(contextTemplate, scope);
  const constraint =
    !terse && rng.chance(0.25)
      ? render(rng.pick(withoutRepeatedAsks(constraints, [whole])), scope)
      : undefined;
  const closers = withoutRepeatedAsks(
    [...persona.closers, ...(lostSaid ? [] : lost.closers)],
    [whole, context, constraint],
  );
  const parts: RequestParts = {
    opener,
    lead,
    core: core.text,
    trailer,
    app: appClause,
    appAsPrefix,
    device,
    context,
    constraint,
    closer: render(rng.pick(closers), scope) ?? '',
    terse,
    standalone: core.standalone,
    coreEndsInEntity,
    unbracketed: unbracketedClauses(appClause, device, devicePreposition(task.platform)),
  };
  return tidy(assembleRequest(parts, rng));
}
