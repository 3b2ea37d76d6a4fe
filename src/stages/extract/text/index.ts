/**
 * Plain-text and Markdown extraction: boilerplate removed by general rules, each
 * removed block kept with its reason, content paragraphs kept whole, and the metadata
 * the text gives about itself (title, dateline, byline) read with its source.
 *
 * The whole cascade, in order:
 *   1. prepare      Markdown syntax stripped (markdown.ts), or plain lines (lines.ts)
 *   2. blocks       lines grouped at blank lines
 *   3. classify     every line: content, or boilerplate with a reason (context.ts)
 *   4. paragraphs   content lines grouped into paragraphs (paragraphs.ts)
 *   5. metadata     title, byline, published, outlet, each by an explicit cascade
 *   6. assemble     paragraphs joined by one blank line; removed blocks in order
 */
import type { Extraction } from "../shared.js";
import { unknown } from "../shared.js";
import type { MetadataSource, RemovalReason, RemovedBlock, Sourced } from "../types.js";
import type { Classification } from "./context.js";
import { classifyDocument } from "./context.js";
import type { DocLine, TextDocument } from "./lines.js";
import { plainLines, toDocument } from "./lines.js";
import type { FrontMatter } from "./markdown.js";
import { prepareMarkdown } from "./markdown.js";
import type { Dateline, MetadataLine } from "./metadata.js";
import { readDateline, toIsoDay } from "./metadata.js";
import type { Paragraph } from "./paragraphs.js";
import { groupParagraphs, paragraphText } from "./paragraphs.js";

export interface PlainTextOptions {
  /** How to read the content. Default "text". */
  format: "text" | "markdown";
  /**
   * An ISO date near the article's publication (when it was fetched, or a feed's date):
   * gives a year to a dateline that has none ("CAIRO, Dec 24 (Reuters) -"). Default: none,
   * and a year-less dateline date is not used.
   */
  referenceDate?: string;
}

/** The lead paragraph holds the dateline; it may follow a standfirst, so a few are searched. */
const DATELINE_SEARCH_PARAGRAPHS = 3;

/**
 * Cleans a plain-text or Markdown article.
 *
 * @example
 * extractPlainText("Envoys Meet in Cairo\n\nListen to this article\n\nCAIRO, March 3 (Nile Wire) - Talks began.", { format: "text" })
 * // text: "Envoys Meet in Cairo\n\nCAIRO, March 3 (Nile Wire) - Talks began."
 * // removed: [{ text: "Listen to this article", reason: "summary-prompt" }]
 * // outlet: { value: "Nile Wire", source: "dateline" }
 */
export function extractPlainText(content: string, options: PlainTextOptions = { format: "text" }): Extraction {
  const diagnostics: string[] = [];
  const prepared = options.format === "markdown" ? prepareMarkdown(content) : { lines: plainLines(content), frontMatter: {} };
  const doc = toDocument(prepared.lines);
  const classification = classifyDocument(doc);
  const paragraphs = groupParagraphs(doc, classification.verdicts, classification.titleLine);
  const removed = collectRemoved(doc, classification);

  const dateline = findDateline(paragraphs, classification.titleLine);
  const metadataLines = [...classification.metadata.values()];
  const title = settleTitle(doc, prepared.frontMatter, classification.titleLine);
  const byline = settleByline(prepared.frontMatter, metadataLines);
  const published = settlePublished(prepared.frontMatter, dateline, metadataLines, options.referenceDate, diagnostics);
  const outlet = settleOutlet(prepared.frontMatter, dateline);

  diagnostics.push(`text: ${paragraphs.length} paragraphs kept, ${removed.length} blocks removed${summarizeReasons(removed)}`);
  if (dateline) diagnostics.push(`text: dateline "${dateline.text.trim()}"`);
  return {
    text: paragraphs.map(paragraphText).join("\n\n"),
    title,
    byline,
    outlet,
    published,
    url: prepared.frontMatter.url ?? null,
    removed,
    diagnostics,
  };
}

