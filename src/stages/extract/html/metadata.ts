/**
 * Page metadata with where each value came from: title, byline, outlet, published
 * date, canonical URL. Read before the tree is cleaned (the pre-clean drops the
 * scripts that hold JSON-LD).
 *
 * Each field is a cascade of sources tried in order (lists in metadata-sources.ts);
 * the first usable value wins and its source is recorded:
 *   published: meta tags -> JSON-LD (then datePublished in other page scripts) ->
 *              <time> in the article header -> URL -> dateline
 *   outlet:    og:site_name -> JSON-LD publisher -> application-name -> host of the URL
 *   title:     og / twitter title -> JSON-LD headline -> <title> (site name cut) -> <h1>
 *   byline:    author meta tags -> JSON-LD authors -> author markup in the page
 *   url:       canonical link -> og:url -> the URL given by the caller
 * The dateline (a date written at the head of the text) is tried last, by the caller,
 * once the main text is known (see `datelineDate`).
 */
import type { Sourced } from "../types.js";
import { unknown } from "../shared.js";
import { formatDate, normalizeDate, parseWrittenDate } from "./dates.js";
import { blockText } from "./blocks.js";
import type { DomDocument, DomElement } from "./dom.js";
import type { CompiledSelector } from "./selectors.js";
import { compileSelector, selectAll } from "./selectors.js";
import type { JsonLdArticle } from "./jsonld.js";
import { readJsonLd } from "./jsonld.js";
import { MONTHS } from "./date-words.js";
import { AUTHOR_META, AUTHOR_SELECTORS, OUTLET_META, PUBLISHED_META, PUBLISHED_TIME_SELECTORS, SCRIPT_DATE_PUBLISHED, TIME_FURNITURE_NAMES, TIME_FURNITURE_TAGS, TITLE_META, URL_DATE_PATTERNS } from "./metadata-sources.js";

export interface PageMetadata {
  title: Sourced<string>;
  byline: Sourced<string>;
  outlet: Sourced<string>;
  published: Sourced<string>;
  url: string | null;
  diagnostics: string[];
}

/** Longest byline kept: longer "author" texts are bios or whole paragraphs. */
const MAX_BYLINE_CHARS = 120;

const PUBLISHED_TIME = PUBLISHED_TIME_SELECTORS.map(compileSelector);
const AUTHOR = AUTHOR_SELECTORS.map(compileSelector);

/** Reads the metadata of an intact page. `pageUrl` is the caller's URL for the page, if any. */
export function extractMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const meta = readMetaTags(document);
  const jsonLd = readJsonLd(document);
  const url = canonicalUrl(document, meta, pageUrl);
  const diagnostics: string[] = [];
  const urls = [url, pageUrl].filter((candidate): candidate is string => candidate !== null);
  const published = publishedDate(document, meta, jsonLd, urls, diagnostics);
  const outlet = outletName(meta, jsonLd, url ?? pageUrl);
  return {
    title: pageTitle(document, meta, jsonLd, outlet.value),
    byline: byline(document, meta, jsonLd),
    outlet,
    published,
    url,
    diagnostics,
  };
}

/** name / property / itemprop (lower case) -> first non-empty content. */
export type MetaTags = Map<string, string>;

function readMetaTags(document: DomDocument): MetaTags {
  const tags: MetaTags = new Map();
  // getElementsByTagName is a plain walk in linkedom, several times cheaper than a CSS selector.
  for (const element of document.getElementsByTagName("meta")) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function firstMeta(meta: MetaTags, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined) return { key, value };
  }
  return null;
}

function publishedDate(document: DomDocument, meta: MetaTags, jsonLd: JsonLdArticle | null, urls: readonly string[], diagnostics: string[]): Sourced<string> {
  for (const key of PUBLISHED_META) {
    const raw = meta.get(key);
    const value = raw === undefined ? null : normalizeDate(raw);
    if (value !== null) {
      diagnostics.push(`published: meta ${key}`);
      return { value, source: "meta" };
    }
  }
  const fromJsonLd = jsonLd?.datePublished ? normalizeDate(jsonLd.datePublished) : null;
  if (fromJsonLd !== null) {
    diagnostics.push("published: json-ld datePublished");
    return { value: fromJsonLd, source: "json-ld" };
  }
  const fromScript = scriptDate(document);
  if (fromScript !== null) {
    diagnostics.push("published: datePublished in a page script");
    return { value: fromScript, source: "json-ld" };
  }
  const fromTime = timeElementDate(document);
  if (fromTime !== null) {
    diagnostics.push("published: <time> element");
    return { value: fromTime, source: "meta" };
  }
  const fromUrl = urls.map(urlDate).find((date) => date !== null) ?? null;
  if (fromUrl !== null) {
    diagnostics.push("published: URL");
    return { value: fromUrl, source: "url" };
  }
  return unknown();
}

