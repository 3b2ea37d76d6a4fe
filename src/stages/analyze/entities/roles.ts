/**
 * Roles and affiliations of persons, read from the words around the name:
 *   before: "[Islamic Jihad's] Secretary-General X", "[Hamas] official X",
 *           "[Egypt's] intelligence chief X", "[Iranian] Foreign Minister X",
 *           "the country's intelligence chief, X" (the country: the last one named);
 *   after:  "X, head of [Palestinian Islamic Jihad]", "X, a [Hamas] official".
 * A title inside the capitalised run was already split off by classify.ts; here the
 * lower-case roles and the affiliations are added.
 */
import { ROLE_HEADS, ROLE_MODIFIERS } from "./cues.js";
import { countryOfDemonym } from "./gazetteer.js";
import type { DocumentContext, Found } from "./records.js";
import { wordsText } from "./tokens.js";
import type { Word } from "./tokens.js";

const POSSESSIVES = new Set(["'s", "’s", "'", "’"]);
const ARTICLES = new Set(["the", "a", "an", "its", "his", "her", "their"]);
/** Prepositions that tie a role to its organisation: "head of", "spokesman for". */
const ROLE_PREPOSITIONS = new Set(["of", "for", "at", "in", "with"]);
/** Nouns that stand for the last-named country or group: "the country's intelligence chief". */
const COUNTRY_ANAPHORS = new Set(["country", "nation", "kingdom", "emirate", "state"]);
const GROUP_ANAPHORS = new Set(["group", "movement", "organisation", "organization", "faction"]);

/** Adds role and affiliation to every person in `found` (all of one article, in text order), in place. */
export function attachRoles(found: Found[], context: DocumentContext): void {
  const bySentence = new Map<number, Found[]>();
  for (const f of found) {
    const list = bySentence.get(f.sentence) ?? [];
    list.push(f);
    bySentence.set(f.sentence, list);
  }
  for (const f of found) {
    if (f.type !== "PERSON") continue;
    const words = context.words[f.sentence]!;
    const inSentence = bySentence.get(f.sentence) ?? [];
    readLeft(f, words, inSentence, found);
    if (f.role === undefined) readRight(f, words, inSentence);
  }
}

function isRoleWord(word: Word | undefined): boolean {
  if (!word) return false;
  const lower = word.text.toLowerCase();
  return ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower);
}

function isRoleHead(word: Word | undefined): boolean {
  return word !== undefined && ROLE_HEADS.has(word.text.toLowerCase());
}

function covered(index: number, inSentence: Found[]): boolean {
  return inSentence.some((f) => index >= f.from && index < f.to);
}

function readLeft(f: Found, words: Word[], inSentence: Found[], all: Found[]): void {
  let k = f.roleFrom ?? f.from;
  if (f.role === undefined) {
    let end = k; // role words end before the name, or before a comma before it
    if (words[k - 1]?.text === "," && isRoleHead(words[k - 2])) end = k - 1;
    if (isRoleHead(words[end - 1]) && !covered(end - 1, inSentence)) {
      let start = end - 1;
      while (start > 0 && isRoleWord(words[start - 1]) && !covered(start - 1, inSentence)) start--;
      f.role = wordsText(words, start, end);
      f.roleFrom = start;
      k = start;
    }
  }
  if (f.affiliation !== undefined) return;
  f.affiliation = affiliationBefore(k, words, inSentence, all, f);
  if (f.affiliation === undefined) delete f.affiliation;
}

function affiliationBefore(k: number, words: Word[], inSentence: Found[], all: Found[], person: Found): string | undefined {
  const previous = words[k - 1];
  if (!previous) return undefined;
  if (POSSESSIVES.has(previous.text)) {
    const owner = inSentence.find((o) => o.to === k - 1 && o.type !== "PERSON");
    if (owner) return owner.text;
    const noun = words[k - 2]?.text.toLowerCase();
    if (noun && words[k - 3]?.text.toLowerCase() === "the") return anaphor(noun, all, person);
    return undefined;
  }
  // Without a role, only a possessive ties a name to a group ("Hamas's Haniyeh"), not mere adjacency.
  if (person.role === undefined) return undefined;
  const adjacent = inSentence.find((o) => o.to === k && o.type !== "PERSON");
  if (adjacent) return adjacent.text;
  return countryOfDemonym(previous.text);
}

/** The last country (or group) named before the person, for "the country's" ("the group's"). */
function anaphor(noun: string, all: Found[], person: Found): string | undefined {
  const wanted = COUNTRY_ANAPHORS.has(noun) ? "GPE" : GROUP_ANAPHORS.has(noun) ? "ORG" : undefined;
  if (!wanted) return undefined;
  let best: Found | undefined;
  for (const f of all) {
    if (f.start >= person.start) break;
    if (f.type === wanted && person.sentence - f.sentence <= 1) best = f;
  }
  return best?.canonical ?? best?.text;
}

/** "X, head of Palestinian Islamic Jihad", "X, a Hamas official", "X, Egypt's intelligence chief". */
function readRight(f: Found, words: Word[], inSentence: Found[]): void {
  if (words[f.to]?.text !== ",") return;
  let p = f.to + 1;
  while (ARTICLES.has(words[p]?.text.toLowerCase() ?? "")) p++;
  let affiliation: string | undefined;
  const owner = inSentence.find((o) => o.from === p && o.type !== "PERSON");
  if (owner) {
    affiliation = owner.text;
    p = owner.to;
    if (POSSESSIVES.has(words[p]?.text ?? "")) p++;
  } else if (words[p] && countryOfDemonym(words[p]!.text)) {
    affiliation = countryOfDemonym(words[p]!.text);
    p++;
  }
  const roleStart = p;
  while (isRoleWord(words[p]) && !covered(p, inSentence)) p++;
  if (p === roleStart || !isRoleHead(words[p - 1])) return;
  f.role = wordsText(words, roleStart, p);
  if (affiliation === undefined && ROLE_PREPOSITIONS.has(words[p]?.text.toLowerCase() ?? "")) {
    let q = p + 1;
    while (ARTICLES.has(words[q]?.text.toLowerCase() ?? "")) q++;
    const target = inSentence.find((o) => o.from === q && o.type !== "PERSON");
    if (target) affiliation = target.text;
  }
  if (affiliation !== undefined) f.affiliation = affiliation;
}
