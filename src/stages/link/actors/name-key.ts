/**
 * Romanisation-aware name keys. The same Arabic, Hebrew or Persian name reaches the
 * news in many spellings ("Nakhala", "Najalah", "Nakhalah"; "Haniyeh", "Haniya";
 * "Ziad", "Ziyad"; "Mohammed", "Muhammad"); the key maps such spellings of one token to
 * one string, and the skeleton (consonants only) to a coarser one that only serves
 * to find candidates, never to decide a merge on its own.
 *
 * Per token, in order:
 *   any-ascii, lower case, letters only;
 *   a final "h" after a vowel is dropped ("Najalah" -> "najala", "Haniyeh" -> "haniye");
 *   kh, ch, j and h become one letter "h" (Spanish "j" and English "kh" both write the
 *   Arabic kha: "Najalah" / "Nakhala"); sh -> "S", gh -> g, dh -> d, th -> t,
 *   ph -> f, q -> k, ck / c -> k, x -> ks;
 *   y is a vowel except at the start ("Ziyad" = "Ziad");
 *   doubled letters collapse ("Abbas" = "Abas", "Hayya" = "Haya");
 *   the first vowel keeps its class (a / i-e / o-u: "Oman" is not "Amman"), any later
 *   run of vowels becomes "a" (Kamel = Kamal, Mohammed = Muhammad).
 * Names lose their Arabic articles ("al-", "el-", "ad-"...), and "Abdel", "Abdul",
 * "Abd al-" become "abd".
 */
import anyAscii from "any-ascii";

/** Articles written before Arabic names; dropped when attached with a hyphen or written in lower case. */
const ARTICLES = new Set(["al", "el", "ad", "ed", "as", "ash", "at", "az", "an", "ar", "adh", "ul"]);

/** Spellings of "servant of" that start compound names. */
const ABD_FORMS = new Set(["abd", "abdel", "abdul", "abdal", "abdol", "abdu"]);

const VOWELS = /[aeiou]/;

/** A name's first vowel keeps one of three classes: "Amman" / "Oman", "Ali" / "Eli" stay apart. */
const FIRST_VOWEL_CLASS: Record<string, string> = { a: "a", e: "i", i: "i", o: "u", u: "u" };

/** The name's words, normalised, articles dropped: "Ziad al-Nakhala" -> ["ziad", "nakhala"]. */
export function nameTokens(name: string): string[] {
  const raw = anyAscii(name).replace(/['’`]/g, "").split(/[\s]+/).filter((t) => t.length > 0);
  const tokens: string[] = [];
  for (const word of raw) {
    const parts = word.split(/[-‐‑–]/).filter((p) => p.length > 0);
    parts.forEach((part, i) => {
      const lower = part.toLowerCase().replace(/[^a-z0-9]/g, "");
      if (lower === "") return;
      const hyphenated = parts.length > 1 && i < parts.length - 1;
      const isArticle = ARTICLES.has(lower) && (hyphenated || part === lower);
      if (isArticle) return;
      tokens.push(lower);
    });
  }
  // A capitalised "Al" before two or more words is an article too ("Al Qahera News"), but "Al Gore" is a person.
  if (tokens.length >= 3 && tokens[0] === "al") tokens.shift();
  // "Jr", "III": a generation, not a name part ("Arcade Comeaux Jr" is "Comeaux").
  while (tokens.length > 1 && GENERATIONS.has(tokens[tokens.length - 1]!)) tokens.pop();
  return mergeAbd(tokens).map(britishSpelling);
}

/** Generational suffixes dropped from the end of a name. */
const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** "Centre", "Theatre" -> "center", "theater": one spelling for one place. */
function britishSpelling(token: string): string {
  return token.length > 4 && token.endsWith("tre") ? `${token.slice(0, -3)}ter` : token;
}

function mergeAbd(tokens: string[]): string[] {
  return tokens.map((t) => (ABD_FORMS.has(t) ? "abd" : t));
}

/** The key of one normalised token (see the module comment). */
export function tokenKey(token: string): string {
  let t = token.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (/[0-9]/.test(t)) return t;
  if (t.length > 2 && t.endsWith("h") && VOWELS.test(t[t.length - 2]!)) t = t.slice(0, -1);
  t = t
    .replace(/sh/g, "S")
    .replace(/kh|ch|j/g, "h")
    .replace(/gh/g, "g")
    .replace(/dh/g, "d")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/[qc]/g, "k")
    .replace(/x/g, "ks");
  t = t[0] + t.slice(1).replace(/y/g, "i");
  t = t.replace(/(.)\1+/g, "$1");
  const first = t[0]!;
  const head = FIRST_VOWEL_CLASS[first] ?? first;
  const rest = t.slice(1).replace(/[aeiou]+/g, "a");
  return (head + rest).replace(/(.)\1+/g, "$1");
}

/** Consonants of a token key: a coarse key to find spelling variants that differ in vowels ("nahala" / "nahl" -> "nhl"). */
export function skeleton(key: string): string {
  const consonants = key.slice(1).replace(/[aiu]/g, "");
  return ((/[aiu]/.test(key[0] ?? "") ? "" : key[0] ?? "") + consonants).replace(/(.)\1+/g, "$1");
}

/**
 * The keys of a name's tokens. An acronym keeps its letters ("PPO" is not "PA"):
 * spelling variants are a matter of words, not of initials.
 */
export function nameKeyTokens(name: string): string[] {
  const acronym = asAcronym(name);
  if (acronym) return [acronym];
  return nameTokens(name).map(tokenKey);
}

/**
 * Romanisation-aware key of a whole name: token keys joined by spaces.
 *
 * @example nameKey("Ziad al-Nakhala") === nameKey("Ziad Najalah") // true
 * @example nameKey("Ismail Haniyeh") === nameKey("Ismail Haniya") // true
 */
export function nameKey(name: string): string {
  return nameKeyTokens(name).join(" ");
}

/** Initials of the capitalised words of a name, for acronym look-ups: "Palestinian Islamic Jihad" -> "PIJ". */
export function acronymOf(name: string): string | undefined {
  const words = anyAscii(name).split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w));
  if (words.length < 2) return undefined;
  return words.map((w) => w[0]).join("");
}

/** Is the name itself written as an acronym ("PIJ", "U.N.")? Then its letters, else undefined. */
export function asAcronym(name: string): string | undefined {
  const letters = anyAscii(name).replace(/[.\s]/g, "");
  return /^[A-Z]{2,6}$/.test(letters) ? letters : undefined;
}