/** schema.org datePublished written in a script that is not a JSON-LD block (the page's app state). */
function scriptDate(document: DomDocument): string | null {
  for (const script of document.getElementsByTagName("script")) {
    const match = SCRIPT_DATE_PUBLISHED.exec(script.textContent ?? "");
    const value = match === null ? null : normalizeDate(match[1]!.replace(/\\\//g, "/"));
    if (value !== null) return value;
  }
  return null;
}

/** The `datetime` (or text) of the page's publication <time>, or of an itemprop=datePublished element. */
function timeElementDate(document: DomDocument): string | null {
  for (const element of firstBySelector(document, PUBLISHED_TIME, isOutsideFurniture)) {
    const raw = element.getAttribute("datetime") ?? element.getAttribute("content") ?? element.textContent ?? "";
    const value = normalizeDate(raw);
    if (value !== null) return value;
  }
  return null;
}

/**
 * A date written in the URL path: /2023/12/24/, /2023-12-24/, /20231224/.
 *
 * @example urlDate("https://example.org/news/2023/12/24/talks-resume") // "2023-12-24"
 */
export function urlDate(url: string): string | null {
  const path = pathOf(url);
  for (const pattern of URL_DATE_PATTERNS) {
    const match = pattern.exec(path);
    if (match?.groups === undefined) continue;
    const month = MONTHS.get((match.groups["month"] ?? "").toLowerCase()) ?? match.groups["month"];
    const value = normalizeDate(`${match.groups["year"]}-${month}-${match.groups["day"]}`);
    if (value !== null) return value;
  }
  return null;
}

/**
 * A date in the dateline at the head of the text ("GAZA CITY, Dec. 24, 2023 —",
 * "Published Monday, Nov. 18, 2019"): the first of `blocks` that holds a complete date.
 */
export function datelineDate(blocks: readonly string[]): Sourced<string> {
  for (const block of blocks) {
    const date = parseWrittenDate(block.slice(0, DATELINE_CHARS));
    if (date !== null) return { value: formatDate(date), source: "dateline" };
  }
  return unknown();
}

/** A dateline is at the very start of a block: only this many characters are searched. */
const DATELINE_CHARS = 120;

function outletName(meta: MetaTags, jsonLd: JsonLdArticle | null, url: string | null): Sourced<string> {
  // A Twitter handle or a Facebook page URL in "publisher" is not the outlet's name.
  const fromMeta = firstMeta(meta, OUTLET_META.filter((key) => isOutletName(meta.get(key))));
  if (fromMeta !== null && fromMeta.key !== "application-name") return { value: fromMeta.value, source: "meta" };
  if (jsonLd?.publisher) return { value: jsonLd.publisher, source: "json-ld" };
  if (fromMeta !== null) return { value: fromMeta.value, source: "meta" };
  const host = url === null ? null : hostOf(url);
  return host === null ? unknown() : { value: host, source: "url" };
}

function isOutletName(value: string | undefined): boolean {
  return value !== undefined && !/^@|^(?:https?:|www\.)/i.test(value.trim());
}

function pageTitle(document: DomDocument, meta: MetaTags, jsonLd: JsonLdArticle | null, outlet: string | null): Sourced<string> {
  const fromMeta = firstMeta(meta, TITLE_META);
  // Meta and JSON-LD titles are meant to be headlines: only a suffix naming the outlet is cut.
  if (fromMeta !== null) return { value: stripSiteName(clean(fromMeta.value), outlet, true), source: "meta" };
  if (jsonLd?.headline) return { value: stripSiteName(clean(jsonLd.headline), outlet, true), source: "json-ld" };
  const titleText = clean(document.getElementsByTagName("title")[0]?.textContent ?? "");
  if (titleText) return { value: stripSiteName(titleText, outlet), source: "meta" };
  const heading = clean(document.getElementsByTagName("h1")[0]?.textContent ?? "");
  return heading ? { value: heading, source: "text" } : unknown();
}

/**
 * Cuts the site name from a <title>: "Talks resume in Cairo | Example News" ->
 * "Talks resume in Cairo". Only the last segment goes, and only when the rest is
 * long enough to be a headline. With `outletOnly`, only a segment naming the outlet goes.
 */
export function stripSiteName(title: string, outlet: string | null, outletOnly = false): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+|\s+»\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1]!;
  const rest = title.slice(0, title.length - last.length).replace(/\s*(?:[|–—-]|::|»)\s*$/, "");
  const isOutlet = outlet !== null && sameSite(last, outlet);
  if (outletOnly) return isOutlet ? rest : title;
  return isOutlet || (rest.split(/\s+/).length >= 3 && last.split(/\s+/).length <= 4) ? rest : title;
}

