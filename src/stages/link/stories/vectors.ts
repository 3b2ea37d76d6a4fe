/**
 * Sparse vectors as Maps, with the IDF applied when vectors are compared rather than
 * when they are stored: a story's centroid stays valid as the document frequencies
 * change with every article.
 */

/** Document frequencies of one feature kind (terms, or names) over the articles seen. */
export class DocumentFrequencies {
  readonly counts: Map<string, number>;

  constructor(counts: Map<string, number> = new Map()) {
    this.counts = counts;
  }

  add(keys: Iterable<string>): void {
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /**
   * ln((N + prior + 1) / (df + 0.5)): close to 0 for a key in every article once N is
   * large, and `prior` imaginary articles without the key keep early IDFs from
   * treating every shared word as common (with N = 2, every shared word has df = N).
   */
  idf(key: string, documents: number, prior: number): number {
    return Math.log((documents + prior + 1) / ((this.counts.get(key) ?? 0) + 0.5));
  }
}

export type Weigh = (key: string) => number;

/** The vector with each value multiplied by its key's weight, and its L2 norm. */
export function weighted(vector: Map<string, number>, weigh: Weigh): { vector: Map<string, number>; norm: number } {
  const out = new Map<string, number>();
  let squares = 0;
  for (const [key, value] of vector) {
    const w = value * weigh(key);
    out.set(key, w);
    squares += w * w;
  }
  return { vector: out, norm: Math.sqrt(squares) };
}

/** Cosine of an already weighted vector with a raw centroid weighted on the fly. */
export function cosine(doc: { vector: Map<string, number>; norm: number }, centroid: Map<string, number>, weigh: Weigh): number {
  if (doc.norm === 0 || centroid.size === 0) return 0;
  let dot = 0;
  let squares = 0;
  for (const [key, value] of centroid) {
    const w = value * weigh(key);
    squares += w * w;
    const d = doc.vector.get(key);
    if (d !== undefined) dot += d * w;
  }
  return squares === 0 ? 0 : dot / (doc.norm * Math.sqrt(squares));
}

/** Cosine of two already weighted vectors: walks the smaller one. */
export function weightedCosine(a: { vector: Map<string, number>; norm: number }, b: { vector: Map<string, number>; norm: number }): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += value * other;
  }
  return dot / (a.norm * b.norm);
}

/** Adds `vector` into `into` in place. */
export function addInto(into: Map<string, number>, vector: Map<string, number>): void {
  for (const [key, value] of vector) into.set(key, (into.get(key) ?? 0) + value);
}

/** The `k` keys of highest weighted value, highest first. */
export function topKeys(vector: Map<string, number>, k: number, weigh: Weigh = () => 1): string[] {
  return [...vector]
    .map(([key, value]) => ({ key, weight: value * weigh(key) }))
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1))
    .slice(0, k)
    .map((entry) => entry.key);
}
