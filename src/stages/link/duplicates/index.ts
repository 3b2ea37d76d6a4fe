/**
 * Near-duplicate groups: syndicated copies, cut-down copies and light rewrites of one
 * article, found incrementally.
 *
 * Each article becomes a MinHash signature of its word 3-shingles; an LSH index of band
 * keys finds the stored articles likely to be similar (a hash look-up per band, each
 * bucket capped), and only those are verified by the Jaccard and containment estimates.
 * So the cost of adding an article does not grow with the number stored.
 *
 * A new article joins the group of the stored article it is most similar to; groups
 * never merge afterwards, so a group id given out once stays valid (a chain A~B, B~C
 * with A and C in different groups stays as it was given out).
 *
 * @example
 *   const index = new DuplicateIndex();
 *   index.add({ id: "a", text: wire, published: "2023-12-24" });
 *   const { groupId, similarTo } = index.add({ id: "b", text: wireCopy, published: null });
 *   // similarTo: [{ id: "a", similarity: 0.93, ... }], groupId === "dup:a"
 */
import { requireInRange, requirePositiveIntegers } from "../options.js";
import {
  BAND_ROWS,
  CONTAINMENT_THRESHOLD,
  JACCARD_THRESHOLD,
  MAX_BUCKET_MEMBERS,
  MAX_CANDIDATES,
  MIN_JACCARD_FOR_CONTAINMENT,
  MIN_SHINGLES,
  PERMUTATIONS,
  PERMUTATION_SEED,
  SHINGLE_SIZE,
} from "./data.js";
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  estimateContainment,
  estimateJaccard,
  permutationSeeds,
  signature,
} from "./minhash.js";
import { exactHash, normalisedWords, shingleHashes } from "./shingles.js";
import type {
  DuplicateEntry,
  DuplicateGroup,
  DuplicateIndexState,
  DuplicateInput,
  DuplicateMatch,
  DuplicateMember,
  DuplicateOptions,
  DuplicateResult,
} from "./types.js";

export type * from "./types.js";

/** Exact-copy hash of a text without words: never matches. */
const NO_TEXT = "";

/** Bumped when signatures or band keys change meaning: stored state of another version is refused. */
export const DUPLICATE_STATE_VERSION = 1;

export const DEFAULT_DUPLICATE_OPTIONS: Required<DuplicateOptions> = {
  shingleSize: SHINGLE_SIZE,
  permutations: PERMUTATIONS,
  bandRows: BAND_ROWS,
  jaccardThreshold: JACCARD_THRESHOLD,
  containmentThreshold: CONTAINMENT_THRESHOLD,
  maxBucketMembers: MAX_BUCKET_MEMBERS,
  maxCandidates: MAX_CANDIDATES,
};

/** An article as held in memory: the entry with its signature decoded. */
interface Stored {
  id: string;
  values: Uint32Array;
  shingleCount: number;
  exactHash: string;
  published: string | null;
  length: number;
  groupId: string;
  similarity: number;
  matchedId: string | null;
}

/** Signature and sizes of one text: what `add` computes before looking anything up. */
export interface TextSketch {
  values: Uint32Array;
  shingleCount: number;
  exactHash: string;
}

