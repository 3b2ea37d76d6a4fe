/**
 * Context evidence for merging two spellings of a person: the same kind of role and
 * the same organisation or country. "Ziyad al-Nahl, head of Palestinian Islamic
 * Jihad" and "Islamic Jihad's Secretary-General Ziad al-Nakhala" share a leader role
 * and one organisation once both are put in canonical form.
 */
import { countryOfDemonym } from "../../analyze/entities/index.js";
import type { AliasTable } from "./aliases.js";
import { nameKey } from "./name-key.js";

/** Role words by class: two roles of one class are the same kind of post. */
const ROLE_CLASSES: Record<string, string> = {
  head: "leader", leader: "leader", chief: "leader", "secretary-general": "leader", "secretary general": "leader",
  chairman: "leader", chairwoman: "leader", chair: "leader", president: "leader", premier: "leader",
  "prime minister": "leader", king: "leader", queen: "leader", emir: "leader", sultan: "leader", founder: "leader",
  "supreme leader": "leader", commander: "commander", general: "commander", "gen.": "commander", colonel: "commander",
  spokesman: "spokesperson", spokeswoman: "spokesperson", spokesperson: "spokesperson",
  official: "official", member: "official", officer: "official", aide: "official", adviser: "official", advisor: "official",
  negotiator: "negotiator", mediator: "negotiator", envoy: "envoy", ambassador: "envoy", diplomat: "envoy",
};

/**
 * Class of a role: "minister:foreign" for "Foreign Minister", "leader" for "head",
 * "Secretary-General" or "intelligence chief", otherwise the head word itself.
 */
export function roleClass(role: string): string {
  const lower = role.toLowerCase().replace(/\s+/g, " ").trim();
  if (ROLE_CLASSES[lower]) return ROLE_CLASSES[lower];
  const words = lower.split(" ");
  const head = words[words.length - 1]!;
  if (head === "minister" && words.length > 1 && words[words.length - 2] !== "prime") return `minister:${words[words.length - 2]}`;
  const lastTwo = words.slice(-2).join(" ");
  return ROLE_CLASSES[lastTwo] ?? ROLE_CLASSES[head] ?? head;
}

/** Canonical key of an affiliation: the listed organisation or country it names, else its name key. */
export function affiliationKey(affiliation: string, aliases: AliasTable): string {
  const listed = aliases.lookup(affiliation, "ORG") ?? aliases.lookup(affiliation, "GPE");
  if (listed) return listed.canonical.toLowerCase();
  const country = countryOfDemonym(affiliation);
  if (country) return country.toLowerCase();
  return nameKey(affiliation);
}

export interface ContextEvidence {
  roleClasses: Set<string>;
  affiliationKeys: Set<string>;
}

export function contextEvidence(roles: Iterable<string>, affiliations: Iterable<string>, aliases: AliasTable): ContextEvidence {
  return {
    roleClasses: new Set([...roles].map(roleClass)),
    affiliationKeys: new Set([...affiliations].map((a) => affiliationKey(a, aliases))),
  };
}

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Number of kinds of agreement (0, 1 or 2): same role class, same organisation. */
export function agreement(a: ContextEvidence, b: ContextEvidence): number {
  return (shares(a.roleClasses, b.roleClasses) ? 1 : 0) + (shares(a.affiliationKeys, b.affiliationKeys) ? 1 : 0);
}

/** Both sides name an organisation or country and none is shared: a different person with a similar name. */
export function conflicts(a: ContextEvidence, b: ContextEvidence): boolean {
  return a.affiliationKeys.size > 0 && b.affiliationKeys.size > 0 && !shares(a.affiliationKeys, b.affiliationKeys);
}
