/**
 * Markdown to the cleaner's line model: syntax stripped line by line (headings,
 * emphasis, links, code, quotes, tables), images removed as photos, front matter read
 * as metadata. Paragraph structure is kept: one source line stays one line, so the
 * boilerplate rules and the paragraph grouping work exactly as on plain text.
 */
import type { RemovedBlock } from "../types.js";
import type { SourceLine } from "./lines.js";
import { normalizeNewlines } from "./lines.js";

/** Metadata from a YAML front matter block (`---` ... `---` at the top of the file). */
export interface FrontMatter {
  title?: string;
  published?: string;
  byline?: string;
  outlet?: string;
  url?: string;
}

export interface PreparedMarkdown {
  lines: SourceLine[];
  frontMatter: FrontMatter;
}

/** Front matter keys, as static site generators and exporters name them, to our fields. */
const FRONT_MATTER_KEYS: Readonly<Record<string, keyof FrontMatter>> = {
  title: "title", headline: "title",
  date: "published", published: "published", pubdate: "published", published_at: "published", datepublished: "published",
  author: "byline", authors: "byline", byline: "byline",
  outlet: "outlet", publisher: "outlet", source: "outlet", site: "outlet", site_name: "outlet",
  url: "url", canonical: "url", canonical_url: "url", link: "url", permalink: "url",
};
/** A front matter block longer than this is not front matter but a document starting with a rule. */
const FRONT_MATTER_MAX_LINES = 60;

