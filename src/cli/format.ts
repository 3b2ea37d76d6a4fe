/** Human-readable output of the CLI; every command also has --json for scripts. */
import type { IngestReport } from "../pipeline.js";
import { describeOrigin } from "../pipeline.js";
import type { SummarySentence } from "../stages/compose/summary.js";
import type { ArticleSummaryRow, StoredArticle } from "../store/index.js";
import type { StoryDetail } from "../dossier.js";
import type { Actor } from "../stages/link/actors/index.js";
import type { DuplicateGroup } from "../stages/link/duplicates/index.js";
import type { Story } from "../stages/link/stories/index.js";
import type { NegotiationRound } from "../stages/compose/rounds.js";
import type { StorySummarySentence } from "../stages/compose/story-summary.js";
import type { TimelineEvent } from "../stages/compose/timeline.js";
import type { ClaimGroup, OutletFraming } from "../stages/link/claims/index.js";

const TITLE_WIDTH = 70;

function clip(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1) + "…";
}

export function formatIngestReport(report: IngestReport & { link?: { linked: number } }, total: number): string {
  const lines = [
    `ingest: ${report.read} read, ${report.stored.length} stored, ${report.duplicates.length} already stored, ` +
      `${report.failures.length} failed in ${report.seconds.toFixed(1)} s (${(report.read / Math.max(report.seconds, 0.001)).toFixed(0)} articles/s); ` +
      `${total} articles in the store` +
      (report.link ? `; ${report.link.linked} linked into duplicates, stories and actors` : ""),
  ];
  for (const failure of report.failures) lines.push(`  FAILED ${describeOrigin(failure.origin)}: ${failure.reason}`);
  return lines.join("\n");
}

export function formatArticleList(rows: ArticleSummaryRow[]): string {
  if (rows.length === 0) return "No articles yet: `dossier ingest <files or folders>` adds some.";
  return rows
    .map((r) => {
      const date = r.published ?? "????-??-??";
      const outlet = clip(r.outlet ?? "(unknown outlet)", 22).padEnd(22);
      return `${r.id}  ${date}  ${outlet}  ${clip(r.title ?? "(untitled)", TITLE_WIDTH)}  [${describeOrigin(r.origin)}]`;
    })
    .join("\n");
}

export function formatArticle(stored: StoredArticle): string {
  const a = stored.article;
  const field = (name: string, value: string | null, source?: string) =>
    `${name.padEnd(10)} ${value ?? "-"}${source ? `  (${source})` : ""}`;
  const lines = [
    field("id", a.id),
    field("title", a.title.value, a.title.source),
    field("outlet", a.outlet.value, a.outlet.source),
    field("published", a.published.value, a.published.source),
    field("byline", a.byline.value, a.byline.source),
    field("url", a.url),
    field("origin", describeOrigin(a.origin)),
    field("format", `${a.format}, ${stored.encoding}, language ${a.language}`),
    "",
    a.text,
    "",
    a.removed.length === 0 ? "Removed as boilerplate: nothing" : `Removed as boilerplate (${a.removed.length}):`,
    ...a.removed.map((r) => `  [${r.reason}] ${clip(r.text.replace(/\s+/g, " "), 100)}`),
  ];
  if (stored.analysis) {
    const { sentences, mentions, times } = stored.analysis;
    lines.push("", `Analysis: ${sentences.length} sentences, ${mentions.length} entity mentions, ${times.length} time expressions`);
    if (mentions.length > 0) lines.push(`  entities: ${[...new Set(mentions.map((m) => `${m.text} (${m.type})`))].join(", ")}`);
    if (times.length > 0) lines.push(`  dates: ${times.map((t) => `${t.text} = ${t.value ?? "?"}`).join(", ")}`);
  }
  return lines.join("\n");
}

export function formatSummary(stored: StoredArticle, sentences: SummarySentence[]): string {
  const a = stored.article;
  const header = `${a.title.value ?? "(untitled)"} — ${a.outlet.value ?? "unknown outlet"}, ${a.published.value ?? "date unknown"} [${a.id}]`;
  if (sentences.length === 0) return `${header}\n  (no sentence can stand alone as a summary)`;
  return [header, ...sentences.map((s) => `  “${s.text}” [${s.articleId}:${s.start}-${s.end}]`)].join("\n");
}

function span(from: string | null, to: string | null): string {
  if (!from) return "undated";
  return from === to || !to ? from : `${from} → ${to}`;
}

export function formatStories(stories: Story[]): string {
  if (stories.length === 0) return "No stories yet: ingest some articles first.";
  return stories
    .map((s) => `${s.id.padEnd(8)} ${span(s.from, s.to).padEnd(25)} ${String(s.articleIds.length).padStart(3)} art.  ${clip(s.title ?? "(untitled)", 60)}  [${clip(s.outlets.join(", "), 50)}]`)
    .join("\n");
}

export function formatStory(detail: StoryDetail): string {
  const s = detail.story;
  return [`${s.title ?? "(untitled)"} [${s.id}]`, `${span(s.from, s.to)} · ${s.articleIds.length} articles · ${s.outlets.join(", ") || "outlets unknown"}`, "", formatArticleList(detail.articles)].join("\n");
}

