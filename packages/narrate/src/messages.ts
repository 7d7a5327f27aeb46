import { type EpisodeDraft, ForgeError, type Message, type Narration } from '@forge/spec';

/**
 * The episode as messages: system, the user's request, then per step the
 * assistant's text with that step's calls (ids unchanged) and one tool
 * message per call, then the final answer. Calls and results are copied,
 * never rewritten.
 */
export function narrateMessages(
  draft: EpisodeDraft,
  narration: Narration,
  systemPrompt: string,
): Message[] {
  if (narration.stepTexts.length !== draft.steps.length)
    throw new ForgeError(
      'FORGE_USAGE',
      `narration has ${narration.stepTexts.length} step texts for ${draft.steps.length} steps; narrate this draft again`,
      { location: 'narration.stepTexts' },
    );
  const messages: Message[] = [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: narration.request },
  ];
  draft.steps.forEach((step, index) => {
    if (step.results.length !== step.calls.length)
      throw new ForgeError(
        'FORGE_USAGE',
        `step ${index} has ${step.calls.length} calls but ${step.results.length} results; each call needs its result`,
        { location: `draft.steps[${index}]` },
      );
    messages.push({
      role: 'assistant',
      content: narration.stepTexts[index] ?? '',
      toolCalls: step.calls,
    });
    step.calls.forEach((call, i) => {
      const result = step.results[i] as (typeof step.results)[number];
      messages.push({
        role: 'tool',
        toolCallId: call.id,
        name: call.name,
        content: result.text,
        ...(result.isError ? { isError: true } : {}),
      });
    });
  });
  messages.push({ role: 'assistant', content: narration.answer });
  return messages;
}
