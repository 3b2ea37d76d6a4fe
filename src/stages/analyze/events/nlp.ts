/**
 * Tokens of one sentence with offsets, part of speech and lemma, from wink-nlp.
 *
 * wink-nlp gives token values, tags and lemmas but no offsets; offsets are recovered
 * by finding each value in the text from a moving cursor (wink keeps values verbatim).
 * Its tagger and lemmatiser slip on news text ("waged" -> "wag", "French" tagged VERB,
 * a capitalised "Negotiations" tagged PROPN), so every token also carries a few
 * candidate base forms (`forms`) and the rules test words against all of them.
 */
import { firstTokenFrom, tagTokens } from "../../../util/wink.js";

export interface Token {
  /** Position in the sentence's token list. */
  index: number;
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink ("VERB", "NOUN", "PROPN", "ADP", ...). */
  pos: string;
  /** Lower-case base forms to match words against: the lemma, the word itself and suffix-stripped guesses. */
  forms: string[];
  /** True when the token starts with an upper-case letter. */
  capitalized: boolean;
  /** True when white space precedes the token (false inside "Qatari-brokered"). */
  spaced: boolean;
}

/**
 * Tokenises `text.slice(start, end)` and returns tokens with offsets into `text`. The
 * whole text is tagged once (util/wink.ts caches it), so coding every sentence of an
 * article costs one tagging pass, and a sentence's tags see their real context.
 *
 * @example tokenizeSpan("Israel freed 240 prisoners.", 0, 27)[1].forms // ["freed", "free", ...]
 */
export function tokenizeSpan(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const tagged = tagTokens(text);
  for (let i = firstTokenFrom(tagged, start); i < tagged.length; i++) {
    const t = tagged[i]!;
    if (t.end > end) break;
    const lower = t.text.toLowerCase();
    tokens.push({
      index: tokens.length,
      start: t.start,
      end: t.end,
      text: t.text,
      lower,
      lemma: t.lemma,
      pos: t.pos,
      forms: baseForms(lower, t.lemma),
      capitalized: /^\p{Lu}/u.test(t.text),
      spaced: t.start === start || /\s/u.test(text[t.start - 1] ?? " "),
    });
  }
  return tokens;
}

/** Irregular forms wink's lemmatiser misses or gets wrong on news text. */
const IRREGULAR: Record<string, string> = {
  waged: "wage",
  waging: "wage",
  wages: "wage",
  talks: "talk",
  freed: "free",
  fled: "flee",
  sought: "seek",
  struck: "strike",
  shot: "shoot",
  held: "hold",
  met: "meet",
  sent: "send",
  swore: "swear",
  sworn: "swear",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  forbade: "forbid",
  forbidden: "forbid",
  beaten: "beat",
  retaken: "retake",
  retook: "retake",
  overran: "overrun",
  taken: "take",
  took: "take",
  stricken: "strike",
  bombed: "bomb",
  forgave: "forgive",
  forgiven: "forgive",
  broke: "break",
  broken: "break",
  froze: "freeze",
  frozen: "freeze",
  drove: "drive",
  fought: "fight",
  gave: "give",
  given: "give",
  spoke: "speak",
  spoken: "speak",
  wounded: "wound",
  hostilities: "hostility",
  "n't": "not",
};

/**
 * Candidate base forms of a word: lemma, the word, an irregular form, and the word with
 * a regular suffix removed ("shelled" -> "shell", "bombed" -> "bomb", "rioting" -> "riot").
 * Over-generation is harmless here: a form only matters if the lexicon lists it.
 */
export function baseForms(lower: string, lemma: string): string[] {
  const forms = lemma === lower ? [lower] : [lemma, lower];
  const irregular = IRREGULAR[lower];
  if (irregular && !forms.includes(irregular)) forms.push(irregular);
  // Only words long enough to carry a suffix, and only letters: numbers and punctuation have none.
  if (lower.length > 4 && /^[a-z-]+$/u.test(lower)) for (const stem of suffixStems(lower)) if (!forms.includes(stem)) forms.push(stem);
  return forms;
}

function suffixStems(word: string): string[] {
  const stems: string[] = [];
  const strip = (suffix: string) => (word.length > suffix.length + 2 && word.endsWith(suffix) ? word.slice(0, -suffix.length) : null);
  const ed = strip("ed");
  if (ed) stems.push(ed, ed + "e", undouble(ed));
  const ing = strip("ing");
  if (ing) stems.push(ing, ing + "e", undouble(ing));
  const ies = strip("ies");
  if (ies) stems.push(ies + "y");
  const es = strip("es");
  if (es) stems.push(es);
  const s = strip("s");
  if (s && !word.endsWith("ss")) stems.push(s);
  return stems;
}

/** "shelled" -> "shell" keeps the double l; "kidnapped" -> "kidnap" drops the second p. */
function undouble(stem: string): string {
  return /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** True when any of the token's base forms is in `words`. */
export function hasForm(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token !== undefined && token.forms.some((f) => words.has(f));
}
