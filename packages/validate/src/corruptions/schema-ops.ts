import { defaultCatalog, type JsonValue } from '@forge/spec';
import type { Corruption } from './corruption.js';
import { entryAt, insertAfter, placesWhere, replaceCall } from './edit.js';

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

/** The first argument of a call whose schema property is an enum, with that enum. */
function enumArgument(
  name: string,
  args: Readonly<Record<string, JsonValue>>,
): { key: string; values: readonly JsonValue[] } | undefined {
  const schema = catalog.get(name)?.inputSchema as
    | { properties?: Record<string, { enum?: JsonValue[] }> }
    | undefined;
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    if (key in args && Array.isArray(property.enum)) return { key, values: property.enum };
  }
  return undefined;
}

/** A value of the enum's own type that the enum does not list. */
function outsideEnum(values: readonly JsonValue[]): JsonValue {
  if (values.length === 0) return 'other';
  if (values.every((v) => typeof v === 'number')) return Math.max(...(values as number[])) + 1;
  let value = `${String(values[0])}-other`;
  while (values.includes(value)) value = `${value}-other`;
  return value;
}

/**
 * A value outside an argument's enum: a device call's enum argument (a
 * button, an orientation, a tab action) changed to one the schema does not
 * list; after a device call without one, a hardware-button press naming a
 * button the enum does not list.
 */
export const outOfEnum: Corruption = {
  name: 'out-of-enum',
  expectedCode: 'schema.out-of-enum',
  applicable: (record) => placesWhere(record, (e) => typeof e.call.arguments.udid === 'string'),
  apply(record, place) {
    const e = entryAt(record, place);
    const found = enumArgument(e.call.name, e.call.arguments);
    if (found) {
      const value = outsideEnum(found.values);
      return replaceCall(record, e, {
        ...e.call,
        arguments: { ...e.call.arguments, [found.key]: value },
      });
    }
    const buttons = enumArgument('button', { button: '' })?.values ?? [];
    return insertAfter(record, e, [
      {
        name: 'button',
        args: { udid: e.call.arguments.udid as string, button: outsideEnum(buttons) },
        content: 'Invalid arguments for tool "button": button must be one of the allowed values',
      },
    ]);
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
