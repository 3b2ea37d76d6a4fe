/** Human-readable output of the CLI; every command also has --json for scripts. */
import type { IngestReport } from "../pipeline.js";
import { describeOrigin } from "../pipeline.js";
import type { SummarySentence } from "../stages/compose/summary.js";
import type { ArticleSummaryRow, StoredArticle } from "../store/index.js";

const TITLE_WIDTH = 70;

function clip(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width - 1) + "…";
}

export function formatIngestReport(report: IngestReport, total: number): string {
  const lines = [
    `ingest: ${report.read} read, ${report.stored.length} stored, ${report.duplicates.length} already stored, ` +
      `${report.failures.length} failed in ${report.seconds.toFixed(1)} s (${(report.read / Math.max(report.seconds, 0.001)).toFixed(0)} articles/s); ` +
      `${total} articles in the store`,
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
