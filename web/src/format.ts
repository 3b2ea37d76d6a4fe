import type { MetadataSource, Mention, Origin, TimeExpression } from "./types";

/** Where each kind of metadata source looked; shown as the tooltip of its badge. */
export const SOURCE_EXPLANATION: Record<MetadataSource, string> = {
  user: "given when ingesting (--published / --outlet, or the Add form)",
  feed: "from the feed or JSONL record the article came in",
  meta: "from a <meta> tag of the page",
  "json-ld": "from the page's structured data (JSON-LD)",
  url: "from the article's address",
  dateline: "from the dateline at the top of the text",
  text: "found in the text",
  unknown: "not found",
};

/** "report.txt", "feed.jsonl:12", "nile-wire.example", "stdin:3". */
export function describeOrigin(origin: Origin): string {
  let place = origin.location;
  if (origin.kind === "file") place = origin.location.split(/[\\/]/).pop() ?? origin.location;
  if (origin.kind === "url") {
    try {
      place = new URL(origin.location).hostname;
    } catch {
      // keep the location as given
    }
  }
  return origin.line === undefined ? place : `${place}:${origin.line}`;
}

/** Only web addresses become links: an article may carry a javascript: or data: "URL". */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function mentionTitle(mention: Mention): string {
  const extras = [mention.role, mention.affiliation && `of ${mention.affiliation}`].filter(Boolean).join(" ");
  return extras ? `${mention.type}: ${extras}` : mention.type;
}

export function timeTitle(time: TimeExpression): string {
  const value = time.range ? `${time.range.from} to ${time.range.to}` : (time.value ?? "not resolved");
  return `${time.type} ${value} (${time.basis}, ${Math.round(time.confidence * 100)}% sure)`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

/** "2024-03-04T10:00:00.000Z" -> "2024-03-04 10:00 UTC". */
export function formatTimestamp(iso: string): string {
  return iso.replace("T", " ").replace(/:\d{2}(\.\d+)?Z$/, " UTC");
}

/** "2024-02-12 – 2024-02-14", one date when both ends agree, "undated" without any. */
export function formatSpan(from: string | null, to: string | null): string {
  if (!from && !to) return "undated";
  if (!from || !to || from === to) return (from ?? to)!;
  return `${from} – ${to}`;
}

/** Words for PLOVER's event types: what an analyst calls them. */
const EVENT_WORDS: Record<string, string> = {
  AGREE: "agree",
  CONSULT: "talks",
  SUPPORT: "support",
  CONCEDE: "concede",
  COOPERATE: "cooperate",
  AID: "aid",
  RETREAT: "retreat",
  REQUEST: "request",
  ACCUSE: "accuse",
  REJECT: "reject",
  THREATEN: "threaten",
  PROTEST: "protest",
  SANCTION: "sanction",
  MOBILIZE: "mobilize",
  COERCE: "coerce",
  ASSAULT: "assault",
};

export function eventWord(event: string): string {
  return EVENT_WORDS[event] ?? event.toLowerCase();
}

/** PLOVER's cooperative types (talks apart): the rest are conflictual. Drives the chart's colours. */
const COOPERATIVE = new Set(["AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);

export function eventTone(event: string): "talks" | "coop" | "conflict" {
  if (event === "CONSULT") return "talks";
  return COOPERATIVE.has(event) ? "coop" : "conflict";
}

/** An event's date as written for people: the value, or its range when the value is uncertain. */
export function eventDate(event: { date: string | null; range: { from: string; to: string } | null }): string {
  if (!event.date) return "undated";
  if (event.range && event.range.from !== event.range.to) return `${event.date} (${event.range.from} – ${event.range.to})`;
  return event.date;
}

/** The reader's address of one sentence of an article (AnnotatedText's anchors). */
export function sentenceHref(articleId: string, start: number): string {
  return `/articles/${articleId}#s-${start}`;
}

export function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

export function actorHref(id: string): string {
  return `/actors/${encodeURIComponent(id)}`;
}

export const ENTITY_LABEL: Record<string, string> = {
  PERSON: "person",
  ORG: "organisation",
  GPE: "country / city",
  LOC: "place",
  MEDIA: "media",
};
