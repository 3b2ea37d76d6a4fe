/**
 * schema.org JSON-LD blocks -> the article fields the extractor needs.
 *
 * Pages put the article object at the top level, in an array, or inside "@graph"
 * (Yoast and most CMS plugins), sometimes beside a WebPage and an Organization; the
 * article-typed object wins, a WebPage is the fallback. Broken JSON (trailing commas,
 * raw newlines in strings, HTML comments around it) is common: a block that does not
 * parse after light repair is skipped, never fatal.
 */
import type { DomDocument } from "./dom.js";

/** Article fields read from JSON-LD; each null when absent. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
}

/** @types whose object describes the story itself. */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|CreativeWork)$/;
/** @types that describe the page around the story: used when no article object exists. */
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|CollectionPage)$/;

/** Bound on objects visited per page, so a huge product catalogue in JSON-LD costs little. */
const MAX_OBJECTS = 500;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Reads every JSON-LD block of the page; null when none describes an article or page. */
export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const objects: JsonObject[] = [];
  // getElementsByTagName is a plain walk in linkedom, several times cheaper than a CSS selector.
  for (const script of document.getElementsByTagName("script")) {
    if (!/ld\+json/i.test(script.getAttribute("type") ?? "")) continue;
    const parsed = parseLenient(script.textContent ?? "");
    if (parsed !== undefined) collectObjects(parsed, objects);
  }
  const article = objects.find((o) => hasType(o, ARTICLE_TYPES)) ?? objects.find((o) => hasType(o, PAGE_TYPES));
  if (article === undefined) return null;
  const organization = objects.find((o) => hasType(o, /^(?:Organization|NewsMediaOrganization|Corporation|WebSite)$/));
  return {
    headline: firstString(article["headline"]) ?? firstString(article["name"]),
    datePublished: firstString(article["datePublished"]) ?? firstString(article["dateCreated"]),
    authors: names(article["author"]).concat(names(article["creator"])).filter(unique),
    publisher: names(article["publisher"])[0] ?? (organization ? firstString(organization["name"]) : null),
    url: firstString(article["url"]) ?? idOf(article["mainEntityOfPage"]),
  };
}

/** JSON.parse with the repairs real pages need; undefined when it still fails. */
export function parseLenient(source: string): Json | undefined {
  const trimmed = source.trim().replace(/^<!--|-->$/g, "").replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, "").trim();
  if (trimmed.length === 0) return undefined;
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual faults.
      return JSON.parse(blankControlCharacters(trimmed).replace(/,\s*([}\]])/g, "$1")) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Replaces control characters (raw newlines and tabs inside strings) with spaces. */
function blankControlCharacters(text: string): string {
  let out = "";
  for (const char of text) out += char.charCodeAt(0) < 0x20 ? " " : char;
  return out;
}

function collectObjects(value: Json, into: JsonObject[]): void {
  if (into.length >= MAX_OBJECTS || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into);
    return;
  }
  into.push(value);
  const graph = value["@graph"];
  if (graph !== undefined) collectObjects(graph, into);
}

function hasType(object: JsonObject, pattern: RegExp): boolean {
  const type = object["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && pattern.test(t.replace(/^https?:\/\/schema\.org\//, "")));
}

function firstString(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstString(item);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Names of persons or organisations: strings, objects with "name", or arrays of either. */
function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((item) => names(item));
  if (typeof value === "object") {
    const name = firstString(value["name"]);
    return name === null ? [] : [name];
  }
  return [];
}

function idOf(value: Json | undefined): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return firstString(value["@id"]) ?? firstString(value["url"]);
  return null;
}

function unique(value: string, index: number, all: string[]): boolean {
  return all.indexOf(value) === index;
}
