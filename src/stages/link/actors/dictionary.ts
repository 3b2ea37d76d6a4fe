/**
 * The user's actor dictionary, read from JSON:
 *
 *   {
 *     "actors": [
 *       { "canonical": "Palestinian Islamic Jihad", "type": "ORG", "aliases": ["PIJ", "Islamic Jihad"] }
 *     ],
 *     "neverMerge": [ { "a": "Abbas Kamel", "b": "Mahmoud Abbas" } ]
 *   }
 *
 * Both keys are optional. Errors name the path of the bad value, what was expected
 * and what was found.
 */
import type { EntityType } from "../../analyze/types.js";
import type { ActorDictionary, ActorDictionaryEntry, NeverMergePair } from "./types.js";

const ENTITY_TYPES: EntityType[] = ["PERSON", "ORG", "GPE", "LOC", "MEDIA"];

export const EMPTY_DICTIONARY: ActorDictionary = { actors: [], neverMerge: [] };

function fail(path: string, expected: string, found: unknown): never {
  const shown = found === undefined ? "nothing" : JSON.stringify(found);
  throw new Error(`actor dictionary: ${path}: expected ${expected}, found ${shown}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(path, "a non-empty string", value);
  return value.trim();
}

function parseEntry(value: unknown, path: string): ActorDictionaryEntry {
  if (!isRecord(value)) fail(path, "an object with canonical, type and aliases", value);
  const canonical = nonEmptyString(value.canonical, `${path}.canonical`);
  const type = value.type;
  if (typeof type !== "string" || !ENTITY_TYPES.includes(type as EntityType)) fail(`${path}.type`, `one of ${ENTITY_TYPES.join(", ")}`, type);
  const aliases = value.aliases ?? [];
  if (!Array.isArray(aliases)) fail(`${path}.aliases`, "an array of strings", aliases);
  return { canonical, type: type as EntityType, aliases: aliases.map((a, i) => nonEmptyString(a, `${path}.aliases[${i}]`)) };
}

function parsePair(value: unknown, path: string): NeverMergePair {
  if (!isRecord(value)) fail(path, 'an object { "a": name, "b": name }', value);
  return { a: nonEmptyString(value.a, `${path}.a`), b: nonEmptyString(value.b, `${path}.b`) };
}

/**
 * Validates a parsed JSON value as an actor dictionary.
 *
 * @example parseActorDictionary(JSON.parse(readFileSync("actors.json", "utf8")))
 * @throws Error "actor dictionary: actors[2].type: expected one of PERSON, ORG, GPE, LOC, MEDIA, found \"PER\""
 */
export function parseActorDictionary(json: unknown): ActorDictionary {
  if (!isRecord(json)) fail("(root)", 'an object with "actors" and/or "neverMerge"', json);
  const unknownKeys = Object.keys(json).filter((k) => k !== "actors" && k !== "neverMerge");
  if (unknownKeys.length > 0) fail(unknownKeys[0]!, 'only "actors" and "neverMerge"', unknownKeys[0]);
  const actors = json.actors ?? [];
  if (!Array.isArray(actors)) fail("actors", "an array", actors);
  const neverMerge = json.neverMerge ?? [];
  if (!Array.isArray(neverMerge)) fail("neverMerge", "an array", neverMerge);
  return {
    actors: actors.map((entry, i) => parseEntry(entry, `actors[${i}]`)),
    neverMerge: neverMerge.map((pair, i) => parsePair(pair, `neverMerge[${i}]`)),
  };
}
