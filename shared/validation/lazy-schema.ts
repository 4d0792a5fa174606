/**
 * A schema that is built the first time anything touches it, and is then that schema in every
 * way its users can see (same type, same methods, same checks).
 *
 * Why: building every zod schema of shared/ when its module loads was the largest part of
 * what a start spent beyond reading its two files (docs/performance.md, "Main-side start-up"),
 * and a start on the trusted path runs none of them. Built on first use, a schema costs only
 * the starts and screens that check with it.
 *
 * The stand-in forwards every operation to the built schema; methods run with the built
 * schema as `this`, so zod's own bookkeeping (clones, registries, caches) sees real schemas only.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => {
    if (built === undefined) {
      built = build();
      lazySchemaStats.built++;
    }
    return built;
  };
  lazySchemaStats.declared++;
  const boundMethods = new Map<PropertyKey, { of: unknown; bound: unknown }>();
  return new Proxy({} as T, {
    get(_, key) {
      const target = real();
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || key === 'constructor') return value;
      // A method called through the stand-in runs on the real schema; bound once per method.
      const cached = boundMethods.get(key);
      if (cached?.of === value) return cached.bound;
      const bound = (value as (...a: unknown[]) => unknown).bind(target);
      boundMethods.set(key, { of: value, bound });
      return bound;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor(_, key) {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      // The stand-in's own target is empty: a proxy may not report a fixed property it does not hold.
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    defineProperty: (_, key, d) => Reflect.defineProperty(real(), key, d),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

/** How many lazy schemas exist and how many have been built (start-up tests count these). */
export const lazySchemaStats = { declared: 0, built: 0 };
