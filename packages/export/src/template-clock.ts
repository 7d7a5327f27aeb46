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
