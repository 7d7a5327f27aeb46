/**
 * An empty plain object meant to be used as a dictionary: keys made up per
 * app (state keys, element ids, paths, URLs).
 *
 * V8 gives every object literal a hidden class and, for each new property
 * name, creates a new one and links it from the old (a transition). Keys
 * that differ from app to app never share those transitions, so filling a
 * `{}` with 30 such keys builds 30 hidden classes per app, which was the
 * largest cost of generating one. Deleting a property that is not the last
 * one switches the object to dictionary mode, where adding a key is a hash
 * insert. The object stays an ordinary `{}` (same prototype, same key order,
 * same JSON), so nothing that reads it can tell the difference.
 */
export function dictionary<T>(): Record<string, T> {
  const out: Record<string, unknown> = { dictionaryA: 0, dictionaryB: 0 };
  delete out.dictionaryA;
  delete out.dictionaryB;
  return out as Record<string, T>;
}
