/**
 * Chat templates rendered as transformers renders them. `@huggingface/jinja`
 * is a JavaScript Jinja; two of its differences from the Python Jinja that
 * `apply_chat_template` runs change what a record renders to, so this file
 * closes them:
 * - the clock: `strftime_now` answers from one fixed day (template-clock),
 *   so a run's bytes never depend on the day it ran;
 * - undefined values: Python renders an undefined value as empty where the
 *   library throws. Subscripting by one (`map[spec.type]` for a property
 *   with `anyOf` and no `type`) gives undefined, a string filter on one
 *   (`param.description | trim` for a property with no description) works
 *   on the empty string, `items` of one is empty, it is iterable and a
 *   loop over it runs zero times. NousResearch's
 *   Hermes 3 `tool_use` template does all three; without this, 213 of 262
 *   records of a run were refused that transformers renders.
 * The library keeps `applyFilter` and `evaluateMemberExpression` private
 * and its setup of globals unexported, so both are reached here, in one
 * place, and a test renders every construct against the library's own.
 */
import { Environment, Interpreter, Template } from '@huggingface/jinja';
import { strftime } from './template-clock.js';

/** A runtime value of the library, as far as this file needs to know it. */
interface RuntimeValue {
  readonly type: string;
}

/** The interpreter steps whose undefined handling differs from Python's. */
interface Steps {
  applyFilter(operand: RuntimeValue, filter: FilterNode, env: Environment): RuntimeValue;
  evaluateMemberExpression(expr: unknown, env: Environment): RuntimeValue;
  evaluateTestExpression(node: TestNode, env: Environment): RuntimeValue;
  evaluateFor(node: ForNode, env: Environment): RuntimeValue;
  evaluate(node: unknown, env: Environment): RuntimeValue;
}

interface ForNode {
  readonly iterable: { readonly type: string; readonly lhs?: unknown };
}

interface TestNode {
  readonly operand: unknown;
  readonly negate: boolean;
  readonly test: { readonly value: string };
}

interface FilterNode {
  readonly type: string;
  readonly value?: string;
  readonly callee?: { readonly value?: string };
}

// The library exports none of its value classes: take their constructors
// from values it makes.
const probe = new Environment();
probe.set('empty', '');
probe.set('list', []);
probe.set('yes', true);
// Filters make new values and never change their operand, so one empty
// string serves every undefined operand.
const emptyString = probe.lookupVariable('empty') as RuntimeValue;
const UndefinedValue = probe.lookupVariable('missing').constructor as new () => RuntimeValue;
const ArrayValue = probe.lookupVariable('list').constructor as new (
  value: RuntimeValue[],
) => RuntimeValue;

const BooleanValue = probe.lookupVariable('yes').constructor as new (
  value: boolean,
) => RuntimeValue;

const filterName = (filter: FilterNode): string | undefined =>
  filter.type === 'Identifier' ? filter.value : filter.callee?.value;

const base = Interpreter.prototype as unknown as Steps;

/** The library's interpreter with Python's treatment of undefined values (see above). */
class PythonUndefinedInterpreter extends Interpreter {
  // Declared for the types only: the library's declarations give Interpreter
  // no constructor parameter, though it takes the environment.
  constructor(env: Environment) {
    super(env);
  }
}

const lenient = PythonUndefinedInterpreter.prototype as unknown as Steps;

lenient.applyFilter = function (operand, filter, env) {
  try {
    return base.applyFilter.call(this, operand, filter, env);
  } catch (error) {
    if (operand.type !== 'UndefinedValue') throw error;
    if (filterName(filter) === 'items') return new ArrayValue([]);
    try {
      return base.applyFilter.call(this, emptyString, filter, env);
    } catch {
      throw error;
    }
  }
};

lenient.evaluateMemberExpression = function (expr, env) {
  try {
    return base.evaluateMemberExpression.call(this, expr, env);
  } catch (error) {
    // Python looks the key up, finds nothing and gives undefined.
    if (error instanceof Error && /got UndefinedValue$/.test(error.message))
      return new UndefinedValue();
    throw error;
  }
};

lenient.evaluateTestExpression = function (this: Steps, node, env) {
  // Python's undefined is iterable (as an empty sequence): Hermes 3 prints
  // "Union[]" for an array whose items have no type, where the library's
  // test said no and the template printed "Any".
  if (node.test.value !== 'iterable') return base.evaluateTestExpression.call(this, node, env);
  const operand = this.evaluate(node.operand, env);
  const iterable =
    operand.type === 'UndefinedValue' || ['ArrayValue', 'StringValue'].includes(operand.type);
  return new BooleanValue(node.negate ? !iterable : iterable);
};

lenient.evaluateFor = function (this: Steps, node, env) {
  // Python loops zero times over an undefined value (`for t in spec.type`
  // when the property has no type); the library throws. The iterable is
  // read once here to tell, then the library runs the loop, over an empty
  // list in its place when it is undefined.
  const select = node.iterable.type === 'SelectExpression';
  const target = select ? node.iterable.lhs : node.iterable;
  if (this.evaluate(target, new Environment(env)).type !== 'UndefinedValue')
    return base.evaluateFor.call(this, node, env);
  const empty = { type: 'ArrayLiteral', value: [] };
  const iterable = select ? { ...node.iterable, lhs: empty } : empty;
  return base.evaluateFor.call(this, { ...node, iterable }, env);
};

/** Python's `range`, as the library defines it for templates. */
function range(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new Error('range() step must not be zero');
  const out: number[] = [];
  for (let i = from; step > 0 ? i < to : i > to; i += step) out.push(i);
  return out;
}

/**
 * The globals the library gives every template, with `strftime_now` on the
 * fixed day. A render may not redeclare a global, so the clock cannot be
 * passed in as a variable.
 */
const globals: Readonly<Record<string, unknown>> = {
  false: false,
  true: true,
  none: null,
  False: false,
  True: true,
  None: null,
  raise_exception: (message: unknown) => {
    throw new Error(String(message));
  },
  range,
  strftime_now: (format: unknown) => strftime(String(format)),
};

/** A chat template that renders as transformers does (see above). */
export class ChatJinjaTemplate extends Template {
  override render(items: Record<string, unknown> = {}): string {
    const env = new Environment();
    for (const [name, value] of Object.entries(globals)) env.set(name, value);
    for (const [name, value] of Object.entries(items)) env.set(name, value);
    // Typed as the base: the library's declarations hide `run` from subclasses.
    const interpreter: Interpreter = new PythonUndefinedInterpreter(env);
    return (interpreter.run(this.parsed) as unknown as { value: string }).value;
  }
}
