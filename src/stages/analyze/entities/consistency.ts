/**
 * Article-level consistency, after every sentence was read on its own:
 *   1. one name, one type: every mention of a name takes the type its strongest
 *      evidence gave it anywhere in the article ("Haniyeh" after "Hamas leader
 *      Ismail Haniyeh" is a person even where nothing around it says so);
 *   2. a surname alone after a full name is that person;
 *   3. names the article already knows are found again where the sentence reader
 *      skipped them: in Title Case headlines (read only for known and listed names,
 *      so "Navigating Talks Amidst Gaza Escalation" does not become four entities)
 *      and at sentence starts.
 */
import type { EntityType } from "../types.js";
import { ARTICLE_PREFIXES } from "./cues.js";
import { gazetteerUnitAt, isCapitalised } from "./candidates.js";
import { lookupPhrase, phraseKey } from "./gazetteer.js";
import { EVIDENCE_STRENGTH } from "./records.js";
import type { DocumentContext, Found } from "./records.js";
import { isThing, thingNames } from "./things.js";

/** Longest known name, in words, looked for again in the recall pass. */
const MAX_RECALL_WORDS = 5;

interface KnownName {
  type: EntityType;
  canonical?: string;
}

/** Key of a name for article-level comparison: phraseKey without Arabic articles ("al-Nakhala" = "Nakhala"). */
export function localKey(text: string): string {
  let lower = text.toLowerCase();
  for (const prefix of ARTICLE_PREFIXES) {
    if (lower.startsWith(prefix)) {
      lower = lower.slice(prefix.length);
      break;
    }
  }
  return phraseKey(lower);
}

/** Applies the three article-level rules; `titleSentences` are the headline sentences read only for known names. */
export function harmonise(all: Found[], context: DocumentContext, titleSentences: Set<number>): Found[] {
  const things = thingNames(context, localKey);
  const allSurnames = things.size === 0 ? undefined : surnamesOf(all);
  const found = allSurnames === undefined ? all : all.filter((f) => !isThing(f, things, allSurnames, localKey));
  confirmLeaders(found);
  unifyTypes(found);
  const shortNames = shortNamesOf(found);
  for (const f of found) {
    if (f.type === "PERSON" && f.evidence === "shape" && shortNames.has(localKey(f.text))) {
      f.type = "ORG";
      f.evidence = "document";
    }
  }
  const surnames = surnamesOf(found);
  for (const f of found) {
    // A listed place keeps its type ("Jordan" after "Michael Jordan" is still ambiguous); a listed company does not ("Ford" after "Betty Ford").
    const listedPlace = f.evidence === "gazetteer" && f.type !== "ORG" && f.type !== "MEDIA";
    if (f.type !== "PERSON" && !listedPlace && surnames.has(localKey(f.text))) {
      f.type = "PERSON";
      f.evidence = "document";
    }
  }
  const known = knownNames(found, surnames);
  for (const short of shortNames) if (!known.has(short)) known.set(short, { type: "ORG" });
  const recalled = recall(found, context, known, titleSentences);
  return [...found, ...recalled].sort((a, b) => a.start - b.start);
}

/** Last words of company names that the company drops when named again: "Summit Entertainment" -> "Summit". */
const CORPORATE_SUFFIXES = new Set([
  "entertainment", "studios", "records", "foods", "motors", "advisors", "advisers", "networks", "group", "inc", "inc.",
  "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "holdings", "industries", "enterprises", "technologies",
  "systems", "labs", "partners", "pharmaceuticals", "solutions", "ventures", "airlines", "airways", "distributors",
]);

/**
 * Short names of organisations: "Red Sox" and "Sox" for "Boston Red Sox", "Saints" for
 * "New Orleans Saints" (named after a listed place); "Summit" for "Summit
 * Entertainment" (a company without its corporate suffix). The article may use them
 * alone, at a sentence start or in a headline, where nothing else types them.
 */
function shortNamesOf(found: Found[]): Set<string> {
  const short = new Set<string>();
  for (const f of found) {
    if (f.type !== "ORG") continue;
    const parts = f.text.split(/\s+/);
    if (f.evidence === "head" && parts.length >= 2 && CORPORATE_SUFFIXES.has(parts[parts.length - 1]!.toLowerCase())) {
      const rest = parts.slice(0, -1).join(" ");
      if (lookupPhrase(rest) === undefined) short.add(localKey(rest));
    }
    // The longest listed place first: "Kansas City Chiefs" is "Chiefs", not "City Chiefs".
    for (let k = parts.length - 1; k >= 1; k--) {
      if (lookupPhrase(parts.slice(0, k).join(" "))?.type !== "GPE") continue;
      for (let j = k; j < parts.length; j++) short.add(localKey(parts.slice(j).join(" ")));
      break;
    }
  }
  return short;
}

/** Last words of a government named after its leader: "the Bush administration", "the Netanyahu government". */
const LEADERS_GOVERNMENTS = new Set(["administration", "government", "cabinet", "regime", "presidency"]);

/**
 * A name the article writes as a person somewhere and also as the leader of a
 * government ("the Bush administration") is a person: that is a head word's
 * evidence, and it outweighs "the Bush move" read as an organisation by its "the".
 * Upgrades the evidence of those persons, in place, before the types are unified.
 */
