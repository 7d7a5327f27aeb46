import type { ResultsFile } from '../results/results-file.js';

/**
 * The model a run scored: the id asked for, the ids the endpoint said
 * answered when they differ from it (an alias or a default model would
 * otherwise pass unnoticed), and the wire format.
 */
export function modelCell(results: ResultsFile): string {
  const model = results.model;
  if (!model) return '-';
  const served = (model.served ?? []).filter((id) => id !== model.id);
  return `${model.id}${served.length > 0 ? ` → served ${served.join(', ')}` : ''} (${model.format})`;
}
