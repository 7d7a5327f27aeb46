/** The outcome of an operation that can fail in an expected way. */
export type Result<T, E> = { readonly success: true; readonly value: T } | Failure<E>;

/** The failing side of a `Result`. */
export interface Failure<E> {
  readonly success: false;
  readonly error: E;
}

/** Wraps a value as a successful `Result`. */
export function ok<T>(value: T): { readonly success: true; readonly value: T } {
  return { success: true, value };
}

/** Wraps an error as a failed `Result`. */
export function fail<E>(error: E): Failure<E> {
  return { success: false, error };
}
