/**
 * Names that stand for a facility: "the Harry Winston boutique", "a branch of the
 * Marfin bank", "a Ford dealership". A name written between an article and a
 * lower-case facility noun is the shop, bank or plant there, a place (LOC), whatever
 * typed it alone (a person's name, a company).
 */
import { FACILITY_NOUNS_AFTER, LOC_HEADS } from "./cues.js";
import { localKey } from "./consistency.js";
import type { DocumentContext, Found } from "./records.js";

const ARTICLES = new Set(["the", "a", "an"]);

/** Lower-case words allowed between a place's name and the facility noun: "a Staunton ice cream store". */
const MAX_FACILITY_MODIFIERS = 2;

/**
 * Retypes, in place, the persons and organisations written as the name of a facility.
 * With lower-case words between the name and the noun ("a Staunton ice cream store",
 * "a Woodburn jewellery shop"), the name is not the shop's but where it is: a place (GPE),
 * unless a list or a title typed it (a listed company: "a Ford car dealership").
 */
export function markFacilities(all: Found[], context: DocumentContext): void {
  for (const f of all) {
    if (f.type === "GPE" || f.type === "LOC") continue;
    const words = context.words[f.sentence]!;
    const texts = words.map((w) => w.text);
    if (!afterArticle(texts, f.from)) continue;
    const next = texts[f.to];
    if (next && FACILITY_NOUNS_AFTER.has(next)) {
      f.type = "LOC";
      continue;
    }
    for (let k = f.to + 1; k <= f.to + MAX_FACILITY_MODIFIERS && /^\p{Ll}+$/u.test(texts[k - 1] ?? ""); k++) {
      if (!FACILITY_NOUNS_AFTER.has(texts[k] ?? "") || !WEAK_EVIDENCE.has(f.evidence)) continue;
      f.type = "GPE";
      break;
    }
  }
}

/** Evidence a facility's short name overrides: "Betty Ford" typed a person by its given name alone. */
const WEAK_EVIDENCE = new Set(["given-name", "shape", "document", "context"]);

/**
 * A facility named after someone or something, written in full once ("the Betty Ford
 * Clinic") and then without its head word ("back to Betty Ford", "in Betty Ford"):
 * the short name is the facility too, unless stronger evidence typed it (a title, a
 * list). Retypes in place.
 */
export function markFacilityShortNames(all: Found[]): void {
  const shortNames = new Set<string>();
  for (const f of all) {
    if (f.type !== "LOC") continue;
    const parts = f.text.split(/\s+/);
    if (parts.length >= 3 && LOC_HEADS.has(parts[parts.length - 1]!.toLowerCase())) shortNames.add(localKey(parts.slice(0, -1).join(" ")));
  }
  if (shortNames.size === 0) return;
  for (const f of all) {
    if ((f.type === "PERSON" || f.type === "ORG") && WEAK_EVIDENCE.has(f.evidence) && !f.role && shortNames.has(localKey(f.text))) f.type = "LOC";
  }
}

/** "the X", or "a posh X": an article right before, or one lower-case word after it. */
function afterArticle(texts: string[], from: number): boolean {
  const previous = texts[from - 1] ?? "";
  if (ARTICLES.has(previous.toLowerCase())) return true;
  return /^\p{Ll}+$/u.test(previous) && ARTICLES.has((texts[from - 2] ?? "").toLowerCase());
}
