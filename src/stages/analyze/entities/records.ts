/**
 * Records the recogniser passes between its steps (not exported from the stage):
 * a unit of a capitalised sequence, a sequence, and a found name before it becomes
 * an EntityMention.
 */
import type { EntityType } from "../types.js";
import type { GazetteerMatch } from "./gazetteer.js";
import type { Word } from "./tokens.js";

/** One piece of a capitalised sequence: a gazetteer phrase (possibly several words) or one word. */
export interface Unit {
  /** Word indices in the sentence, [from, to). */
  from: number;
  to: number;
  /** gazetteer: a listed phrase; word: one capitalised word; connector: a small word between two ("of", "bin"). */
  kind: "gazetteer" | "word" | "connector";
  gazetteer?: GazetteerMatch;
}

/** A run of capitalised words (and the small words allowed between them) in one sentence. */
export interface Sequence {
  sentence: number;
  units: Unit[];
}

/** How a name got its type, strongest first: used to settle disagreements across an article. */
export type Evidence = "gazetteer" | "title" | "head" | "context" | "given-name" | "document" | "shape";

export const EVIDENCE_STRENGTH: Record<Evidence, number> = {
  gazetteer: 6,
  title: 5,
  head: 4,
  context: 3,
  "given-name": 3,
  document: 2,
  shape: 1,
};

export interface Found {
  sentence: number;
  /** Word indices in the sentence, [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  evidence: Evidence;
  /** Gazetteer canonical name, when the name is listed. */
  canonical?: string;
  role?: string;
  /** Word index where the role written before the name starts (roles.ts looks left of it for an affiliation). */
  roleFrom?: number;
  affiliation?: string;
}

/** What every step may read about the article. */
export interface DocumentContext {
  text: string;
  /** Words per sentence (see tokens.ts). */
  words: Word[][];
  /** Lower-case forms of the words the article writes in lower case somewhere: "the", "talks"... */
  lowercaseWords: Set<string>;
  /** Words (as written) that start with a capital somewhere other than a sentence start, in body sentences. */
  capitalisedInside: Set<string>;
  /** Lower-case forms of capitalised words that are common English words (wink's lexicon, see tokens.ts). */
  dictionary: Set<string>;
  /** Body sentences written mostly in capitals ("Egypt's Role: Broker, Mediator, or Something More?"): their capitals prove little. */
  capitalHeavy: Set<number>;
}
