import { defaultCatalog, type JsonValue } from '@forge/spec';
import type { Corruption } from './corruption.js';
import { entryAt, placesWhere, replaceCall } from './edit.js';

/** The catalog the operators read required parameters from. */
const catalog = defaultCatalog();

/** An argument the tool's schema does not name. */
export const unknownArgument: Corruption = {
  name: 'unknown-argument',
  expectedCode: 'schema.unknown-argument',
  applicable: (record) => placesWhere(record, (e) => !('zoom' in e.call.arguments)),
  apply(record, place) {
    const e = entryAt(record, place);
    return replaceCall(record, e, { ...e.call, arguments: { ...e.call.arguments, zoom: 1 } });
  },
};

function primitiveKey(args: Readonly<Record<string, JsonValue>>): string | undefined {
  return Object.keys(args)
    .sort()
    .find((k) => ['string', 'number', 'boolean'].includes(typeof args[k]));
}

function otherType(value: JsonValue): JsonValue {
  if (typeof value === 'string') return 7;
  if (typeof value === 'number') return String(value);
  return value === true ? 'yes' : 'no';
}

/** A primitive argument given a value of another type. */
export const wrongType: Corruption = {
  name: 'wrong-type',
  expectedCode: 'schema.wrong-type',
  applicable: (record) => placesWhere(record, (e) => primitiveKey(e.call.arguments) !== undefined),
  apply(record, place) {
    const e = entryAt(record, place);
    const key = primitiveKey(e.call.arguments) as string;
    const value = e.call.arguments[key] as JsonValue;
    return replaceCall(record, e, {
      ...e.call,
      arguments: { ...e.call.arguments, [key]: otherType(value) },
    });
  },
};

function requiredOf(name: string): readonly string[] {
  const schema = catalog.get(name)?.inputSchema as { required?: string[] } | undefined;
  return schema?.required ?? [];
}

/** A required argument left out. */
export const missingRequired: Corruption = {
  name: 'missing-required',
  expectedCode: 'schema.missing-required',
  applicable: (record) =>
    placesWhere(record, (e) => requiredOf(e.call.name).some((k) => k in e.call.arguments)),
  apply(record, place) {
    const e = entryAt(record, place);
    const key = requiredOf(e.call.name).find((k) => k in e.call.arguments) as string;
    const { [key]: _dropped, ...rest } = e.call.arguments;
    return replaceCall(record, e, { ...e.call, arguments: rest });
  },
};

/** A tap coordinate outside 0..1. */
export const outOfRangeCoordinate: Corruption = {
  name: 'out-of-range-coordinate',
  expectedCode: 'policy.coordinate-out-of-range',
  applicable: (record) => placesWhere(record, (e) => e.call.name === 'gesture-tap'),
  apply(record, place) {
    const e = entryAt(record, place);
    return replaceCall(record, e, { ...e.call, arguments: { ...e.call.arguments, x: 1.25 } });
  },
};

/** A call (and its answer) renamed to a tool no catalog has. */
export const unknownTool: Corruption = {
  name: 'unknown-tool',
  expectedCode: 'schema.unknown-tool',
  applicable: (record) => placesWhere(record, () => true),
  apply(record, place) {
    const e = entryAt(record, place);
    const name = `${e.call.name}-plus`;
    return replaceCall(record, e, { ...e.call, name }, (m) => ({ ...m, name }));
  },
};

/** A called tool dropped from the tools the record offered. */
export const toolNotOffered: Corruption = {
  name: 'tool-not-offered',
  expectedCode: 'offered.not-offered',
  applicable: (record) =>
    placesWhere(record, (e) => record.tools.some((t) => t.name === e.call.name)),
  apply(record, place) {
    const name = entryAt(record, place).call.name;
    return { ...record, tools: record.tools.filter((t) => t.name !== name) };
  },
};
