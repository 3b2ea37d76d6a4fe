import type { DocumentFormat } from "./types.js";

/** Formats a file can hold: one article (html / markdown / text) or many (jsonl). */
export type ContainerFormat = DocumentFormat | "jsonl";

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|meta|title|div|section|p|h[1-6])\b/i;
const HTML_TAGS = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|body|html|head|meta|script|ul|li|img)\b[^>]*>/gi;
/** A plain-text article may quote a tag or two; this many tags marks the content as HTML. */
const MIN_HTML_TAGS = 5;
const MARKDOWN_SIGNS = /^(?:#{1,6} \S|[*-] \S|> \S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/gm;
/** Markdown syntax marks seen before a text is read as Markdown rather than plain text. */
const MIN_MARKDOWN_SIGNS = 2;

/**
 * Decides what a decoded input holds from its content first; the file extension only
 * breaks ties (a `.txt` file full of tags is HTML; a `.html` file of plain prose is text).
 */
export function sniffFormat(content: string, extension: string): ContainerFormat {
  const head = content.slice(0, 4096);
  if (looksLikeJsonl(content)) return "jsonl";
  if (HTML_START.test(head)) return "html";
  const tagCount = (head.match(HTML_TAGS) ?? []).length;
  if (tagCount >= MIN_HTML_TAGS) return "html";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if ((head.match(MARKDOWN_SIGNS) ?? []).length >= MIN_MARKDOWN_SIGNS) return "markdown";
  return "text";
}

function looksLikeJsonl(content: string): boolean {
  const lines = content.split("\n", 20).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length === 0) return false;
  return lines.every((l) => l.startsWith("{")) && lines.some((l) => l.endsWith("}"));
}