const FENCE = /^\s{0,3}(?:```|~~~)/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
/**
 * Longest span of link text, URL or emphasised text that is taken for markup. Bounding
 * every inline pattern keeps them linear on hostile input ("[[[[..." or "**a **a ..."
 * over 100 KB), where unbounded ones take seconds; real markup spans are far shorter.
 */
const SPAN = 500;
const IMAGE = new RegExp(`!\\[([^\\]\\n]{0,${SPAN}})\\]\\(([^)\\n]{0,${SPAN * 4}})\\)`, "g");
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|~<])/g;
/** Escaped characters are parked in the Private Use Area while syntax is stripped. */
const PARK_BASE = 0xe000;

/**
 * Prepares a Markdown document for the cleaner.
 *
 * @example prepareMarkdown("# Talks\n\n**Cairo** hosted [envoys](https://x).").lines.map((l) => l.text)
 *          // ["Talks", "", "Cairo hosted envoys."]
 */
export function prepareMarkdown(content: string): PreparedMarkdown {
  const raw = normalizeNewlines(content).split("\n");
  const { frontMatter, bodyStart } = readFrontMatter(raw);
  const lines: SourceLine[] = [];
  let inFence = false;
  for (const rawLine of raw.slice(bodyStart)) {
    if (FENCE.test(rawLine)) {
      inFence = !inFence;
      lines.push({ text: "" });
      continue;
    }
    if (inFence) {
      lines.push({ text: rawLine.trim() });
      continue;
    }
    const previous = lines[lines.length - 1];
    const underline = SETEXT_UNDERLINE.exec(rawLine);
    if (underline && previous && previous.text !== "" && previous.forced === undefined && previous.heading === undefined) {
      previous.heading = underline[1]?.startsWith("=") ? 1 : 2;
      continue;
    }
    if (THEMATIC_BREAK.test(rawLine) || SETEXT_UNDERLINE.test(rawLine)) {
      lines.push({ text: "" });
      continue;
    }
    if (LINK_DEFINITION.test(rawLine) || TABLE_SEPARATOR.test(rawLine)) continue;
    lines.push(convertLine(rawLine));
  }
  return { lines, frontMatter };
}

function readFrontMatter(raw: string[]): { frontMatter: FrontMatter; bodyStart: number } {
  const frontMatter: FrontMatter = {};
  if (raw[0]?.trim() !== "---") return { frontMatter, bodyStart: 0 };
  const end = raw.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end < 0 || end > FRONT_MATTER_MAX_LINES) return { frontMatter, bodyStart: 0 };
  for (const line of raw.slice(1, end)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.+)$/.exec(line.trim());
    const field = match?.[1] ? FRONT_MATTER_KEYS[match[1].toLowerCase()] : undefined;
    if (!field || !match?.[2]) continue;
    frontMatter[field] ??= yamlScalar(match[2]);
  }
  return { frontMatter, bodyStart: end + 1 };
}

/** A YAML scalar or flow list as text: quotes removed, "[a, b]" as "a, b". */
function yamlScalar(value: string): string {
  const trimmed = value.trim();
  const list = /^\[(.*)\]$/.exec(trimmed);
  if (list?.[1] !== undefined) return list[1].split(",").map(yamlScalar).join(", ");
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted?.[2] ?? trimmed;
}

function convertLine(rawLine: string): SourceLine {
  let text = rawLine.trim().replace(/^(?:>\s?)+/, "");
  let heading: number | undefined;
  const headingMatch = HEADING.exec(text);
  if (headingMatch?.[1] && headingMatch[2] !== undefined) {
    heading = headingMatch[1].length;
    text = headingMatch[2];
  }
  text = text.replace(/^[*+-]\s+/, "• ");
  if (/^\|.*\|$/.test(text)) text = text.slice(1, -1).split("|").map((cell) => cell.trim()).join(" | ");

  const images: RemovedBlock[] = [];
  const withoutImages = text.replace(IMAGE, (image) => {
    images.push({ text: image, reason: "photo-credit" });
    return "";
  });
  if (images.length > 0 && withoutImages.trim() === "") {
    return { text: text.trim(), forced: { reason: "photo-credit", rule: "markdown-image" } };
  }
  // Markdown gives no meaning to runs of spaces, so the gap an inline image leaves is closed.
  const line: SourceLine = { text: stripInline(images.length > 0 ? withoutImages.replace(/ {2,}/g, " ") : withoutImages).trim() };
  if (heading !== undefined) line.heading = heading;
  if (images.length > 0) line.inlineRemoved = images;
  return line;
}

/** Inline patterns, each span bounded by SPAN (see there). */
const INLINE = {
  code: new RegExp(`\`+([^\`\\n]{1,${SPAN}}?)\`+`, "g"),
  link: new RegExp(`\\[([^\\]\\n]{0,${SPAN}})\\]\\([^)\\n]{0,${SPAN * 4}}\\)`, "g"),
  referenceLink: new RegExp(`\\[([^\\]\\n]{1,${SPAN}})\\]\\[[^\\]\\n]{0,${SPAN}}\\]`, "g"),
  footnote: new RegExp(`\\[\\^[^\\]\\n]{1,${SPAN}}\\]`, "g"),
  autolink: new RegExp(`<((?:https?|mailto):[^>\\s]{1,${SPAN * 4}})>`, "g"),
  tag: new RegExp(`<\\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,${SPAN * 2}})?\\/?>`, "g"),
  strong: new RegExp(`(\\*\\*|__)(?=\\S)(.{1,${SPAN}}?)(?<=\\S)\\1`, "g"),
  emphasisStar: new RegExp(`(?<![\\p{L}\\p{N}*])\\*(?=\\S)([^*]{1,${SPAN}}?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])`, "gu"),
  emphasisUnderscore: new RegExp(`(?<![\\p{L}\\p{N}_])_(?=\\S)([^_]{1,${SPAN}}?)(?<=\\S)_(?![\\p{L}\\p{N}_])`, "gu"),
  strike: new RegExp(`~~(.{1,${SPAN}}?)~~`, "g"),
};

/** Inline syntax to plain text: links to their text, code and emphasis to their content, tags dropped. */
export function stripInline(text: string): string {
  const parked = text.replace(ESCAPE, (_, char: string) => String.fromCharCode(PARK_BASE + char.charCodeAt(0)));
  const plain = parked
    .replace(INLINE.code, "$1")
    .replace(INLINE.link, "$1")
    .replace(INLINE.referenceLink, "$1")
    .replace(INLINE.footnote, "")
    .replace(INLINE.autolink, "$1")
    .replace(INLINE.tag, "")
    .replace(INLINE.strong, "$2")
    .replace(INLINE.emphasisStar, "$1")
    .replace(INLINE.emphasisUnderscore, "$1")
    .replace(INLINE.strike, "$1")
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "");
  return plain.replace(/[\uE000-\uE0FF]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PARK_BASE));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: "\u00a0" };