export class DuplicateIndex {
  readonly options: Required<DuplicateOptions>;
  private readonly seeds: Uint32Array;
  private readonly stored: Stored[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byExactHash = new Map<string, number>();
  /** Band key -> positions in `stored`, oldest first, at most maxBucketMembers. */
  private readonly buckets = new Map<number, number[]>();
  /** Group id -> positions in `stored`, in the order they joined. */
  private readonly groupMembers = new Map<string, number[]>();

  constructor(options: DuplicateOptions = {}) {
    this.options = validateOptions({ ...DEFAULT_DUPLICATE_OPTIONS, ...options });
    this.seeds = permutationSeeds(this.options.permutations, PERMUTATION_SEED);
  }

  /** Signature of a text, as `add` would compute it (for storing sketches as rows). */
  sketch(text: string): TextSketch {
    const words = normalisedWords(text);
    const shingles = shingleHashes(words, this.options.shingleSize);
    // An empty text (a page whose body was not found) repeats nothing: no hash to share.
    const hash = words.length === 0 ? NO_TEXT : exactHash(words);
    return { values: signature(shingles, this.seeds), shingleCount: shingles.length, exactHash: hash };
  }

  /**
   * Adds an article and returns the group it joined and the stored articles it nearly
   * repeats. Adding an id already stored changes nothing and returns its group.
   */
  add(doc: DuplicateInput): DuplicateResult {
    const known = this.byId.get(doc.id);
    if (known !== undefined) return { groupId: this.stored[known]!.groupId, similarTo: [], exact: false, compared: 0 };
    const sketch = this.sketch(doc.text);
    const exact = sketch.exactHash !== NO_TEXT && this.byExactHash.has(sketch.exactHash);
    const { matches: similarTo, compared } = this.search(sketch);
    const best = similarTo[0];
    const groupId = best ? this.stored[this.byId.get(best.id)!]!.groupId : `dup:${doc.id}`;
    this.store({
      id: doc.id,
      ...sketch,
      published: doc.published,
      length: doc.text.length,
      groupId,
      similarity: best ? best.similarity : 1,
      matchedId: best ? best.id : null,
    });
    return { groupId, similarTo, exact, compared };
  }

  /** Stored articles the sketch nearly repeats, most similar first; the index is not changed. */
  findSimilar(sketch: TextSketch): DuplicateMatch[] {
    return this.search(sketch).matches;
  }

  private search(sketch: TextSketch): { matches: DuplicateMatch[]; compared: number } {
    const matches = new Map<number, DuplicateMatch>();
    const exactAt = sketch.exactHash === NO_TEXT ? undefined : this.byExactHash.get(sketch.exactHash);
    if (exactAt !== undefined) {
      matches.set(exactAt, { id: this.stored[exactAt]!.id, similarity: 1, jaccard: 1, containment: 1 });
    }
    const candidates = sketch.shingleCount >= MIN_SHINGLES ? this.candidates(sketch.values) : [];
    for (const position of candidates) {
      if (matches.has(position)) continue;
      const match = this.verify(sketch, this.stored[position]!);
      if (match) matches.set(position, match);
    }
    const sorted = [...matches.values()].sort((a, b) => b.similarity - a.similarity || b.jaccard - a.jaccard);
    return { matches: sorted, compared: candidates.length };
  }

  /** Groups, in the order they were opened; singletons only when asked for. */
  groups(options: { includeSingletons?: boolean } = {}): DuplicateGroup[] {
    const includeSingletons = options.includeSingletons ?? false;
    const groups: DuplicateGroup[] = [];
    for (const [id, positions] of this.groupMembers) {
      if (positions.length < 2 && !includeSingletons) continue;
      const members = positions.map((p) => toMember(this.stored[p]!));
      groups.push({ id, members, earliestId: earliest(members).id, fullestId: fullest(members).id });
    }
    return groups;
  }

  /** Group id of a stored article, or undefined. */
  groupOf(id: string): string | undefined {
    const position = this.byId.get(id);
    return position === undefined ? undefined : this.stored[position]!.groupId;
  }

  get size(): number {
    return this.stored.length;
  }

  /** Every stored article as a row, in insertion order (see DuplicateEntry). */
  entries(): DuplicateEntry[] {
    return this.stored.map((s) => ({
      id: s.id,
      signature: encodeSignature(s.values),
      shingleCount: s.shingleCount,
      exactHash: s.exactHash,
      published: s.published,
      length: s.length,
      groupId: s.groupId,
      similarity: s.similarity,
      matchedId: s.matchedId,
    }));
  }

  toJSON(): DuplicateIndexState {
    return { version: DUPLICATE_STATE_VERSION, options: this.options, entries: this.entries() };
  }

  /** Rebuilds an index from `toJSON()` output; buckets are recomputed from the signatures. */
  static fromJSON(state: DuplicateIndexState): DuplicateIndex {
    if (state.version !== DUPLICATE_STATE_VERSION) {
      throw new Error(`DuplicateIndex.fromJSON: expected state version ${DUPLICATE_STATE_VERSION}, found ${state.version}`);
    }
    return DuplicateIndex.fromEntries(state.entries, state.options);
  }

  /** Rebuilds an index from stored rows, given in insertion order. */
  static fromEntries(entries: DuplicateEntry[], options: DuplicateOptions = {}): DuplicateIndex {
    const index = new DuplicateIndex(options);
    for (const entry of entries) {
      const values = decodeSignature(entry.signature);
      if (values.length !== index.options.permutations) {
        throw new Error(
          `DuplicateIndex.fromEntries: entry ${entry.id} has ${values.length} signature values, expected ${index.options.permutations}`,
        );
      }
      index.store({ ...entry, values });
    }
    return index;
  }

  private store(record: Stored): void {
    const position = this.stored.length;
    this.stored.push(record);
    this.byId.set(record.id, position);
    if (record.exactHash !== NO_TEXT && !this.byExactHash.has(record.exactHash)) this.byExactHash.set(record.exactHash, position);
    const members = this.groupMembers.get(record.groupId);
    if (members) members.push(position);
    else this.groupMembers.set(record.groupId, [position]);
    if (record.shingleCount < MIN_SHINGLES) return; // short texts match exactly only
    for (const key of bandKeys(record.values, this.options.bandRows)) {
      const bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, [position]);
      else {
        bucket.push(position);
        if (bucket.length > this.options.maxBucketMembers) bucket.shift();
      }
    }
  }

