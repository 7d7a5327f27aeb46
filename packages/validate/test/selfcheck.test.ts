import { describe, expect, it } from 'vitest';
import {
  type Corruption,
  controlName,
  corruptions,
  defaultGates,
  formatSelfcheckTable,
  runSelfcheck,
} from '../src/index.js';
import { context, knownGood } from './support/context.js';

const records = Array.from({ length: 25 }, (_, seed) => knownGood(seed));

describe('runSelfcheck', () => {
  it('has a control row and one row per operator, all ok with the default gates', () => {
    const rows = runSelfcheck(records, { context, placesPerRecord: 2 });
    expect(rows.map((r) => r.operator)).toEqual([controlName, ...corruptions.map((c) => c.name)]);
    expect(rows.filter((r) => !r.ok)).toEqual([]);
    expect(formatSelfcheckTable(rows)).toContain('ungrounded-tap');
  });

  it('fails the rows whose gate is missing, naming what was found instead', () => {
    const gates = defaultGates().filter((g) => g.name !== 'replay');
    const rows = runSelfcheck(records.slice(0, 5), { context, gates, placesPerRecord: 1 });
    const failing = rows.filter((r) => !r.ok).map((r) => r.operator);
    expect(failing).toEqual(['tampered-observation', 'swapped-tool-results', 'success-flipped']);
    expect(formatSelfcheckTable(rows)).toContain('misbehaved');
  });

  it('fails an operator that never applies', () => {
    const never: Corruption = {
      name: 'never',
      expectedCode: 'x.y',
      applicable: () => [],
      apply: (r) => r,
    };
    const [control, row] = runSelfcheck(records.slice(0, 2), { context, corruptions: [never] });
    expect(control?.ok).toBe(true);
    expect(row).toMatchObject({ operator: 'never', applied: 0, ok: false });
  });
});
