/**
 * MinHash signatures and LSH band keys.
 *
 * Each of the k "permutations" is the bijection x -> fmix32(x ^ seed_i) on 32-bit shingle
 * hashes (fmix32 is MurmurHash3's finaliser, a bijection with full avalanche), so a
 * signature value is the minimum over the text's shingles. The share of equal values in
 * two signatures estimates the Jaccard similarity of the two shingle sets.
 */

/** MurmurHash3's 32-bit finaliser. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic seeds (mulberry32 from one seed): the same on every machine and every run. */
export function permutationSeeds(count: number, seed: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    seeds[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return seeds;
}

/** MinHash signature of a set of shingle hashes; all 0xffffffff for an empty set. */
export function signature(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const values = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      const v = fmix32(shingle ^ seeds[i]!);
      if (v < values[i]!) values[i] = v;
    }
  }
  return values;
}

/** Share of positions where two signatures agree: the Jaccard estimate. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let equal = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) equal++;
  return equal / n;
}

/**
 * Containment of the smaller set in the larger one.
 *
 * Where the smaller text's minimum is below the larger one's, that minimum is a shingle
 * missing from the larger text; such positions occur with probability |A\B| / |A∪B|.
 * With |A∪B| = (|A|+|B|)/(1+J), this gives |A\B| and so 1 - |A\B|/|A|. Unlike the
 * estimate from Jaccard and sizes alone, it is exact for a cut-down copy (no such
 * position can occur), so its noise shrinks as the containment nears 1.
 */
export function estimateContainment(a: Uint32Array, sizeA: number, b: Uint32Array, sizeB: number): number {
  const [small, smallSize, large, largeSize] = sizeA <= sizeB ? [a, sizeA, b, sizeB] : [b, sizeB, a, sizeA];
  const n = Math.min(small.length, large.length);
  if (n === 0 || smallSize === 0) return 0;
  let outside = 0;
  for (let i = 0; i < n; i++) if (small[i]! < large[i]!) outside++;
  const jaccard = estimateJaccard(small, large);
  const union = (smallSize + largeSize) / (1 + jaccard);
  return Math.max(0, 1 - ((outside / n) * union) / smallSize);
}

/**
 * One key per band of `rows` consecutive values: texts that agree on every value of a
 * band share its key. The band number is mixed in so equal values in different bands
 * do not collide. Keys are 32-bit numbers: a rare accidental collision only adds a
 * candidate that verification rejects.
 */
export function bandKeys(values: Uint32Array, rows: number): number[] {
  const keys: number[] = [];
  const bands = Math.floor(values.length / rows);
  for (let band = 0; band < bands; band++) {
    let h = fmix32(band + 0x9e3779b9);
    for (let r = 0; r < rows; r++) h = fmix32(h ^ values[band * rows + r]!);
    keys.push(h);
  }
  return keys;
}

/** Signature as base64 of its little-endian bytes: compact for JSON and database rows. */
export function encodeSignature(values: Uint32Array): string {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => bytes.writeUInt32LE(v, i * 4));
  return bytes.toString("base64");
}

export function decodeSignature(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, "base64");
  const values = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < values.length; i++) values[i] = bytes.readUInt32LE(i * 4);
  return values;
}
