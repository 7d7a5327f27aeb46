/**
 * What the user tells the agent about their project. The expert takes an
 * app's bundle id, a Metro port, a build path, a project folder or a web
 * app's address from the task, but no tool of the toolkit lists installed
 * apps, finds Metro or knows where a site is served: an agent knows them
 * because the developer says so (or its workspace shows them). A request
 * that leaves them out would teach a model to invent a bundle id (or
 * https://clearpro.stark.io/ from the name "ClearPro"), so every such value
 * a call uses and the request does not already name is added to the
 * request, in the persona's register. So is the device the calls use,
 * when the device list does not settle it (see device-fact.ts).
 */
import type { EpisodeDraft, Platform } from '@forge/spec';
import { containsWhole } from '../internal/claims.js';
import type { NarrateRng } from '../internal/rng.js';
import type { PersonaId } from '../personas.js';
import { deviceToName } from './device-fact.js';

/** Metro's default port: a call may use it without being told. */
const defaultMetroPort = 8081;

type FactKind = 'bundle' | 'port' | 'build' | 'project' | 'url' | 'device';

interface Fact {
  readonly kind: FactKind;
  readonly value: string;
}

/** The identifiers the calls use, in first-use order, each once. */
export function usedIdentifiers(draft: EpisodeDraft): readonly Fact[] {
  const out: Fact[] = [];
  const add = (kind: FactKind, value: unknown) => {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || text === '') return;
    if (out.some((f) => f.kind === kind && f.value === text)) return;
    out.push({ kind, value: text });
  };
  for (const step of draft.steps)
    for (const call of step.calls) {
      const args = call.arguments;
      add('bundle', args.bundleId);
      if (typeof args.port === 'number' && args.port !== defaultMetroPort) add('port', args.port);
      add('build', args.appPath);
      add('project', args.project_root);
      // open-url is how a web app is opened; a deep link the task names is
      // in the request already and is not added twice.
      if (call.name === 'open-url') add('url', args.url);
    }
  return out;
}

const said: Record<Exclude<PersonaId, 'terse'>, Record<FactKind, readonly string[]>> = {
  developer: {
    bundle: ['The {id} is {v}.', '{Id}: {v}.', 'It ships as {v}.'],
    port: ['Metro is on port {v}.', 'My Metro runs on {v}.', 'Metro: port {v}.'],
    build: ['The build is at {v}.', 'Fresh build: {v}.'],
    project: ['The project lives in {v}.', 'Repo: {v}.'],
    url: ['It is served at {v}.', 'URL: {v}.'],
    device: ['Use {v}.', 'Run it on {v}.'],
  },
  builder: {
    bundle: ['Its {id} is {v}.', 'That app is {v}.', "It's {v} on the device."],
    port: ["Metro's running on port {v}.", 'Metro is on {v}, not the default.'],
    build: ['The new build is at {v}.', "I've put the build at {v}."],
    project: ['The project folder is {v}.', 'Code is in {v}.'],
    url: ["It's at {v}.", 'The site is {v}.'],
    device: ['Please do it on {v}.', 'Use {v}, please.'],
  },
  seeker: {
    bundle: ['(Its {id} is {v}, if that helps.)', 'I think the {id} is {v}.'],
    port: ['Someone said Metro is on port {v}.', 'Metro should be on port {v}.'],
    build: ['The build file is {v}.', 'I was given a build at {v}.'],
    project: ['The project is in {v}.', 'The code is in {v}, I believe.'],
    url: ['I think the address is {v}.', '(It should be at {v}.)'],
    device: ['I think it has to be {v}.', "(It's on {v}.)"],
  },
};

const terse: Record<FactKind, string> = {
  bundle: '{v}',
  port: 'metro :{v}',
  build: 'build {v}',
  project: 'repo {v}',
  url: '{v}',
  device: 'on {v}',
};

function idName(platform: Platform): string {
  return platform === 'android' ? 'package' : 'bundle id';
}

/**
 * The sentence (or, for a terse persona, the bracket) that names the
 * identifiers the calls need and `request` does not; undefined when it
 * names them all.
 */
export function projectFacts(
  draft: EpisodeDraft,
  request: string,
  persona: PersonaId,
  rng: NarrateRng,
): string | undefined {
  const lower = request.toLowerCase();
  // The device first: it is the first thing the agent must pick.
  const device = deviceToName(draft, request);
  const missing: Fact[] = [
    ...(device === undefined ? [] : [{ kind: 'device' as const, value: device }]),
    ...usedIdentifiers(draft).filter((f) => !containsWhole(lower, f.value.toLowerCase())),
  ];
  if (missing.length === 0) return undefined;
  const id = idName(draft.task.platform);
  if (persona === 'terse')
    return `[${missing.map((f) => terse[f.kind].replace('{v}', f.value)).join(', ')}]`;
  // A hedge said twice reads as a tic ("I think X lives on Home. I think
  // the bundle id is Y."): a fact's sentence is drawn from those that open
  // neither like the one before nor like anything the request says, when
  // there are any.
  // Nor does a parenthetical right after another ("(It's on Pixel_7.) (Its package is …, if
  // that helps.)", or a device named "iPhone SE (3rd generation)."): such a sentence is said
  // without its brackets. Unwrapped after the draw, so the draws stay.
  let previous = '';
  let before = request.trimEnd();
  return missing
    .map((f) => {
      const options = said[persona][f.kind];
      const fresh = options.filter(
        (option) => opening(option) !== previous && !request.includes(opening(option)),
      );
      const template = rng.pick(fresh.length > 0 ? fresh : options);
      previous = opening(template);
      const sentence = template
        .replace('{Id}', id.charAt(0).toUpperCase() + id.slice(1))
        .replace('{id}', id)
        .replace('{v}', f.value);
      const text = endsInBracket.test(before) ? unbracketed(sentence) : sentence;
      before = text;
      return text;
    })
    .join(' ');
}

/** Text ending in a closing bracket, maybe then a sentence mark. */
const endsInBracket = /\)[.!?]?$/;

/** "(Its package is X, if that helps.)" without its brackets; any other sentence as it is. */
function unbracketed(sentence: string): string {
  return /^\(.*\)$/.test(sentence) ? sentence.slice(1, -1) : sentence;
}

/** A sentence's first two words, how alike two openings read. */
function opening(sentence: string): string {
  return sentence.split(' ', 2).join(' ');
}