function confirmLeaders(found: Found[]): void {
  const leaders = new Set<string>();
  for (const f of found) {
    const parts = f.text.split(/\s+/);
    if (f.type !== "ORG" || f.evidence !== "head" || parts.length < 2) continue;
    if (LEADERS_GOVERNMENTS.has(parts[parts.length - 1]!.toLowerCase())) leaders.add(localKey(parts.slice(0, -1).join(" ")));
  }
  if (leaders.size === 0) return;
  for (const f of found) {
    if (f.type === "PERSON" && EVIDENCE_STRENGTH[f.evidence] < EVIDENCE_STRENGTH.head && leaders.has(localKey(f.text))) f.evidence = "head";
  }
}

function unifyTypes(found: Found[]): void {
  const best = new Map<string, Found>();
  for (const f of found) {
    const key = localKey(f.text);
    const current = best.get(key);
    if (!current || EVIDENCE_STRENGTH[f.evidence] > EVIDENCE_STRENGTH[current.evidence]) best.set(key, f);
  }
  for (const f of found) {
    const winner = best.get(localKey(f.text))!;
    if (winner.type !== f.type && EVIDENCE_STRENGTH[winner.evidence] > EVIDENCE_STRENGTH[f.evidence]) {
      f.type = winner.type;
      f.evidence = "document";
    }
  }
  // A given name alone ("Troy") that the article also writes as a place ("a Troy resident",
  // "Troy police") is that place: news names people in full or by surname, seldom by a lone first name.
  const places = new Map<string, Found>();
  for (const f of found) if (f.evidence === "context" && (f.type === "GPE" || f.type === "LOC")) places.set(localKey(f.text), f);
  for (const f of found) {
    const place = f.evidence === "given-name" && !/\s/.test(f.text) ? places.get(localKey(f.text)) : undefined;
    if (place) {
      f.type = place.type;
      f.evidence = "document";
    }
  }
}

/** Last name parts of the persons written with two or more words: "Haniyeh", "Nakhala". */
export function surnamesOf(found: Found[]): Set<string> {
  const surnames = new Set<string>();
  for (const f of found) {
    // A person typed by its shape alone is not sure enough to retype other names after it.
    if (f.type !== "PERSON" || f.evidence === "shape") continue;
    const parts = f.text.split(/\s+/);
    if (parts.length < 2) continue;
    surnames.add(localKey(parts[parts.length - 1]!));
  }
  return surnames;
}

function knownNames(found: Found[], surnames: Set<string>): Map<string, KnownName> {
  const known = new Map<string, KnownName>();
  for (const surname of surnames) known.set(surname, { type: "PERSON" });
  // A person typed by its shape does not retype other names, but its surname alone is still found again: "Manning threw...".
  for (const f of found) {
    const parts = f.text.split(/\s+/);
    if (f.type === "PERSON" && f.evidence === "shape" && parts.length >= 2) known.set(localKey(parts[parts.length - 1]!), { type: "PERSON" });
  }
  for (const f of found) {
    const entry: KnownName = { type: f.type };
    if (f.canonical) entry.canonical = f.canonical;
    known.set(localKey(f.text), entry);
  }
  return known;
}

function recall(found: Found[], context: DocumentContext, known: Map<string, KnownName>, titleSentences: Set<number>): Found[] {
  const covered = new Map<number, Set<number>>();
  for (const f of found) {
    const set = covered.get(f.sentence) ?? new Set<number>();
    for (let i = f.from; i < f.to; i++) set.add(i);
    covered.set(f.sentence, set);
  }
  const added: Found[] = [];
  context.words.forEach((words, sentence) => {
    const taken = covered.get(sentence) ?? new Set<number>();
    let i = 0;
    while (i < words.length) {
      const hit = taken.has(i) || !isCapitalised(words[i]!) ? undefined : matchAt(sentence, i, context, known, taken, titleSentences.has(sentence));
      if (hit) {
        added.push(hit);
        i = hit.to;
      } else i++;
    }
  });
  return added;
}

function matchAt(
  sentence: number,
  i: number,
  context: DocumentContext,
  known: Map<string, KnownName>,
  taken: Set<number>,
  isTitle: boolean,
): Found | undefined {
  const words = context.words[sentence]!;
  if (isTitle) {
    const unit = gazetteerUnitAt(words, i, context.text);
    if (unit && !rangeTaken(taken, unit.from, unit.to)) {
      return make(sentence, i, unit.to, context, unit.gazetteer!.type, "gazetteer", unit.gazetteer!.canonical);
    }
  }
  let limit = i;
  while (limit < Math.min(words.length, i + MAX_RECALL_WORDS) && !taken.has(limit)) limit++;
  for (let to = limit; to > i; to--) {
    if (!isCapitalised(words[to - 1]!)) continue;
    const text = context.text.slice(words[i]!.start, words[to - 1]!.end);
    const name = known.get(localKey(text));
    if (name) return make(sentence, i, to, context, name.type, "document", name.canonical);
  }
  return undefined;
}

function rangeTaken(taken: Set<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken.has(k)) return true;
  return false;
}

function make(sentence: number, from: number, to: number, context: DocumentContext, type: EntityType, evidence: Found["evidence"], canonical?: string): Found {
  const words = context.words[sentence]!;
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const f: Found = { sentence, from, to, start, end, text: context.text.slice(start, end), type, evidence };
  if (canonical) f.canonical = canonical;
  return f;
}