  /** Stored positions sharing a band with the signature: most shared bands first, then most recent. */
  private candidates(values: Uint32Array): number[] {
    const shared = new Map<number, number>();
    for (const key of bandKeys(values, this.options.bandRows)) {
      for (const position of this.buckets.get(key) ?? []) shared.set(position, (shared.get(position) ?? 0) + 1);
    }
    return [...shared.entries()]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, this.options.maxCandidates)
      .map((entry) => entry[0]);
  }

  private verify(sketch: TextSketch, other: Stored): DuplicateMatch | null {
    const jaccard = estimateJaccard(sketch.values, other.values);
    const containment = estimateContainment(sketch.values, sketch.shingleCount, other.values, other.shingleCount);
    const isNear = jaccard >= this.options.jaccardThreshold;
    const isContained = containment >= this.options.containmentThreshold && jaccard >= MIN_JACCARD_FOR_CONTAINMENT;
    if (!isNear && !isContained) return null;
    return { id: other.id, similarity: Math.max(jaccard, containment), jaccard, containment };
  }
}

function toMember(record: Stored): DuplicateMember {
  return {
    id: record.id,
    similarity: record.similarity,
    matchedId: record.matchedId,
    published: record.published,
    length: record.length,
  };
}

/** Earliest dated member (ISO dates compare as strings); the first member when none is dated. */
function earliest(members: DuplicateMember[]): DuplicateMember {
  let best = members[0]!;
  for (const m of members) {
    if (m.published !== null && (best.published === null || m.published < best.published)) best = m;
  }
  return best;
}

function fullest(members: DuplicateMember[]): DuplicateMember {
  return members.reduce((best, m) => (m.length > best.length ? m : best));
}

function validateOptions(options: Required<DuplicateOptions>): Required<DuplicateOptions> {
  const owner = "DuplicateIndex";
  requirePositiveIntegers(owner, options, ["shingleSize", "permutations", "bandRows", "maxBucketMembers", "maxCandidates"]);
  if (options.bandRows > options.permutations) {
    throw new Error(`DuplicateIndex: bandRows (${options.bandRows}) must not exceed permutations (${options.permutations})`);
  }
  requireInRange(owner, options, ["jaccardThreshold", "containmentThreshold"], { min: 0, max: 1, minExclusive: true });
  return options;
}
