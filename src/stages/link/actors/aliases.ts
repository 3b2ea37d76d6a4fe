/**
 * The alias table: names with a known canonical form. Two sources, the user's
 * dictionary first, then the recogniser's gazetteer (countries, capitals, cities,
 * organisations, armed groups and parties, outlets, each with its aliases and short
 * forms: "PIJ" and "Islamic Jihad" -> "Palestinian Islamic Jihad", "UNSC" and
 * "Security Council" -> "United Nations Security Council"). The gazetteer lives with
 * the recogniser (src/stages/analyze/entities/gazetteer-data.ts) so one list serves both
 * stages.
 */
import { lookupPhrase, phraseKey } from "../../analyze/entities/index.js";
import type { EntityType } from "../../analyze/types.js";
import { nameKey } from "./name-key.js";
import type { ActorDictionary } from "./types.js";

export type TypeGroup = "PERSON" | "ORG" | "PLACE";

/** Types that may share an actor: an outlet is an organisation, a GPE and a LOC are both places. */
export function typeGroup(type: EntityType): TypeGroup {
  if (type === "PERSON") return "PERSON";
  if (type === "ORG" || type === "MEDIA") return "ORG";
  return "PLACE";
}

export interface ListedName {
  canonical: string;
  type: EntityType;
}

export class AliasTable {
  private readonly exact = new Map<string, ListedName>();
  private readonly byNameKey = new Map<string, ListedName>();

  constructor(dictionary: ActorDictionary) {
    for (const entry of dictionary.actors) {
      const listed = { canonical: entry.canonical, type: entry.type };
      for (const alias of [entry.canonical, ...entry.aliases]) {
        this.exact.set(`${typeGroup(entry.type)}|${phraseKey(alias)}`, listed);
        // Persons are also found by their romanisation-aware key: the user lists one spelling.
        if (entry.type === "PERSON") this.byNameKey.set(nameKey(alias), listed);
      }
    }
  }

  /**
   * The canonical name `text` stands for, within its type group, or undefined.
   *
   * @example table.lookup("PIJ", "ORG") // { canonical: "Palestinian Islamic Jihad", type: "ORG" }
   */
  lookup(text: string, type: EntityType): ListedName | undefined {
    const group = typeGroup(type);
    const own = this.exact.get(`${group}|${phraseKey(text)}`) ?? (group === "PERSON" ? this.byNameKey.get(nameKey(text)) : undefined);
    if (own) return own;
    const listed = lookupPhrase(text);
    if (listed && typeGroup(listed.type) === group) return { canonical: listed.canonical, type: listed.type };
    return undefined;
  }
}
