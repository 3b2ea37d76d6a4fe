/**
 * Exports of the story views: events as PLOVER-style JSONL, the timeline and the
 * rounds as CSV, and a Markdown briefing that quotes its sources.
 */
import type { NegotiationRound } from "./rounds.js";
import type { StorySummarySentence } from "./story-summary.js";
import type { TimelineEvent } from "./timeline.js";
import type { ClaimGroup } from "../link/claims/index.js";

/** One event in PLOVER's field names, plus Dossier's sources and confidence. */
export function toPloverRecord(event: TimelineEvent): Record<string, unknown> {
  return {
    id: event.id,
    date: event.date,
    actor: event.actors,
    recipient: event.recipients,
    event: event.event,
    mode: event.mode,
    context: event.context,
    event_loc: event.location,
    event_text: event.sources[0]?.sentence ?? null,
    link: event.sources[0]?.articleId ?? null,
    status: event.status,
    mediator: event.mediators,
    granularity: event.granularity,
    confidence: event.confidence,
    sources: event.sources,
    disagreements: event.disagreements,
  };
}

export function eventsToJsonl(events: TimelineEvent[]): string {
  return events.map((e) => JSON.stringify(toPloverRecord(e))).join("\n") + (events.length > 0 ? "\n" : "");
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function timelineToCsv(events: TimelineEvent[]): string {
  return toCsv(
    ["date", "event", "mode", "status", "actors", "recipients", "mediators", "location", "sources", "disputed", "evidence"],
    events.map((e) => [
      e.date,
      e.event,
      e.mode,
      e.status,
      e.actors,
      e.recipients,
      e.mediators,
      e.location,
      e.sources.map((s) => `${s.outlet ?? s.articleId}`),
      e.disagreements.map((d) => d.field),
      e.sources[0]?.sentence,
    ]),
  );
}

export function roundsToCsv(rounds: NegotiationRound[]): string {
  return toCsv(
    ["date", "venue", "parties", "mediators", "issues", "outcome", "sources"],
    rounds.map((r) => [r.date, r.venue, r.parties, r.mediators, r.issues, r.outcome, r.sources.map((s) => s.outlet ?? s.articleId)]),
  );
}

/** One row per side of each claim group: what is claimed, its status, and who says it through whom. */
export function claimGroupsToCsv(groups: ClaimGroup[]): string {
  return toCsv(
    ["group", "story", "slot", "holder", "status", "value", "sources", "chains", "hedged"],
    groups.flatMap((g) =>
      g.sides.map((side) => [
        g.id,
        g.storyId,
        g.slot,
        g.holder,
        g.status,
        side.label,
        side.sources.map((s) => s.outlet ?? s.articleId),
        side.sources.map((s) => s.chain.map((l) => l.text).join(" > ")),
        side.sources.some((s) => s.hedged),
      ]),
    ),
  );
}

export interface BriefingInput {
  title: string;
  span: string;
  outlets: string[];
  summary: StorySummarySentence[];
  timeline: TimelineEvent[];
  rounds: NegotiationRound[];
}

/** A Markdown briefing: every sentence in it is a quotation with its source. */
export function briefingMarkdown(input: BriefingInput): string {
  const cite = (outlet: string | null, articleId: string, published: string | null) => `[${outlet ?? "unknown outlet"}, ${published ?? "undated"}, ${articleId}]`;
  const lines = [`# ${input.title}`, "", `${input.span} · ${input.outlets.join(", ") || "outlets unknown"}`, "", "## Summary", ""];
  for (const s of input.summary) lines.push(`- “${s.text}” ${cite(s.outlet, s.articleId, s.published)}`);
  lines.push("", "## Negotiation rounds", "");
  if (input.rounds.length === 0) lines.push("None found.");
  else {
    lines.push("| date | venue | parties | mediators | issues | outcome | sources |", "|---|---|---|---|---|---|---|");
    for (const r of input.rounds) {
      lines.push(`| ${r.date ?? "?"} | ${r.venue} | ${r.parties.join(", ")} | ${r.mediators.join(", ")} | ${r.issues.join(", ")} | ${r.outcome} | ${[...new Set(r.sources.map((s) => s.outlet ?? s.articleId))].join(", ")} |`);
    }
  }
  lines.push("", "## Timeline", "");
  for (const e of input.timeline) {
    const disputed = e.disagreements.length > 0 ? ` (disputed: ${e.disagreements.map((d) => `${d.field} ${d.values.map((v) => v.value).join(" vs ")}`).join("; ")})` : "";
    const first = e.sources[0]!;
    lines.push(`- **${e.date ?? "undated"}** ${e.event}${e.mode ? `/${e.mode}` : ""}${e.status === "factual" ? "" : ` (${e.status})`}${disputed}: “${first.sentence}” ${cite(first.outlet, first.articleId, first.published)}${e.sources.length > 1 ? ` and ${e.sources.length - 1} more` : ""}`);
  }
  return lines.join("\n") + "\n";
}
