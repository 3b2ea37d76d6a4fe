/**
 * A light English stemmer: folds plural and verb endings so "talks", "talked" and
 * "talking" count as one term. Cruder than Porter's on derivations ("negotiation" and
 * "negotiate" stay apart) but never merges unrelated short words, which matters more
 * for telling events apart than recall on derived forms does.
 */

/** Words this short are left alone: stripping would merge too many ("bus", "gas", "was"). */
const MIN_STEM_INPUT = 4;
/** A stem must keep three letters ("sing" -> "s" is never right). */
const MIN_STEM = 3;

const VOWEL = /[aeiouy]/;
const DOUBLED_FINAL = /([bdgkmnprt])\1$/;

/** @example stem("negotiations") // "negotiation"; stem("stopped") // "stop"; stem("talking") // "talk" */
export function stem(word: string): string {
  if (word.length < MIN_STEM_INPUT || /\d/.test(word)) return word;
  let w = word.replace(/['’]s$/, "");
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  w = stripVerbEnding(w, "ing") ?? stripVerbEnding(w, "ed") ?? w;
  // "make" / "making" / "made" aside, a final e is the usual difference between a
  // base form and its stripped -ing / -ed form ("hosting" vs "host", "retire" vs "retir").
  if (w.endsWith("e") && w.length > MIN_STEM + 1) w = w.slice(0, -1);
  return w;
}

function stripVerbEnding(word: string, ending: string): string | null {
  if (!word.endsWith(ending)) return null;
  const base = word.slice(0, -ending.length);
  if (base.length < MIN_STEM || !VOWEL.test(base)) return null;
  return DOUBLED_FINAL.test(base) ? base.slice(0, -1) : base;
}
