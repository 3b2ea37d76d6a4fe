/**
 * extract: RawDocument -> Article. Picks the extractor for the format, then settles
 * each metadata value by an explicit order of sources (user > feed > found in the page),
 * recording which source won.
 */
import { createHash } from "node:crypto";
import { franc } from "franc";
import type { RawDocument } from "../read/types.js";
import { normalizeDay } from "../../util/dates.js";
import { extractHtml } from "./html/index.js";
import { extractPlainText } from "./text/index.js";
import type { Extraction } from "./shared.js";
import type { Article, Sourced } from "./types.js";

/** Hex characters of the content hash used as the article id: 48 bits, no collision in any realistic store. */
const ID_LENGTH = 12;
/** franc needs some text to say anything; below this it answers "und". */
const LANGUAGE_MIN_CHARS = 40;
/**
 * franc's cost grows with the text (it was the largest single cost of ingest at 4,000
 * characters); a thousand characters of article body already identify the language.
 */
const LANGUAGE_SAMPLE_CHARS = 1000;
/**
 * Languages franc chooses among (ISO 639-3): the languages of the world's news output.
 * franc compares the sample with every language it is given, so its full list of 180+
 * made language detection the costliest step of ingest; a text in another language is
 * reported as the closest of these or "und".
 */
const NEWS_LANGUAGES = [
  "eng", "arb", "fra", "spa", "deu", "ita", "por", "nld", "rus", "ukr", "pol", "tur", "pes", "heb", "urd", "hin", "ben",
  "ind", "zlm", "vie", "tha", "cmn", "jpn", "kor", "swe", "dan", "nob", "fin", "ces", "ron", "hun", "ell", "bul", "srp", "hrv", "swh",
];

export function contentHash(raw: Uint8Array): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** Turns a decoded input into a clean article with sourced metadata. */
export function extractArticle(document: RawDocument): Article {
  const hash = contentHash(document.raw);
  const givenUrl = document.supplied.user?.url ?? document.supplied.feed?.url ?? (document.origin.kind === "url" ? document.origin.location : undefined);
  // Only web addresses are kept: a "javascript:" or "data:" URL from a feed is never a link to follow.
  const url = givenUrl !== undefined && /^https?:\/\//i.test(givenUrl) ? givenUrl : undefined;
  // A date given with the input lets a dateline without a year ("CAIRO, March 6 -") be read.
  const suppliedDay = document.supplied.user?.published ?? document.supplied.feed?.published;
  const referenceDate = suppliedDay === undefined ? undefined : (normalizeDay(suppliedDay) ?? undefined);
  const extraction: Extraction =
    document.format === "html"
      ? extractHtml(document.content, url === undefined ? {} : { url })
      : extractPlainText(document.content, { format: document.format, ...(referenceDate ? { referenceDate } : {}) });
  const diagnostics = [...extraction.diagnostics];
  if (givenUrl !== undefined && url === undefined) diagnostics.push(`url: "${givenUrl.slice(0, 80)}" is not an http(s) address; dropped`);

  const pick = (field: "title" | "outlet", found: Sourced<string>): Sourced<string> => {
    const user = document.supplied.user?.[field];
    if (user) return { value: user, source: "user" };
    const feed = document.supplied.feed?.[field];
    if (feed) return { value: feed, source: "feed" };
    return found;
  };

  return {
    id: hash.slice(0, ID_LENGTH),
    contentHash: hash,
    origin: document.origin,
    format: document.format,
    title: pick("title", extraction.title),
    byline: extraction.byline,
    outlet: pick("outlet", extraction.outlet),
    published: settlePublished(document, extraction.published, diagnostics),
    url: url ?? (extraction.url && /^https?:\/\//i.test(extraction.url) ? extraction.url : null),
    language: detectLanguage(extraction.text),
    text: extraction.text,
    removed: extraction.removed,
    diagnostics,
  };
}

function settlePublished(document: RawDocument, found: Sourced<string>, diagnostics: string[]): Sourced<string> {
  const candidates: Array<{ value: string | undefined; source: "user" | "feed" }> = [
    { value: document.supplied.user?.published, source: "user" },
    { value: document.supplied.feed?.published, source: "feed" },
  ];
  for (const candidate of candidates) {
    if (candidate.value === undefined) continue;
    const day = normalizeDay(candidate.value);
    if (day) return { value: day, source: candidate.source };
    diagnostics.push(`published: ${candidate.source} value "${candidate.value}" is not a date; ignored`);
  }
  if (found.value) {
    const day = normalizeDay(found.value);
    if (day) return { value: day, source: found.source };
    diagnostics.push(`published: ${found.source} value "${found.value}" is not a date; ignored`);
  }
  return { value: null, source: "unknown" };
}

function detectLanguage(text: string): string {
  if (text.length < LANGUAGE_MIN_CHARS) return "und";
  return franc(text.slice(0, LANGUAGE_SAMPLE_CHARS), { minLength: LANGUAGE_MIN_CHARS, only: NEWS_LANGUAGES });
}
