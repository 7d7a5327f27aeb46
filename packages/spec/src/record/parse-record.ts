import type { ErrorObject, ValidateFunction } from 'ajv';
import { createStrictAjv } from '../catalog/compile.js';
import { ForgeError } from '../errors.js';
import { fail, ok, type Result } from '../result.js';
import type { TrajectoryRecord } from './trajectory.js';
import { trajectoryJsonSchema } from './trajectory-schema.js';

let validator: ValidateFunction | undefined;

function getValidator(): ValidateFunction {
  validator ??= createStrictAjv().compile(trajectoryJsonSchema);
  return validator;
}

function describe(errors: readonly ErrorObject[] | null | undefined): string {
  const first = errors?.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'const') ?? errors?.[0];
  if (!first) return 'does not match forge.trajectory/1';
  const where = first.instancePath === '' ? 'record' : first.instancePath;
  const extra =
    first.keyword === 'additionalProperties' ? ` (${String(first.params.additionalProperty)})` : '';
  return `${where} ${first.message ?? 'is invalid'}${extra}`;
}

/** Checks that a value has the shape of a `forge.trajectory/1` record. */
export function checkRecordShape(
  value: unknown,
  location = 'record',
): Result<TrajectoryRecord, ForgeError> {
  const validate = getValidator();
  if (validate(value)) return ok(value as TrajectoryRecord);
  return fail(new ForgeError('FORGE_RECORD_SHAPE', describe(validate.errors), { location }));
}

/** Parses one JSONL line into a record; `location` is usually `file:line`. */
export function parseRecordLine(
  line: string,
  location = 'record',
): Result<TrajectoryRecord, ForgeError> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return fail(new ForgeError('FORGE_RECORD_JSON', `not valid JSON: ${why}`, { location, cause }));
  }
  return checkRecordShape(value, location);
}
