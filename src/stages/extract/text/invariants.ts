/**
 * Checks that hold for any cleaned article, computed from the rules and from paragraph
 * lengths rather than from a list of expected strings, so they can run on corpora whose
 * text is not ours to copy (the seed articles). Used by the seed and example tests.
 */
import type { Extraction } from "../shared.js";
import { classifyLine } from "./classify.js";
import { isKeywordLine } from "./keyword.js";
import { countWords, normalizeNewlines } from "./lines.js";
import { prepareMarkdown } from "./markdown.js";
import { SINGLE_TEASER_LABELS } from "./patterns.js";
import { compareKey, isHeadlineLike } from "./shapes.js";

/** A line this long in the input is a content paragraph (or part of one), never boilerplate. */
export const CONTENT_PARAGRAPH_MIN_WORDS = 25;

/**
 * Each failed check as a message naming the line; empty when all hold. Markdown input
 * is compared after its syntax is stripped: the checks are about boilerplate, not syntax.
 */
export function checkCleaning(original: string, result: Extraction, format: "text" | "markdown" = "text"): string[] {
  const problems: string[] = [];
  const inputLines =
    format === "markdown"
      ? prepareMarkdown(original).lines.map((line) => line.text)
      : normalizeNewlines(original).split("\n").map((line) => line.trim());
  const cleanLines = result.text.split("\n");
  const cleanSet = new Set(cleanLines);

  // 1. Content paragraphs are kept whole and unchanged.
  for (const line of inputLines) {
    if (countWords(line) >= CONTENT_PARAGRAPH_MIN_WORDS && !cleanSet.has(line)) problems.push(`content line lost or changed: ${line.slice(0, 60)}`);
  }
  // 2. No line the single-line rules call boilerplate is left.
  for (const line of cleanLines) {
    const verdict = classifyLine(line);
    if (verdict) problems.push(`boilerplate left (${verdict.reason}/${verdict.rule}): ${line}`);
  }
  // 3. The headline after a previous/next label is gone with its label.
  for (const [i, line] of inputLines.entries()) {
    const rule = classifyLine(line)?.rule;
    if (!rule || !SINGLE_TEASER_LABELS.has(rule)) continue;
    const next = inputLines.slice(i + 1).find((candidate) => candidate !== "");
    if (next && isHeadlineLike(next) && cleanSet.has(next)) problems.push(`teaser headline left: ${next}`);
  }
  // 4. The title appears once at most.
  const first = inputLines.find((line) => line !== "");
  if (first && isHeadlineLike(first)) {
    const copies = cleanLines.filter((line) => compareKey(line) === compareKey(first)).length;
    if (copies > 1) problems.push(`title appears ${copies} times: ${first}`);
  }
  // 5. No keyword line stands alone as a paragraph.
  for (const paragraph of result.text.split("\n\n")) {
    if (!paragraph.includes("\n") && isKeywordLine(paragraph)) problems.push(`keyword line left: ${paragraph}`);
  }
  // 6. Nothing is dropped silently: in plain text, every input word is in the text or in a removed block.
  if (format === "text") {
    const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
    const accounted = words(result.text) + result.removed.reduce((n, block) => n + words(block.text), 0);
    if (accounted !== words(original)) problems.push(`${words(original)} input words, ${accounted} in text and removed blocks`);
  }
  // 7. Output shape: paragraphs separated by exactly one blank line, no padding.
  if (/\n{3,}/.test(result.text) || result.text !== result.text.trim()) problems.push("paragraphs are not separated by exactly one blank line");
  return problems;
}
