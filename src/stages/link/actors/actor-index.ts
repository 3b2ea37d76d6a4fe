/**
 * Look-up maps over the actors, keyed by name-key tokens, so resolving a mention
 * costs a few map reads whatever the number of actors (no scan of all actors).
 * Derived from the actors alone: rebuilt when a state is loaded, never stored.
 */
import { GPE_HEADS, LOC_HEADS, MEDIA_HEADS, ORG_HEADS } from "../../analyze/entities/cues.js";
import { typeGroup } from "./aliases.js";
import type { TypeGroup } from "./aliases.js";
import { acronymOf, asAcronym, nameKeyTokens, nameTokens, skeleton } from "./name-key.js";
import type { Actor } from "./types.js";

/**
 * key: full name key; firstLast: first and last token keys of a person's longer name;
 * last: a person's surname key; skeleton: first name key + surname skeleton;
 * acronymOfName / acronymWritten: "PIJ" as initials of a name / as written;
 * lastTwo: the last two token keys of a person's name of three tokens or more (compound surnames);
 * suffix: shorter forms of an organisation's or a place's name.
 */
export type IndexName = "key" | "firstLast" | "last" | "lastTwo" | "skeleton" | "acronymOfName" | "acronymWritten" | "suffix";

/** The entries an actor adds to the index, as "index|group|value" strings. */
export function actorEntries(actor: Actor): Set<string> {
  const group = typeGroup(actor.type);
  const entries = new Set<string>();
  const add = (index: IndexName, value: string) => entries.add(`${index}|${group}|${value}`);
  for (const variant of actor.variants) {
    const keys = nameKeyTokens(variant.text);
    if (keys.length === 0) continue;
    add("key", keys.join(" "));
    const written = asAcronym(variant.text);
    if (written) add("acronymWritten", written);
    if (group === "PERSON" && keys.length >= 2) {
      add("firstLast", `${keys[0]}~${keys[keys.length - 1]}`);
      add("last", keys[keys.length - 1]!);
      add("skeleton", `${keys[0]}~${skeleton(keys[keys.length - 1]!)}`);
      if (keys.length >= 3) add("lastTwo", keys.slice(-2).join(" "));
    }
    if (group === "ORG" && keys.length >= 2) {
      const acronym = acronymOf(variant.text);
      if (acronym) add("acronymOfName", acronym);
    }
    if (group !== "PERSON") for (const suffix of suffixKeys(variant.text, group)) add("suffix", suffix);
  }
  return entries;
}

/**
 * Proper suffixes of a name that can stand for it: "Islamic Jihad" for "Palestinian
 * Islamic Jihad", "Promises Treatment Center" for "Malibu Promises Treatment Center".
 * One-word suffixes only for organisations, and only when the word is not a generic
 * head ("Council", "News"); a place's last word alone ("Beach") never stands for it.
 */
export function suffixKeys(name: string, group: TypeGroup): string[] {
  const tokens = nameTokens(name);
  const keys = nameKeyTokens(name);
  if (keys.length !== tokens.length) return []; // an acronym
  const suffixes: string[] = [];
  for (let i = 1; i < keys.length; i++) {
    const rest = keys.slice(i);
    if (rest.length === 1 && (group !== "ORG" || GENERIC_HEADS.some((heads) => heads.has(tokens[i]!)))) continue;
    suffixes.push(rest.join(" "));
  }
  return suffixes;
}

const GENERIC_HEADS = [ORG_HEADS, MEDIA_HEADS, LOC_HEADS, GPE_HEADS];

export class ActorIndex {
  private readonly maps = new Map<string, Set<string>>();
  private readonly entriesOf = new Map<string, Set<string>>();

  /** (Re-)indexes an actor after it changed. */
  put(actor: Actor): void {
    this.remove(actor.id);
    const entries = actorEntries(actor);
    for (const entry of entries) {
      const ids = this.maps.get(entry) ?? new Set<string>();
      ids.add(actor.id);
      this.maps.set(entry, ids);
    }
    this.entriesOf.set(actor.id, entries);
  }

  remove(actorId: string): void {
    const entries = this.entriesOf.get(actorId);
    if (!entries) return;
    for (const entry of entries) {
      const ids = this.maps.get(entry);
      ids?.delete(actorId);
      if (ids && ids.size === 0) this.maps.delete(entry);
    }
    this.entriesOf.delete(actorId);
  }

  /** Actor ids under one index entry. */
  get(index: IndexName, group: TypeGroup, value: string): Set<string> {
    return this.maps.get(`${index}|${group}|${value}`) ?? EMPTY;
  }

  /** Does the actor have this entry (e.g. a variant with this key)? */
  has(actorId: string, index: IndexName, group: TypeGroup, value: string): boolean {
    return this.entriesOf.get(actorId)?.has(`${index}|${group}|${value}`) ?? false;
  }
}

const EMPTY: Set<string> = new Set();
