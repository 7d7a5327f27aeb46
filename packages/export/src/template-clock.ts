import { Environment, Interpreter, Template } from '@huggingface/jinja';

/**
 * `strftime_now` for chat templates, on a fixed date. Llama 3.2 and 3.3
 * templates print "Today Date: …" from `strftime_now`, which
 * `@huggingface/jinja` answers from the wall clock: the same run on another
 * day wrote other bytes. Forge's output depends on its arguments only, so
 * templates see one fixed day: 26 July 2024, the date Llama's own templates
 * fall back to when `strftime_now` is missing.
 */

const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The fixed moment templates see: 2024-07-26 00:00:00 UTC. */
export const templateDate = new Date(Date.UTC(2024, 6, 26));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Python's `strftime` directives for `date` (UTC); an unknown directive stays as written. */
export function strftime(format: string, date: Date = templateDate): string {
  const directives: Record<string, () => string> = {
    a: () => (days[date.getUTCDay()] as string).slice(0, 3),
    A: () => days[date.getUTCDay()] as string,
    b: () => (months[date.getUTCMonth()] as string).slice(0, 3),
    B: () => months[date.getUTCMonth()] as string,
    d: () => pad(date.getUTCDate()),
    e: () => String(date.getUTCDate()).padStart(2, ' '),
    H: () => pad(date.getUTCHours()),
    I: () => pad(((date.getUTCHours() + 11) % 12) + 1),
    j: () =>
      pad(Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 864e5) + 1, 3),
    m: () => pad(date.getUTCMonth() + 1),
    M: () => pad(date.getUTCMinutes()),
    p: () => (date.getUTCHours() < 12 ? 'AM' : 'PM'),
    S: () => pad(date.getUTCSeconds()),
    y: () => pad(date.getUTCFullYear() % 100),
    Y: () => String(date.getUTCFullYear()),
    '%': () => '%',
  };
  return format.replace(/%([a-zA-Z%])/g, (whole, d: string) => directives[d]?.() ?? whole);
}

/** Python's `range`, as the library defines it for templates. */
function range(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new Error('range() step must not be zero');
  const out: number[] = [];
  for (let i = from; step > 0 ? i < to : i > to; i += step) out.push(i);
  return out;
}

/**
 * The globals `@huggingface/jinja` gives every template (its setupGlobals,
 * which it does not export), with `strftime_now` on the fixed day. A render
 * may not redeclare a global, so the clock cannot be passed as a variable.
 */
const globals: Readonly<Record<string, unknown>> = {
  false: false,
  true: true,
  none: null,
  False: false,
  True: true,
  None: null,
  raise_exception: (message: unknown) => {
    throw new Error(String(message));
  },
  range,
  strftime_now: (format: unknown) => strftime(String(format)),
};

/** A chat template that renders with the fixed clock (see above). */
export class FixedClockTemplate extends Template {
  override render(items: Record<string, unknown> = {}): string {
    const env = new Environment();
    for (const [name, value] of Object.entries(globals)) env.set(name, value);
    for (const [name, value] of Object.entries(items)) env.set(name, value);
    return new Interpreter(env).run(this.parsed).value as string;
  }
}
