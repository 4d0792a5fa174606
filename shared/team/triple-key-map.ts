/**
 * A map keyed by three strings, held as nested maps: a lookup builds no joined key
 * string, which on a 50,000-row import was a string to allocate, flatten and hash per row.
 */
export class TripleKeyMap<V> {
  private readonly root = new Map<string, Map<string, Map<string, V>>>();

  get(a: string, b: string, c: string): V | undefined {
    return this.root.get(a)?.get(b)?.get(c);
  }

  /** Sets the value unless the key is there already; true when it was added. One walk down instead of has() then set(). */
  add(a: string, b: string, c: string, value: V): boolean {
    let level1 = this.root.get(a);
    if (level1 === undefined) this.root.set(a, (level1 = new Map()));
    let level2 = level1.get(b);
    if (level2 === undefined) level1.set(b, (level2 = new Map()));
    if (level2.has(c)) return false;
    level2.set(c, value);
    return true;
  }

  set(a: string, b: string, c: string, value: V): void {
    let level1 = this.root.get(a);
    if (level1 === undefined) this.root.set(a, (level1 = new Map()));
    let level2 = level1.get(b);
    if (level2 === undefined) level1.set(b, (level2 = new Map()));
    level2.set(c, value);
  }
}