export function formatActors(actors: Actor[]): string {
  if (actors.length === 0) return "No actors yet: ingest some articles first.";
  return actors
    .map((a) => {
      const variants = a.variants.map((v) => `${v.text} ×${v.count}`).join(", ");
      const roles = a.roles.length > 0 ? `  roles: ${a.roles.join(", ")}` : "";
      const affiliations = a.affiliations.length > 0 ? `  of: ${a.affiliations.join(", ")}` : "";
      return `${a.id.padEnd(6)} ${a.type.padEnd(6)} ${a.canonical}  (${variants})${roles}${affiliations}`;
    })
    .join("\n");
}

export function formatDuplicates(groups: DuplicateGroup[]): string {
  if (groups.length === 0) return "No near-duplicates found.";
  return groups
    .map((g) =>
      [`group ${g.id}: ${g.members.length} copies; earliest ${g.earliestId}, fullest ${g.fullestId}`, ...g.members.map((m) => `  ${m.id}  ${m.published ?? "????-??-??"}  similarity ${m.similarity.toFixed(2)}  ${m.length} chars`)].join("\n"),
    )
    .join("\n");
}

export function formatStorySummary(story: Story, sentences: Array<StorySummarySentence & { disputed?: string[] }>): string {
  const header = `${story.title ?? "(untitled)"} [${story.id}] — ${span(story.from, story.to)}, ${story.articleIds.length} articles`;
  return [
    header,
    ...sentences.map(
      (s) =>
        `  “${s.text}” [${s.outlet ?? "unknown outlet"}, ${s.published ?? "undated"}, ${s.articleId}:${s.start}-${s.end}]` +
        (s.disputed?.length ? `\n    DISPUTED by other outlets: ${s.disputed.join("; ")}` : ""),
    ),
  ].join("\n");
}

export function formatTimeline(events: TimelineEvent[]): string {
  if (events.length === 0) return "No events found.";
  return events
    .map((e) => {
      const when = e.range && e.granularity !== "day" ? `${e.range.from}..${e.range.to}` : (e.date ?? "undated");
      const who = [e.actors.join(" & "), e.recipients.length ? `→ ${e.recipients.join(" & ")}` : "", e.location ? `in ${e.location}` : ""].filter(Boolean).join(" ");
      const status = e.status === "factual" ? "" : ` (${e.status})`;
      const disputed = e.disagreements.length ? `  DISPUTED ${e.disagreements.map((d) => `${d.field}: ${d.values.map((v) => v.value).join(" vs ")}`).join("; ")}` : "";
      const sources = [...new Set(e.sources.map((s) => s.outlet ?? s.articleId))].join(", ");
      return `${when.padEnd(22)} ${(e.event + (e.mode ? `/${e.mode}` : "")).padEnd(20)} ${clip(who, 60)}${status}  [${sources}]${disputed}\n${"".padEnd(23)}“${clip(e.sources[0]!.sentence, 110)}”`;
    })
    .join("\n");
}

export function formatRounds(rounds: NegotiationRound[]): string {
  if (rounds.length === 0) return "No negotiation rounds found.";
  return rounds
    .map((r) =>
      [
        `${r.date ?? "undated"}  ${r.venue}  — ${r.outcome}`,
        `  parties: ${r.parties.join(", ") || "-"}; mediators: ${r.mediators.join(", ") || "-"}`,
        `  issues: ${r.issues.join(", ") || "-"}`,
        `  sources: ${[...new Set(r.sources.map((s) => s.outlet ?? s.articleId))].join(", ")}`,
      ].join("\n"),
    )
    .join("\n");
}

export function formatClaimGroups(groups: ClaimGroup[]): string {
  if (groups.length === 0) return "No claims reported by more than one source.";
  return groups
    .map((g) => {
      const when = g.when ? ` (${g.when.from === g.when.to ? g.when.from : `${g.when.from} → ${g.when.to}`})` : "";
      const header = `${g.status.toUpperCase().padEnd(10)} ${g.slot}${g.holder ? ` — ${g.holder}` : ""}${when}${g.reasons.length ? `: ${g.reasons.join("; ")}` : ""}`;
      const sides = g.sides.map((side) => {
        const sources = side.sources.map((s) => `${s.chain.map((l) => l.text).join(" → ")}${s.hedged ? " (hedged)" : ""}`).join("; ");
        return `    ${side.label}: ${sources}`;
      });
      const superseded = g.superseded.map((s) => `    superseded: ${s.outlet ?? s.articleId} “${clip(s.sentence, 80)}”`);
      return [header, ...sides, ...superseded].join("\n");
    })
    .join("\n");
}

export function formatFraming(framing: OutletFraming[]): string {
  if (framing.length === 0) return "No loaded terms found.";
  return framing
    .map((o) => `${o.outlet}\n${o.terms.map((t) => `    ${t.referent}: “${t.term}” ×${t.count}`).join("\n")}`)
    .join("\n");
}
