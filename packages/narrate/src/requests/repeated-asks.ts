/**
 * The asks a request makes at most once. Clauses and closers chosen without
 * looking at what came before said the same thing twice: "and tell me what
 * you find. Report back what you see.", "and let me know if anything fails.
 * Let me know how it goes.", "since I have no idea which menu it's on … No
 * idea which menu, sorry.", "tell me what it is … Let me know how it goes.".
 */
const asks: readonly RegExp[] = [
  /\b(tell me|report back|ping me|let me know)\b/i,
  /\b(no idea|don't know)\b/i,
];

/**
 * The templates (clauses or closers) that make no ask one of `said` already
 * makes; all of them if none is left.
 */
export function withoutRepeatedAsks(
  templates: readonly string[],
  said: readonly (string | undefined)[],
): readonly string[] {
  const made = asks.filter((ask) => said.some((text) => text !== undefined && ask.test(text)));
  if (made.length === 0) return templates;
  const fresh = templates.filter((template) => !made.some((ask) => ask.test(template)));
  return fresh.length > 0 ? fresh : templates;
}
