/** Every error code Forge reports. Codes are stable: scripts may match on them. */
export type ForgeErrorCode =
  | 'FORGE_CATALOG_NOT_FOUND'
  | 'FORGE_CATALOG_JSON'
  | 'FORGE_CATALOG_SHAPE'
  | 'FORGE_CATALOG_DUPLICATE'
  | 'FORGE_CATALOG_SCHEMA'
  | 'FORGE_CATALOG_OPEN_SCHEMA'
  | 'FORGE_RECORD_JSON'
  | 'FORGE_RECORD_SHAPE'
  | 'FORGE_USAGE'
  | 'FORGE_IO'
  | 'FORGE_INTERNAL';

/** Options for a ForgeError: where the problem is and what caused it. */
export interface ForgeErrorOptions {
  /** A location a person can go to: `file:line:col`, `tools[3].inputSchema`, … */
  readonly location?: string;
  readonly cause?: unknown;
}

const marker = Symbol.for('forge.error');

/**
 * The one error type of Forge. Library code returns it inside a `Result`
 * where failure is expected, and throws it only for programming errors.
 */
export class ForgeError extends Error {
  readonly code: ForgeErrorCode;
  readonly location: string | undefined;
  readonly [marker] = true;

  constructor(code: ForgeErrorCode, message: string, options: ForgeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ForgeError';
    this.code = code;
    this.location = options.location;
  }

  /** True for any ForgeError, even one from another copy of this package. */
  static is(value: unknown): value is ForgeError {
    return typeof value === 'object' && value !== null && marker in value;
  }

  /** One line for a terminal: `code: location: message`. */
  oneLine(): string {
    const where = this.location === undefined ? '' : `${this.location}: `;
    return `${this.code}: ${where}${this.message}`.replace(/\s*\n\s*/g, ' ');
  }
}
