/**
 * A schema built on first use. Building zod schemas is what a Lambda cold start spent most on: every handler loaded
 * every contract and item schema, ~250 of them, though a route parses a handful. A module-level schema made with
 * `lazySchema(() => z.object(…))` stands for the schema it makes, made (once) when something first touches it.
 */
export function lazySchema<T extends object>(make: () => T): T {
  let made: T | undefined;
  const real = (): T => {
    made ??= make();
    return made;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const value = Reflect.get(real(), key);
      return value;
    },
    has: (_, key) => Reflect.has(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may report a property only as configurable as its (empty) target allows.
      return descriptor && { ...descriptor, configurable: true };
    },
    ownKeys: () => Reflect.ownKeys(real()),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
