import type { FamilyGrammar } from './family-grammar.js';

/**
 * The fallback for a family without its own grammar: the task's goal sentence
 * (`{goal}`, first letter lowered) framed by each persona's register.
 */
export const genericGrammar: FamilyGrammar = {
  id: '*',
  weights: { developer: 1, builder: 1, seeker: 1, terse: 1 },
  cores: {
    developer: ['[handle this|take care of this|do this]: {goal}', 'task: {goal}'],
    builder: ["[help me with this|here's what I need]: {goal}"],
    seeker: ["=I'm not sure where to start, but here it is: {goal}"],
    terse: ['{goal}'],
  },
};
