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

/**
 * A dictionary-mode copy of `source`: the same own keys in the same order
 * as `{ ...source }` (so the same JSON and the same iteration), filled by
 * hash inserts. Spreading an object whose keys are made up per app builds a
 * hidden class per key, as above; an app's state is copied at every launch.
 */
export function copyDictionary<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  const out = dictionary<T>();
  for (const key of Object.keys(source)) {
    const value = source[key] as T;
    // Spread defines `__proto__` as a plain key; assignment would set the prototype.
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    else out[key] = value;
  }
  return out;
}
