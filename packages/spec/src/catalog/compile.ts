import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { ArgumentIssue, ArgumentIssueCode } from './tool-spec.js';

/** A fresh ajv in strict mode: unknown keywords and ambiguous schemas are errors. */
export function createStrictAjv(): Ajv {
  return new Ajv({ strict: true, allErrors: true, useDefaults: false, validateFormats: false });
}

const codeByKeyword: Readonly<Record<string, ArgumentIssueCode>> = {
  additionalProperties: 'unknown-argument',
  unevaluatedProperties: 'unknown-argument',
  type: 'wrong-type',
  required: 'missing-required',
  enum: 'out-of-enum',
  const: 'out-of-enum',
  minimum: 'out-of-range',
  maximum: 'out-of-range',
  exclusiveMinimum: 'out-of-range',
  exclusiveMaximum: 'out-of-range',
};

/** Turns ajv's errors into argument issues with stable codes. */
export function toIssues(errors: readonly ErrorObject[] | null | undefined): ArgumentIssue[] {
  if (!errors) return [];
  return errors.map((e) => {
    const code = codeByKeyword[e.keyword] ?? 'invalid';
    let path = e.instancePath;
    if (e.keyword === 'additionalProperties') {
      path = `${path}/${String((e.params as { additionalProperty?: string }).additionalProperty)}`;
    } else if (e.keyword === 'required') {
      path = `${path}/${String((e.params as { missingProperty?: string }).missingProperty)}`;
    }
    const where = path === '' ? 'arguments' : path;
    const message =
      code === 'unknown-argument'
        ? `${where} is not a parameter of this tool`
        : code === 'missing-required'
          ? `${where} is required`
          : `${where} ${e.message ?? 'is invalid'}`;
    return { code, path, message };
  });
}

export type { ValidateFunction };
