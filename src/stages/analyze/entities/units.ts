/** Small helpers over units and words shared by the classifiers. */
import type { EntityType } from "../types.js";
import type { DocumentContext, Evidence, Found, Unit } from "./records.js";
import { wordsText } from "./tokens.js";
import type { Word } from "./tokens.js";

/** The units' words as written. */
export function textOfUnits(units: Unit[], words: Word[]): string {
  return wordsText(words, units[0]!.from, units[units.length - 1]!.to);
}

/** Drops connectors ("of", "bin") left at either end of a run. */
export function trimConnectors(units: Unit[]): Unit[] {
  let start = 0;
  let end = units.length;
  while (start < end && units[start]!.kind === "connector") start++;
  while (end > start && units[end - 1]!.kind === "connector") end--;
  return units.slice(start, end);
}

/** A found name spanning the units, typed. */
export function makeFound(sentence: number, units: Unit[], context: DocumentContext, type: EntityType, evidence: Evidence): Found {
  const words = context.words[sentence]!;
  const from = units[0]!.from;
  const to = units[units.length - 1]!.to;
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  return { sentence, from, to, start, end, text: context.text.slice(start, end), type, evidence };
}
