/**
 * Tokens of one sentence with offsets, part of speech and lemma, from wink-nlp.
 *
 * wink-nlp gives token values, tags and lemmas but no offsets; offsets are recovered
 * by finding each value in the text from a moving cursor (wink keeps values verbatim).
 * Its tagger and lemmatiser slip on news text ("waged" -> "wag", "French" tagged VERB,
 * a capitalised "Negotiations" tagged PROPN), so every token also carries a few
 * candidate base forms (`forms`) and the rules test words against all of them.
 */
import { createRequire } from "node:module";
import type { WinkMethods } from "wink-nlp";

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

let nlp: WinkMethods | undefined;

/**
 * The wink-nlp instance, created on first use and kept for the process (loading the
 * model takes about half a second). Loaded with `require` so coding stays synchronous.
 */
function wink(): WinkMethods {
  if (nlp) return nlp;
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => WinkMethods;
  const model = require("wink-eng-lite-web-model") as unknown;
  // Sentence boundaries are needed by the tagger; NER and sentiment are not used.
  nlp = winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/** Longest stretch of skipped text between two tokens before a token is considered lost. */
const MAX_GAP_CHARS = 200;

/**
 * Tokenises `text.slice(start, end)` and returns tokens with offsets into `text`.
 *
 * @example tokenizeSpan("Israel freed 240 prisoners.", 0, 27)[1].forms // ["freed", "free", ...]
 */
export function tokenizeSpan(text: string, start: number, end: number): Token[] {
  const w = wink();
  const slice = text.slice(start, end);
  const doc = w.readDoc(slice);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(w.its.pos) as string[];
  // wink's typings give its.lemma a signature out() does not accept; it works at run time.
  const lemmas = doc.tokens().out(w.its.lemma as never) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = slice.indexOf(value, cursor);
    if (at === -1 || at - cursor > MAX_GAP_CHARS) continue;
    const lower = value.toLowerCase();
    const lemma = (lemmas[i] ?? value).toLowerCase();
    tokens.push({
      index: tokens.length,
      start: start + at,
      end: start + at + value.length,
      text: value,
      lower,
      lemma,
      pos: tags[i] ?? "X",
      forms: baseForms(lower, lemma),
      capitalized: /^\p{Lu}/u.test(value),
      spaced: at === 0 || /\s/u.test(slice[at - 1] ?? " "),
    });
    cursor = at + value.length;
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
