import { defaultCatalog } from '@forge/spec';
import { defaultGates, validate } from '@forge/validate';
import {
  corruptedTrajectoryArb,
  scriptedTrajectory,
  validTrajectoryArb,
} from '@forge/validate/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callBudgetGate } from './call-budget-gate.js';

const context = { catalog: defaultCatalog() };
// Any `(seed) => TrajectoryRecord` works as a source; the expert is the real one.
const source = scriptedTrajectory;

describe('callBudgetGate', () => {
  it('accepts every valid trajectory at its own call count, and rejects it one call lower', () => {
    fc.assert(
      fc.property(validTrajectoryArb(source), (record) => {
        expect(validate(record, context, [callBudgetGate(record.meta.calls)])).toEqual([]);
        const over = validate(record, context, [callBudgetGate(record.meta.calls - 1)]);
        expect(over.map((v) => v.code)).toEqual(['budget.too-many-calls']);
      }),
      { numRuns: 50 },
    );
  });

  it('catches polling that pushes an episode over its budget, alongside the built-in gates', () => {
    const gates = [...defaultGates({ replay: false })];
    fc.assert(
      fc.property(corruptedTrajectoryArb(source, 'screenshot-polling'), (c) => {
        const found = validate(c.record, context, [
          ...gates,
          callBudgetGate(c.original.meta.calls),
        ]);
        expect(found.map((v) => v.code)).toEqual(
          expect.arrayContaining(['budget.too-many-calls', c.expectedCode]),
        );
      }),
      { numRuns: 30 },
    );
  });
});
