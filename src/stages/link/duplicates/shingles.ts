/**
 * Text normalisation and word shingles for near-duplicate detection.
 *
 * Copies of one article differ in what a site adds around the text and in the bytes of
 * the text itself: curly or straight quotes, dashes, accents ("Al Qahera" / "Al-Qáhera"),
 * case, spacing. Normalising to lower-case ASCII words makes those invisible; stop words
 * are kept, because word order in running text is what tells a copy from a rewrite.
 */
import anyAscii from "any-ascii";

const WORD = /[a-z0-9]+/g;

/** Lower-case ASCII words of the text, punctuation dropped. */
export function normalisedWords(text: string): string[] {
  return anyAscii(text.normalize("NFKC")).toLowerCase().match(WORD) ?? [];
}

/** FNV-1a, 32 bits: fast and well spread on short strings; only equality of hashes matters here. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Distinct hashes of the word `size`-shingles of the words. A text shorter than one
 * shingle gives one shingle of all its words, so it still matches its exact copies.
 */
export function shingleHashes(words: string[], size: number): Uint32Array {
  const hashes = new Set<number>();
  const last = Math.max(1, words.length - size + 1);
  for (let i = 0; i < last && words.length > 0; i++) {
    hashes.add(fnv1a32(words.slice(i, i + size).join(" ")));
  }
  return Uint32Array.from(hashes);
}

/** Hash of the whole normalised text, hex: identical copies share it. */
export function exactHash(words: string[]): string {
  // Two independent 32-bit hashes (forward and reversed word order) make an accidental
  // equality of 64 bits needed before two different texts count as identical.
  const forward = fnv1a32(words.join(" "));
  const backward = fnv1a32([...words].reverse().join(" "));
  return forward.toString(16).padStart(8, "0") + backward.toString(16).padStart(8, "0");
}
