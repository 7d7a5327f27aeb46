import type { Corruption } from './corruption.js';
import { callEntries, entryAt, placesWhere, withMessages } from './edit.js';

/** One tool message's text edited. */
export const tamperedObservation: Corruption = {
  name: 'tampered-observation',
  expectedCode: 'replay.observation-mismatch',
  applicable: (record) => placesWhere(record, (e) => e.resultIndex !== undefined),
  apply(record, place) {
    const { resultIndex } = entryAt(record, place);
    return withMessages(
      record,
      record.messages.map((m, i) => (i === resultIndex ? { ...m, content: `${m.content} ` } : m)),
    );
  },
};

/** `meta.success` flipped. */
export const successFlipped: Corruption = {
  name: 'success-flipped',
  expectedCode: 'replay.success-mismatch',
  applicable: () => [0],
  apply: (record) => ({ ...record, meta: { ...record.meta, success: !record.meta.success } }),
};

/** The texts of two consecutive calls' results exchanged. */
export const swappedToolResults: Corruption = {
  name: 'swapped-tool-results',
  expectedCode: 'replay.observation-mismatch',
  applicable: (record) =>
    placesWhere(record, (e, i, all) => {
      const next = all[i + 1];
      return (
        e.result !== undefined &&
        next?.result !== undefined &&
        next.result.content !== e.result.content
      );
    }),
  apply(record, place) {
    const entries = callEntries(record);
    const a = entries[place];
    const b = entries[place + 1];
    if (!a?.result || !b?.result)
      throw new RangeError(`swapped-tool-results does not apply at ${place}`);
    const [ai, bi, at, bt] = [a.resultIndex, b.resultIndex, a.result.content, b.result.content];
    return withMessages(
      record,
      record.messages.map((m, i) =>
        i === ai ? { ...m, content: bt } : i === bi ? { ...m, content: at } : m,
      ),
    );
  },
};
