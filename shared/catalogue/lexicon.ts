/**
 * A word list as a trie in typed arrays, with exact, prefix and typo-tolerant lookups. Typos are
 * counted as optimal string alignment distance (Damerau): a dropped, added or replaced letter, or
 * two neighbouring letters swapped, is one edit each. MiniSearch's radix tree counts a swap as two
 * edits (Levenshtein), which made "intreview" miss; here one edit-distance row is computed per
 * trie node on the way down and a branch is left as soon as no word below it can be close enough.
 */
export class Lexicon {
  /** Letter (UTF-16 code unit) on the edge into each node; node 0 is the root. */
  private readonly letter: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  /** Index into `words`/`ids` of the word ending at each node, or -1. */
  private readonly ending: Int32Array;
  readonly words: string[];
  /** What each word stands for (a term id), parallel to `words`. */
  readonly ids: Int32Array;
  private readonly depth: number;

  constructor(entries: Iterable<[string, number]>) {
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.words = sorted.map(([w]) => w);
    this.ids = Int32Array.from(sorted, ([, id]) => id);
    const letter: number[] = [0];
    const firstChild: number[] = [-1];
    const nextSibling: number[] = [-1];
    const lastChild: number[] = [-1];
    const ending: number[] = [-1];
    let depth = 0;
    this.words.forEach((word, index) => {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        // Sorted input: a node's children arrive in order, so a matching child can only be the last one.
        const last = lastChild[node]!;
        if (last >= 0 && letter[last] === c) node = last;
        else {
          const child = letter.length;
          letter.push(c);
          firstChild.push(-1);
          nextSibling.push(-1);
          lastChild.push(-1);
          ending.push(-1);
          if (last >= 0) nextSibling[last] = child;
          else firstChild[node] = child;
          lastChild[node] = child;
          node = child;
        }
      }
      ending[node] = index;
      depth = Math.max(depth, word.length);
    });
    this.letter = Uint16Array.from(letter);
    this.firstChild = Int32Array.from(firstChild);
    this.nextSibling = Int32Array.from(nextSibling);
    this.ending = Int32Array.from(ending);
    this.depth = depth;
  }

  private find(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) {
      const c = word.charCodeAt(i);
      let child = this.firstChild[node]!;
      while (child >= 0 && this.letter[child] !== c) child = this.nextSibling[child]!;
      node = child;
    }
    return node;
  }

  get(word: string): number | undefined {
    const node = this.find(word);
    const index = node >= 0 ? this.ending[node]! : -1;
    return index >= 0 ? this.ids[index] : undefined;
  }

  /** Every word starting with `prefix` (the word itself included). */
  forPrefix(prefix: string, visit: (id: number, word: string) => void): void {
    const start = this.find(prefix);
    if (start < 0) return;
    const stack = [start];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const index = this.ending[node]!;
      if (index >= 0) visit(this.ids[index]!, this.words[index]!);
      for (let child = this.firstChild[node]!; child >= 0; child = this.nextSibling[child]!) stack.push(child);
    }
  }

  /** Every word within `budget` edits of `query` (a swap of neighbours counts one), with its distance. */
  forTypos(query: string, budget: number, visit: (id: number, word: string, distance: number) => void): void {
    const m = query.length;
    const width = m + 1;
    // rows[d * width + j]: distance between the node's first d letters and the query's first j.
    const rows = new Int32Array((Math.min(this.depth, m + budget) + 1) * width);
    for (let j = 0; j <= m; j++) rows[j] = j;
    const q = new Uint16Array(m);
    for (let j = 0; j < m; j++) q[j] = query.charCodeAt(j);
    const maxDepth = m + budget;
    const path = new Uint16Array(maxDepth + 1);
    const { letter, firstChild, nextSibling, ending, ids, words } = this;

    const down = (node: number, d: number): void => {
      for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
        const c = letter[child]!;
        path[d] = c;
        const row = (d + 1) * width;
        const above = d * width;
        const twoAbove = (d - 1) * width;
        rows[row] = d + 1;
        let min = d + 1;
        for (let j = 1; j <= m; j++) {
          const qc = q[j - 1]!;
          let v = Math.min(rows[above + j]! + 1, rows[row + j - 1]! + 1, rows[above + j - 1]! + (qc === c ? 0 : 1));
          if (d >= 1 && j >= 2 && qc === path[d - 1] && q[j - 2] === c) v = Math.min(v, rows[twoAbove + j - 2]! + 1);
          rows[row + j] = v;
          if (v < min) min = v;
        }
        const index = ending[child]!;
        if (index >= 0 && rows[row + m]! <= budget) visit(ids[index]!, words[index]!, rows[row + m]!);
        // Every deeper row is at least this row's minimum (a swap included), so nothing below can match.
        if (min <= budget && d + 1 < maxDepth) down(child, d + 1);
      }
    };
    down(0, 0);
  }
}
