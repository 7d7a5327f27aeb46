const quoted = /“([^”\n]+)”|"([^"\n]+)"|`([^`\n]+)`|(?<![\w])'([^'\n]+)'(?![\w])/g;
const number = /\d+(?:[.,:]\d+)*/g;

/** The contents of every quoted span ("…", “…”, `…`, '…'), trimmed. */
export function quotedStrings(text: string): string[] {
  return [...text.matchAll(quoted)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim())
    .filter((s) => s !== '');
}

/** The text with its quoted spans blanked out. */
export function withoutQuotes(text: string): string {
  return text.replace(quoted, ' ');
}

/** Every number (42, 0.523, 12:30, 1,200) outside quotes. */
export function numbersIn(text: string): string[] {
  return [...withoutQuotes(text).matchAll(number)].map((m) => m[0]);
}
