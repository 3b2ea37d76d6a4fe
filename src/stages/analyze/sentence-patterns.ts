/**
 * Abbreviations that end in a period without ending a sentence (lower-cased, without
 * the final period). Titles come first because they always precede a name.
 */
export const NON_FINAL_ABBREVIATIONS = new Set([
  // titles and ranks
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep",
  "gov", "pres", "amb", "rev", "hon", "st", "sr", "jr", "messrs", "mme", "mlle",
  // months and days
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // common in news copy
  "no", "nos", "vol", "fig", "approx", "est", "inc", "corp", "co", "ltd", "bros", "dept", "univ", "vs", "etc", "al",
  "ft", "mt", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
]);

/** Characters that may close a sentence after its final punctuation (quotes, brackets). */
export const CLOSERS = `"'”’)]»`;

/** A bullet or list marker at the start of a line. */
export const BULLET_PATTERN = /^\s*(?:[•\-*–—·▪●◦]|\d{1,2}[.)])\s+/;