/** Consecutive removed lines of one block with one reason form one removed block. */
function collectRemoved(doc: TextDocument, { verdicts }: Classification): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  let open: { block: number; reason: RemovalReason; lines: string[] } | null = null;
  const close = (): void => {
    if (open) removed.push({ text: open.lines.join("\n"), reason: open.reason });
    open = null;
  };
  for (const line of doc.lines) {
    const verdict = verdicts[line.index];
    if (!verdict) {
      if (line.block >= 0) close();
      removed.push(...(line.inlineRemoved ?? []));
      continue;
    }
    if (!open || open.block !== line.block || open.reason !== verdict.reason) {
      close();
      open = { block: line.block, reason: verdict.reason, lines: [] };
    }
    open.lines.push(line.text);
  }
  close();
  return removed;
}

function findDateline(paragraphs: Paragraph[], titleLine: number | null): Dateline | null {
  const leads = paragraphs.filter((paragraph) => paragraph.lines[0]?.index !== titleLine).slice(0, DATELINE_SEARCH_PARAGRAPHS);
  for (const paragraph of leads) {
    const dateline = readDateline(paragraphText(paragraph));
    if (dateline) return dateline;
  }
  return null;
}

const sourced = (value: string | null | undefined, source: MetadataSource): Sourced<string> | null =>
  value ? { value, source } : null;

function settleTitle(doc: TextDocument, frontMatter: FrontMatter, titleLine: number | null): Sourced<string> {
  const line: DocLine | undefined = titleLine === null ? undefined : doc.lines[titleLine];
  return sourced(frontMatter.title, "meta") ?? sourced(line?.text, "text") ?? unknown();
}

function settleByline(frontMatter: FrontMatter, lines: MetadataLine[]): Sourced<string> {
  const byline = lines.find((line) => line.kind === "byline");
  const trailer = lines.find((line) => line.kind === "trailer");
  return sourced(frontMatter.byline, "meta") ?? sourced(byline?.names, "text") ?? sourced(trailer?.names, "text") ?? unknown();
}

function settleOutlet(frontMatter: FrontMatter, dateline: Dateline | null): Sourced<string> {
  return sourced(frontMatter.outlet, "meta") ?? sourced(dateline?.agency, "dateline") ?? unknown();
}

/**
 * The publication date, first acceptable of: front matter, the dateline's date, a
 * "Published"/"Posted" stamp, a bare date in the header, an "Updated" stamp (later than
 * publication, so last). Each refused candidate leaves a diagnostic.
 */
function settlePublished(
  frontMatter: FrontMatter,
  dateline: Dateline | null,
  lines: MetadataLine[],
  referenceDate: string | undefined,
  diagnostics: string[],
): Sourced<string> {
  if (frontMatter.published) return { value: frontMatter.published, source: "meta" };
  const stamps = lines.flatMap((line) => (line.kind === "date" ? [line] : []));
  // A year-less dateline ("CAIRO, March 3 (Nile Wire) -") borrows its year from the
  // caller's reference date, else from a dated stamp of the same text.
  const stampWithYear = stamps.find((stamp) => stamp.date.year !== null);
  const reference = referenceDate ?? (stampWithYear ? toIsoDay(stampWithYear.date) ?? undefined : undefined);
  const isUpdate = (label: string | null): boolean => label !== null && /updated|modified/.test(label);
  const candidates: Array<{ name: string; date: Dateline["date"]; source: MetadataSource }> = [
    { name: "dateline", date: dateline?.date ?? null, source: "dateline" },
    { name: "published stamp", date: stamps.find((s) => s.label !== null && !isUpdate(s.label))?.date ?? null, source: "text" },
    { name: "header date", date: stamps.find((s) => s.label === null)?.date ?? null, source: "text" },
    { name: "updated stamp", date: stamps.find((s) => isUpdate(s.label))?.date ?? null, source: "text" },
  ];
  for (const candidate of candidates) {
    if (!candidate.date) continue;
    const day = toIsoDay(candidate.date, reference);
    if (day) return { value: day, source: candidate.source };
    diagnostics.push(`text: ${candidate.name} date "${candidate.date.text}" has no year and no reference date; not used`);
  }
  return unknown();
}

function summarizeReasons(removed: RemovedBlock[]): string {
  const counts = new Map<RemovalReason, number>();
  for (const block of removed) counts.set(block.reason, (counts.get(block.reason) ?? 0) + 1);
  if (counts.size === 0) return "";
  return ` (${[...counts].map(([reason, n]) => `${reason} ${n}`).join(", ")})`;
}

