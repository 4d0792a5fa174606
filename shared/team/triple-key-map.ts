/**
 * A map keyed by three strings, held as nested maps: a lookup builds no joined key
 * string, which on a 50,000-row import was a string to allocate, flatten and hash per row.
 */
export class TripleKeyMap<V> {
  private readonly root = new Map<string, Map<string, Map<string, V>>>();

  get(a: string, b: string, c: string): V | undefined {
    return this.root.get(a)?.get(b)?.get(c);
  }

  has(a: string, b: string, c: string): boolean {
    return this.root.get(a)?.get(b)?.has(c) ?? false;
  }

  set(a: string, b: string, c: string, value: V): void {
    let level1 = this.root.get(a);
    if (level1 === undefined) this.root.set(a, (level1 = new Map()));
    let level2 = level1.get(b);
    if (level2 === undefined) level1.set(b, (level2 = new Map()));
    level2.set(c, value);
  }
}
