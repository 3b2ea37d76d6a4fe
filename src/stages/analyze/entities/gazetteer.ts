/**
 * Look-up over the gazetteer data: phrase -> entry (canonical name and type), and
 * demonym -> country. Built once, lazily, from gazetteer-countries.ts and
 * gazetteer-data.ts. Keys are normalised (phraseKey) so "Al-Qahera News" and
 * "Al Qahera News", "U.N." and "UN" meet.
 */
import anyAscii from "any-ascii";
import type { EntityType } from "../types.js";
import { COUNTRIES } from "./gazetteer-countries.js";
import { CITIES, COMPANIES, INTERNATIONAL_ORGANISATIONS, MEDIA_OUTLETS, REGIONAL_ORGANISATIONS, REGIONS, US_STATES } from "./gazetteer-data.js";
import type { GazetteerEntry } from "./gazetteer-data.js";

export interface GazetteerMatch {
  /** The entry's canonical name ("Palestinian Islamic Jihad" for "PIJ"). */
  canonical: string;
  type: EntityType;
  /** The alias as written in the data, for case checks. */
  alias: string;
}

/** Longest gazetteer phrase in words; "Minister of Foreign Affairs of the ..." style names are longer but not listed. */
export const MAX_PHRASE_WORDS = 8;

/** Aliases this short and all in capitals ("UN", "IS", "PA", "WHO") only match text written in capitals. */
const ACRONYM_MAX_LETTERS = 5;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * phraseKey results kept, keyed by the text: the recogniser asks for the same few
 * thousand candidate phrases over and over (every gazetteer probe of every word). The
 * cache is emptied when it reaches this size, which bounds its memory on a long ingest.
 */
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/** Normalised form of a phrase for look-ups: ASCII, lower case, no apostrophes or periods, hyphens as spaces. */
export function phraseKey(text: string): string {
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = computePhraseKey(text);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

function computePhraseKey(text: string): string {
  // any-ascii is the costly step and plain ASCII (most candidates) needs none of it.
  return (PRINTABLE_ASCII.test(text) ? text : anyAscii(text))
    .toLowerCase()
    .replace(/['`]/g, "")
    .replace(/\./g, "")
    .replace(/[-_/]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface Index {
  phrases: Map<string, GazetteerMatch[]>;
  demonyms: Map<string, string>;
}

let index: Index | undefined;

function buildIndex(): Index {
  const phrases = new Map<string, GazetteerMatch[]>();
  const add = (alias: string, canonical: string, type: EntityType) => {
    const key = phraseKey(alias);
    if (key === "") return;
    const list = phrases.get(key) ?? [];
    if (!list.some((m) => m.canonical === canonical && m.alias === alias)) list.push({ canonical, type, alias });
    phrases.set(key, list);
  };
  const addEntry = (entry: GazetteerEntry) => {
    add(entry.name, entry.name, entry.type);
    for (const alias of entry.aliases ?? []) add(alias, entry.name, entry.type);
  };
  const demonyms = new Map<string, string>();
  for (const country of COUNTRIES) {
    add(country.name, country.name, "GPE");
    for (const alias of country.aliases ?? []) add(alias, country.name, "GPE");
    if (country.capital) add(country.capital, country.capital, "GPE");
    for (const demonym of country.demonyms) demonyms.set(phraseKey(demonym), country.name);
  }
  for (const city of CITIES) add(city, city, "GPE");
  for (const state of US_STATES) add(state, state, "GPE");
  for (const entry of [...REGIONS, ...INTERNATIONAL_ORGANISATIONS, ...REGIONAL_ORGANISATIONS, ...COMPANIES, ...MEDIA_OUTLETS]) addEntry(entry);
  return { phrases, demonyms };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

/**
 * The gazetteer entry written as `text`, or undefined. Case matters where it tells
 * names from words: an alias written with a capital needs a capital in the text, and
 * a short all-capitals alias ("WHO", "PA") needs the text in capitals.
 *
 * @example lookupPhrase("PIJ") // { canonical: "Palestinian Islamic Jihad", type: "ORG", alias: "PIJ" }
 */
export function lookupPhrase(text: string): GazetteerMatch | undefined {
  const candidates = getIndex().phrases.get(phraseKey(text));
  if (!candidates) return undefined;
  return candidates.find((c) => caseAgrees(c.alias, text));
}

function caseAgrees(alias: string, text: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, "");
  if (letters.length <= ACRONYM_MAX_LETTERS && letters.length > 1 && letters === letters.toUpperCase()) {
    const textLetters = text.replace(/[^\p{L}]/gu, "");
    return textLetters === textLetters.toUpperCase();
  }
  const aliasFirst = alias.trimStart()[0] ?? "";
  const textFirst = text.trimStart()[0] ?? "";
  if (aliasFirst !== aliasFirst.toLowerCase()) return textFirst !== textFirst.toLowerCase();
  return true;
}

/** Country for a demonym ("Iranian" -> "Iran"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const key = phraseKey(word);
  const demonyms = getIndex().demonyms;
  // Plural of a people: "Palestinians", "Israelis".
  const listed = demonyms.get(key) ?? (key.endsWith("s") ? demonyms.get(key.slice(0, -1)) : undefined);
  return listed ?? placeOfAdjective(word.replace(/s$/u, ""));
}

/** "Somalian", "Alaskan", "Californian": a listed place and an "n", the regular adjective of a place no table lists. */
function placeOfAdjective(word: string): string | undefined {
  if (!word.endsWith("n")) return undefined;
  const place = lookupPhrase(word.slice(0, -1));
  return place && (place.type === "GPE" || place.type === "LOC") ? place.canonical : undefined;
}

/** Every gazetteer entry with its aliases, for the actor resolver's alias table. */
export function gazetteerEntries(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const country of COUNTRIES) entries.push({ name: country.name, type: "GPE", aliases: country.aliases ?? [] });
  for (const entry of [...REGIONS, ...INTERNATIONAL_ORGANISATIONS, ...REGIONAL_ORGANISATIONS, ...COMPANIES, ...MEDIA_OUTLETS]) entries.push(entry);
  return entries;
}