/** "ZDNet" and "zdnet.com", "The Beachbody Blog" and "Beachbody Blog" name the same site. */
function sameSite(segment: string, outlet: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/^www\.|\.(?:com|org|net|co\.uk)$|^the\s+/g, "").replace(/[^\p{L}\p{N}]+/gu, "");
  const a = key(segment);
  const b = key(outlet);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

function byline(document: DomDocument, meta: MetaTags, jsonLd: JsonLdArticle | null): Sourced<string> {
  for (const key of AUTHOR_META) {
    const value = meta.get(key);
    if (value !== undefined && isName(value)) return { value: cleanByline(value), source: "meta" };
  }
  const authors = (jsonLd?.authors ?? []).filter(isName);
  if (authors.length > 0) return { value: authors.map(cleanByline).join(", "), source: "json-ld" };
  const found = firstBySelector(document, AUTHOR);
  for (const element of found) {
    const text = bylineFromText(blockText(element));
    if (isName(text)) return { value: text, source: "text" };
  }
  return unknown();
}

/**
 * The name part of a byline written in the page: its first line, without "By" and
 * without the date that often follows it ("Jeff Doe<br>Monday, November 18, 2019").
 *
 * @example bylineFromText("By Ines Korr | Dec. 24, 2023") // "Ines Korr"
 */
export function bylineFromText(text: string): string {
  const firstLine = text.split(/\n|\s[|•·—–]\s/)[0] ?? "";
  const beforeDate = firstLine.split(BYLINE_DATE_START)[0] ?? "";
  return cleanByline(beforeDate).replace(/[\s,;:|-]+$/, "");
}

/** Where a date starts inside a byline: a weekday, a "Published/Updated" word or a digit (glued text included). */
const BYLINE_DATE_START = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:published|updated|posted)\b|\d/i;

/**
 * The first element matching each selector, in the selectors' order of priority, found
 * in one walk of the page rather than one walk per selector.
 */
function firstBySelector(document: DomDocument, selectors: readonly CompiledSelector[], accept: (element: DomElement) => boolean = () => true): DomElement[] {
  const matches = selectAll(document, selectors).filter(accept);
  const firsts: DomElement[] = [];
  for (const selector of selectors) {
    const first = matches.find((element) => selector.test(element));
    if (first !== undefined && !firsts.includes(first)) firsts.push(first);
  }
  return firsts;
}

function isOutsideFurniture(element: DomElement): boolean {
  for (let ancestor = element.parentElement; ancestor !== null; ancestor = ancestor.parentElement) {
    if (TIME_FURNITURE_TAGS.has(ancestor.localName) || TIME_FURNITURE_NAMES.test(`${ancestor.className} ${ancestor.id}`)) return false;
  }
  return true;
}

function isName(value: string): boolean {
  const text = value.trim();
  return text.length > 1 && text.length <= MAX_BYLINE_CHARS && !/^(?:https?:|www\.)|[/@]\S*\./i.test(text);
}

function cleanByline(value: string): string {
  return clean(value).replace(/^(?:by|written by|posted by)\s+/i, "");
}

function canonicalUrl(document: DomDocument, meta: MetaTags, pageUrl: string | null): string | null {
  const canonical = [...document.getElementsByTagName("link")].find((link) => link.getAttribute("rel")?.toLowerCase() === "canonical");
  const candidates = [canonical?.getAttribute("href"), meta.get("og:url")];
  for (const candidate of candidates) {
    const absolute = candidate ? absoluteUrl(candidate.trim(), pageUrl) : null;
    if (absolute !== null) return absolute;
  }
  return pageUrl;
}

function absoluteUrl(href: string, base: string | null): string | null {
  try {
    const url = base === null ? new URL(href) : new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
