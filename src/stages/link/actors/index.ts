/**
 * Cross-source actor resolution: one actor per real person, organisation, outlet or
 * place, with every spelling the sources used, their roles and affiliations.
 *
 *   const resolver = new ActorResolver(parseActorDictionary(json));
 *   const resolutions = resolver.add(mentions.map((mention) => ({ articleId, mention })));
 *   resolver.actors();            // Actor[]
 *   resolver.merge(a, b); resolver.split(a, ["Abbas"]);   // user corrections
 *   store(resolver.toState());    // plain data; ActorResolver.fromState(state) to go on
 */
export { ActorResolver } from "./resolver.js";
export { parseActorDictionary, EMPTY_DICTIONARY } from "./dictionary.js";
export { nameKey, nameKeyTokens, nameTokens, tokenKey, skeleton, acronymOf, asAcronym } from "./name-key.js";
export { roleClass, affiliationKey } from "./evidence.js";
export { AliasTable, typeGroup } from "./aliases.js";
export type { TypeGroup, ListedName } from "./aliases.js";
export type {
  Actor, ActorVariant, ActorDictionary, ActorDictionaryEntry, MentionInput, NeverMergePair, Resolution, ResolutionRule, ResolverState,
} from "./types.js";
