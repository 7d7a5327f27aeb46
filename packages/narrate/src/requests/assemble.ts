import type { NarrateRng } from '../internal/rng.js';
import { capitalize } from '../internal/template.js';

/** The rendered pieces of a request, before they are ordered and punctuated. */
export interface RequestParts {
  readonly opener: string;
  readonly lead: string;
  readonly core: string;
  /** Words of the core that follow the app and device clauses (", the password is …"). */
  readonly trailer?: string;
  /** How the app is named, when the core does not name it. */
  readonly app: string | undefined;
  readonly appAsPrefix: boolean;
  readonly device: string | undefined;
  readonly context: string | undefined;
  readonly constraint: string | undefined;
  readonly closer: string;
  readonly terse: boolean;
  /**
   * The core is not an ask after a lead but stands on its own, mostly a
   * statement with the ask after it ("somewhere there's X; find it").
   */
  readonly standalone?: boolean;
  /** The core ends with an entity whose own last character is "?" or "." ("Where to?"): keep it. */
  readonly coreEndsInEntity?: boolean;
  /**
   * The app or device clause in brackets ("(Chirpio)", "(iPhone 16)", "(this is for X)") in
   * words without them ("in Chirpio", "on iPhone 16", "for X"), said after another bracket.
   */
  readonly unbracketed?: ReadonlyMap<string, string>;
}

const questionLead = /^(can|could|would|will)\b/i;

function shuffled<T>(items: readonly T[], rng: NarrateRng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A constraint that is a clause of its own: an imperative or an "if …, do …". */
const ownClause = /^(if|let|leave|don't|do not)\b/i;

/**
 * How a constraint is joined to the sentence. A clause of its own after a
 * comma was a comma splice ("open it inside EchoBase, let me know if
 * anything fails"), and "and …" after a semicolon read oddly ("…; and tell
 * me what you find"); a second semicolon in one sentence gives way to a dash.
 */
function constraintJoins(constraint: string, sentence: string): readonly string[] {
  if (!ownClause.test(constraint.trim())) return [', ', ', ', ' - '];
  return sentence.includes(';') ? [' - '] : ['; ', '; ', ' - '];
}

/**
 * Orders and punctuates the parts: clauses go before or after the ask by a
 * seeded choice, a question lead ends in "?", and a part after a full stop
 * starts a new sentence.
 */
export function assembleRequest(parts: RequestParts, rng: NarrateRng): string {
  const prefixes: string[] = [];
  const tail: string[] = [];
  if (parts.app !== undefined) (parts.appAsPrefix ? prefixes : tail).push(parts.app);
  const clauses: string[] = [];
  // One clause before the ask reads naturally; a pile of them does not. A
  // clause of purpose or circumstance leads an ask only: before a core that
  // opens with a statement it modified the statement ("So I can see how it
  // looks, something looks off on Mugs", "Using Pixel 7, I think Home looks
  // different"), so there it follows the ask. The draw is made either way,
  // so the rest of the request is drawn as before.
  const inFront = (chance: number): boolean =>
    !parts.terse && prefixes.length === 0 && rng.chance(chance) && parts.standalone !== true;
  if (parts.context !== undefined && parts.context !== '') {
    if (inFront(0.4)) prefixes.push(`${parts.context},`);
    else clauses.push(`, ${parts.context}`);
  }
  if (parts.device !== undefined) {
    if (inFront(0.3)) prefixes.push(`${parts.device},`);
    else tail.push(parts.device);
  }
  const kept = parts.coreEndsInEntity === true;
  const trailer = parts.trailer ?? '';
  const last = (trailer === '' ? parts.core : trailer).trimEnd();
  const asks = !kept && last.endsWith('?');
  const ending = kept ? last : last.replace(/[?.]$/, '');
  const core = trailer === '' ? ending : parts.core.trimEnd();
  const after = trailer === '' ? '' : /^[,;:]/.test(ending) ? ending : ` ${ending.trimStart()}`;
  // Two brackets in a row ("What's X (iPhone 16) (Harbor Draft Go)?", "Tap Share (find it)
  // (Chirpio)") read as a stammer: a bracketed clause after a bracket is said without its own.
  const pieces = [...prefixes, parts.lead, core, ...shuffled(tail, rng)].filter(
    (piece) => piece !== '',
  );
  const joined = pieces.reduce(
    (text, piece) =>
      `${text}${text === '' ? '' : ' '}${(text.endsWith(')') && parts.unbracketed?.get(piece)) || piece}`,
    '',
  );
  const body = `${joined}${after}`;
  const question = asks || questionLead.test(parts.lead);
  const end = question ? '?' : parts.terse ? rng.pick(['', '', '.']) : rng.pick(['.', '.', '!']);
  // A constraint after a question reads better as its own sentence.
  const constraint =
    parts.constraint === undefined
      ? ''
      : question
        ? ` ${capitalize(parts.constraint.trim().replace(/^and /, ''))}.`
        : `${rng.pick(constraintJoins(parts.constraint, `${body}${clauses.join('')}`))}${parts.constraint}`;
  // A terse urgency after the question mark: "Modified in X, asap?" asked whether it was urgent.
  const sentence = question
    ? parts.terse
      ? `${body}${end}${clauses.join('').replace(/^,/, '')}${constraint}`
      : `${body}${clauses.join('')}${end}${constraint}`
    : `${body}${clauses.join('')}${constraint}${end}`;
  const startsSentence = parts.opener === '' || /[.!?]$/.test(parts.opener);
  const main = startsSentence ? capitalize(sentence) : sentence;
  return [parts.opener, main, parts.closer].filter((piece) => piece !== '').join(' ');
}
