/**
 * Constants of the near-duplicate stage, each with the reason for its value.
 * Coupled: `DEFAULT_DUPLICATE_OPTIONS` in index.ts reads them; the tests in
 * duplicates.test.ts write articles whose edits sit on either side of the thresholds.
 */

/**
 * Three-word shingles: one changed word spoils at most 3 shingles, so a copy with one
 * word in twenty changed keeps an estimated Jaccard near 0.7; five-word shingles would
 * drop the same copy near 0.55, too close to the threshold.
 */
export const SHINGLE_SIZE = 3;

/** 128 values: the Jaccard estimate has a standard error under 0.045 (sqrt(J(1-J)/128)). */
export const PERMUTATIONS = 128;

/**
 * Two values per band, so 64 bands: a pair at Jaccard 0.2 (a copy cut to a fifth of the
 * original) shares a band with probability 1-(1-0.2²)^64 = 0.93, at 0.3 with 0.998,
 * while unrelated articles of one story (Jaccard ~0.03) share one with ~6%. Verification
 * is 128 comparisons, so extra candidates are cheap; missed shortened copies are not.
 */
export const BAND_ROWS = 2;

/**
 * Jaccard 0.5 of 3-shingles: a copy with about one word in eight changed, or a copy
 * with a paragraph added; content-farm rewrites that paraphrase every sentence fall far
 * below (0.05-0.2), and articles of one story written separately below 0.05.
 */
export const JACCARD_THRESHOLD = 0.5;

/**
 * Containment 0.8: 80% of the shorter text's shingles are in the longer one, i.e. a
 * cut-down copy with at most light edits (one word in fifteen changed leaves about 0.8).
 */
export const CONTAINMENT_THRESHOLD = 0.8;

/**
 * For very unequal sizes the containment estimate rests on few informative positions:
 * a 60-shingle text against a 3,000-shingle one shows no "missing" position by chance
 * in 7% of cases. Requiring an estimated Jaccard of 0.1 (13 of 128 values agreeing,
 * against about 3 for unrelated articles of one story) rules that out, and limits
 * cut-down copies to about a tenth of the original's length.
 */
export const MIN_JACCARD_FOR_CONTAINMENT = 0.1;

/**
 * Below 20 shingles (a headline, a photo caption) the estimate says little and a short
 * stock phrase would be "contained" in many articles: such texts only match exactly.
 */
export const MIN_SHINGLES = 20;

/** A bucket keeps its 50 most recent members: 64 buckets x 50 bounds the candidates per article. */
export const MAX_BUCKET_MEMBERS = 50;

/** Verify at most 100 candidates (those sharing the most bands first): 12,800 comparisons at most. */
export const MAX_CANDIDATES = 100;

/** Seed of the permutation constants: fixed, so signatures stored yesterday compare with today's. */
export const PERMUTATION_SEED = 0x5eed1234;
