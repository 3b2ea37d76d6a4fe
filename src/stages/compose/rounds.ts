/**
 * Negotiation rounds, composed from a story's timeline: talks (CONSULT events) at one
 * venue in one period, with who sat at the table, who mediated, what was on the table
 * and how the round ended, each with its sources.
 */
import type { EventSource, TimelineEvent } from "./timeline.js";
import { ISSUE_PATTERNS, OUTCOME_PATTERNS } from "./round-patterns.js";
import type { RoundOutcome } from "./round-patterns.js";

export type { RoundOutcome } from "./round-patterns.js";

export interface NegotiationRound {
  id: string;
  venue: string;
  /** Earliest event date of the round ("2025-03-03"), or the month it was reported in when no report dates it. */
  date: string | null;
  parties: string[];
  mediators: string[];
  issues: string[];
  outcome: RoundOutcome;
  sources: EventSource[];
}

/** Event statuses that can make a round: talks held, or announced as coming. */
const ROUND_STATUSES = new Set(["factual", "expected", "future"]);

/** Groups the timeline's talks by venue and month into rounds, in date order. */
export function buildRounds(timeline: TimelineEvent[]): NegotiationRound[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const event of timeline) {
    if (event.event !== "CONSULT" || !event.location || !ROUND_STATUSES.has(event.status)) continue;
    const period = (event.date ?? event.sources[0]?.published ?? "undated").slice(0, 7);
    const key = `${normalizeVenue(event.location)}|${period}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(event);
  }
  // Outcomes are often told in sentences of their own ("the talks collapsed"): read them from every event at the venue and period.
  const related = (venue: string, period: string) =>
    timeline.filter((e) => (!e.location || normalizeVenue(e.location) === venue) && (e.date ?? e.sources[0]?.published ?? "").startsWith(period));
  return [...groups.entries()]
    .map(([key, events]) => {
      const [venue, period] = key.split("|") as [string, string];
      return toRound(key, events, related(venue, period));
    })
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
}

function toRound(key: string, events: TimelineEvent[], related: TimelineEvent[]): NegotiationRound {
  const sources = uniqueSources([...events, ...related].flatMap((e) => e.sources));
  const text = sources.map((s) => s.sentence).join(" ");
  const mediators = unique(events.flatMap((e) => e.mediators));
  const venue = events[0]!.location!;
  const parties = unique(events.flatMap((e) => [...e.actors, ...e.recipients])).filter(
    (p) => !mediators.includes(p) && normalizeVenue(p) !== normalizeVenue(venue),
  );
  const dates = events.map((e) => e.date).filter((d): d is string => d !== null).sort();
  return {
    id: key,
    venue,
    date: dates[0] ?? key.split("|")[1] ?? null,
    parties,
    mediators,
    issues: ISSUE_PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.issue),
    outcome: outcomeOf(events, related, text),
    sources,
  };
}

function outcomeOf(events: TimelineEvent[], related: TimelineEvent[], text: string): RoundOutcome {
  const stated = [...events, ...related].map((e) => e.outcome).find((o) => o !== null);
  if (stated === "collapsed") return "collapsed";
  if (stated === "no_agreement") return "no breakthrough";
  if (stated === "agreement") return "agreed";
  const worded = OUTCOME_PATTERNS.find((p) => p.pattern.test(text));
  if (worded) return worded.outcome;
  if (events.every((e) => e.status !== "factual")) return "expected";
  return "ongoing";
}

function normalizeVenue(venue: string): string {
  return venue.toLowerCase().replace(/^the\s+/, "").trim();
}

function unique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

function uniqueSources(sources: EventSource[]): EventSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.articleId}:${s.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
