/** Records of the near-duplicate stage: syndicated copies and light rewrites of one article. */

/** What the index needs of an article: its id, clean text and publication date (ISO or null). */
export interface DuplicateInput {
  id: string;
  text: string;
  published: string | null;
}

/** One stored article whose text the new one nearly repeats. */
export interface DuplicateMatch {
  id: string;
  /** max(jaccard, containment): the figure that made the match, 0..1. */
  similarity: number;
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the smaller shingle set found in the larger one (a shortened copy scores near 1). */
  containment: number;
}

/** What `DuplicateIndex.add` returns for a new article. */
export interface DuplicateResult {
  /** The group the article joined, or its own new group when it repeats nothing stored. */
  groupId: string;
  /** Stored articles it nearly repeats, most similar first. */
  similarTo: DuplicateMatch[];
  /** True when the normalised text is identical to a stored article's. */
  exact: boolean;
  /** Stored articles whose signatures were compared (bounded by maxCandidates, whatever the store's size). */
  compared: number;
}

export interface DuplicateMember {
  id: string;
  /** Similarity to the member it matched when it joined; 1 for the group's first member. */
  similarity: number;
  /** Id of the member it matched when it joined; null for the first member. */
  matchedId: string | null;
  published: string | null;
  /** Length of the text in characters. */
  length: number;
}

/** Copies of one article. */
export interface DuplicateGroup {
  id: string;
  members: DuplicateMember[];
  /** Member with the earliest publication date (first added among undated or tied members). */
  earliestId: string;
  /** Member with the longest text: the best one to read and analyse. */
  fullestId: string;
}

/**
 * One stored article as the index keeps it: enough to rebuild the LSH buckets, so the
 * lead can store these as rows (signature as base64 of 128 little-endian uint32).
 */
export interface DuplicateEntry {
  id: string;
  /** MinHash signature, base64 of a Uint32Array. */
  signature: string;
  /** Number of distinct shingles: with the Jaccard estimate, gives the containment estimate. */
  shingleCount: number;
  /** Hash of the normalised text, for the exact-copy short cut (hex). */
  exactHash: string;
  published: string | null;
  length: number;
  groupId: string;
  similarity: number;
  matchedId: string | null;
}

/** Serialised state of a DuplicateIndex (plain JSON). */
export interface DuplicateIndexState {
  version: number;
  options: Required<DuplicateOptions>;
  /** In insertion order. */
  entries: DuplicateEntry[];
}

/** Options of the index; every field has a documented default in `DEFAULT_DUPLICATE_OPTIONS`. */
export interface DuplicateOptions {
  /** Words per shingle. */
  shingleSize?: number;
  /** Number of MinHash permutations. */
  permutations?: number;
  /** Signature values per LSH band. */
  bandRows?: number;
  /** Estimated Jaccard at or above which two texts are near-duplicates. */
  jaccardThreshold?: number;
  /** Estimated containment at or above which a shorter text is a cut-down copy of a longer one. */
  containmentThreshold?: number;
  /** Most recent members kept per LSH bucket (keeps the cost per article flat). */
  maxBucketMembers?: number;
  /** Candidates verified per new article, those sharing the most bands first. */
  maxCandidates?: number;
}
