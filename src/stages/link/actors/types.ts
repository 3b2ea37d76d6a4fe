/**
 * Records of cross-source actor resolution. Everything here is a plain object so the
 * resolver state can be stored as JSON and loaded again (ActorResolver.toState /
 * ActorResolver.fromState).
 */
import type { EntityMention, EntityType } from "../../analyze/types.js";

export interface ActorVariant {
  /** The name as written in an article ("Ziad Najalah"). */
  text: string;
  /** Mentions written this way. */
  count: number;
  /** Articles where it was written this way. */
  articleIds: string[];
}

/** One real-world person, organisation, outlet or place, with every way the sources wrote it. */
export interface Actor {
  id: string;
  /** Display name: the dictionary or gazetteer name when there is one, else the fullest, most used variant. */
  canonical: string;
  type: EntityType;
  variants: ActorVariant[];
  /** Roles as written ("Secretary-General", "head"), each once. */
  roles: string[];
  /** Affiliations as written ("Islamic Jihad", "Palestinian Islamic Jihad"), each once. */
  affiliations: string[];
  /** True when the canonical name comes from the user's dictionary or the gazetteer. */
  listed?: boolean;
  /** Mentions per recognised type: `type` is the most frequent (the recogniser may type one name two ways across articles). */
  mentionTypes?: Partial<Record<EntityType, number>>;
}

/** One mention to resolve: the article it comes from and the mention itself. */
export interface MentionInput {
  articleId: string;
  mention: EntityMention;
}

/**
 * Why a mention went to its actor, strongest first:
 *   pinned      a user merge/split fixed where this exact text goes;
 *   listed      the dictionary or the gazetteer names it (alias, acronym, short form);
 *   exact       same romanisation-aware key as a variant of the actor;
 *   partial     first and last name agree with a longer name ("Ismail Haniyeh" / "Ismail Abdel Salam Haniyeh");
 *   surname     a surname alone, matching one person's full name;
 *   short-form  an organisation's shorter name or acronym ("Islamic Jihad", "PIJ");
 *   evidence    similar spelling plus the same first name and the same role or organisation;
 *   local       joined to a name of the same article (surname after the full name);
 *   new         no actor matched: a new one.
 */
export type ResolutionRule = "pinned" | "listed" | "exact" | "partial" | "surname" | "short-form" | "evidence" | "local" | "new";

export interface Resolution {
  articleId: string;
  /** Index of the mention in the list given to `add`. */
  index: number;
  actorId: string;
  rule: ResolutionRule;
}

export interface ActorDictionaryEntry {
  canonical: string;
  type: EntityType;
  aliases: string[];
}

/** Two names the resolver must never put in one actor. */
export interface NeverMergePair {
  a: string;
  b: string;
}

/** The user's own list: names, their aliases, and names that must stay apart. */
export interface ActorDictionary {
  actors: ActorDictionaryEntry[];
  neverMerge: NeverMergePair[];
}

/** The resolver's state as plain data. */
export interface ResolverState {
  version: 1;
  nextId: number;
  actors: Actor[];
  /** Actor ids the user separated: never merged again, by rule or by hand. */
  separated: Array<{ a: string; b: string }>;
  /** Exact texts (phraseKey) the user assigned to an actor by a split: they go there first. */
  pins: Array<{ key: string; actorId: string }>;
  /** Ids of actors merged into another: old id -> id it now lives under. */
  redirects: Array<{ from: string; to: string }>;
}
