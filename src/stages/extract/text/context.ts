/**
 * Classifies every line of a document: the single-line rules first, then the rules
 * that need the lines around it, each in its own small pass, in this order:
 *
 *   1. single-line rules and metadata lines   (classify.ts, metadata.ts)
 *   2. the title, and its repetitions          ("Title" twice at the top)
 *   3. comment sections and cookie banners     (loose rules, only after their opener)
 *   4. teaser headlines after a teaser label   ("Next Article" + its headline)
 *   5. keyword lines                           (alt text / tags alone between paragraphs)
 *   6. tail chrome                             (a site's tagline after the closing widgets)
 *
 * A later pass only looks at lines earlier passes left undecided.
 */
import { classifyLine } from "./classify.js";
import { isKeywordLine } from "./keyword.js";
import type { DocLine, TextDocument, Verdict } from "./lines.js";
import { countWords } from "./lines.js";
import type { MetadataLine } from "./metadata.js";
import { readMetadataLine } from "./metadata.js";
import {
  COMMENT_ZONE_OPENERS,
  COMMENT_ZONE_RULES,
  COOKIE_ZONE_RULES,
  LIST_TEASER_LABELS,
  SINGLE_TEASER_LABELS,
} from "./patterns.js";
import { compareKey, HARD_WRAP_MAX_CHARS, isBullet, isHeadlineLike, isProse, isTitleLike } from "./shapes.js";

/** The title is among the first few lines; further down, a headline is a subhead. */
const TITLE_SEARCH_LINES = 4;
/** Section kickers are one to three words ("WORLD", "MIDDLE EAST"); a longer line in capitals is a shouted headline. */
const KICKER_MAX_WORDS = 3;
/** "Title | Nile Wire", "Title - Gulf Monitor": a repeated title may carry the site name, this long at most. */
const TITLE_SUFFIX_MAX_WORDS = 6;
/** A teaser list ("Most read") rarely runs longer; past this, headline-like lines are more likely content. */
const TEASER_LIST_MAX = 8;
/** Consent buttons follow the notice within a few lines. */
const COOKIE_BUTTONS_MAX = 4;

export interface Classification {
  /** By line index: why the line is removed, or null when it is content. */
  verdicts: Array<Verdict | null>;
  /** Index of the line taken as the title, kept in the text as the first paragraph. */
  titleLine: number | null;
  /** Metadata lines (bylines, date stamps) by line index. */
  metadata: Map<number, MetadataLine>;
}

/** Classifies each line of `doc`; see the module comment for the order of the passes. */
export function classifyDocument(doc: TextDocument): Classification {
  const verdicts: Array<Verdict | null> = doc.lines.map(() => null);
  const metadata = new Map<number, MetadataLine>();
  const nonBlank = doc.lines.filter((line) => line.block >= 0);

  classifySingleLines(nonBlank, verdicts, metadata);
  const titleLine = findTitle(nonBlank, verdicts);
  if (titleLine !== null) markRepeatedTitles(nonBlank, titleLine, verdicts);
  markZones(nonBlank, verdicts);
  markTeaserHeadlines(nonBlank, verdicts);
  markKeywordLines(doc, verdicts);
  markTailChrome(nonBlank, verdicts, titleLine);
  return { verdicts, titleLine, metadata };
}

/** Pass 1. The header (before the first prose line) is where a bare date is the article's date. */
function classifySingleLines(lines: DocLine[], verdicts: Array<Verdict | null>, metadata: Map<number, MetadataLine>): void {
  let inHeader = true;
  for (const line of lines) {
    const verdict = line.forced ?? classifyLine(line.text);
    if (verdict) {
      verdicts[line.index] = verdict;
      continue;
    }
    if (isProse(line.text)) inHeader = false;
    const meta = readMetadataLine(line.text, inHeader);
    if (meta) {
      metadata.set(line.index, meta);
      verdicts[line.index] = { reason: "metadata-line", rule: meta.kind };
    }
  }
}

/**
 * Pass 2a. The title: a Markdown heading among the first lines, else the first content
 * line when it has a headline's shape.
 */
function findTitle(lines: DocLine[], verdicts: Array<Verdict | null>): number | null {
  const head = lines.filter((line) => verdicts[line.index] === null).slice(0, TITLE_SEARCH_LINES);
  const heading = head.find((line) => line.heading !== undefined && line.heading <= 2);
  if (heading) return heading.index;
  // A section kicker ("MIDDLE EAST") above the headline is not the title.
  const [first, second] = head;
  if (first && second && isKicker(first.text) && isTitleLike(second.text)) return second.index;
  return first && isTitleLike(first.text) ? first.index : null;
}

/** A section label in capitals, a few words long: "WORLD", "MIDDLE EAST". */
function isKicker(text: string): boolean {
  return countWords(text) <= KICKER_MAX_WORDS && text === text.toUpperCase() && /\p{Lu}/u.test(text) && !/[.!?:]$/.test(text);
}

/** Pass 2b. Every other copy of the title, alone or followed by a site name. */
function markRepeatedTitles(lines: DocLine[], titleLine: number, verdicts: Array<Verdict | null>): void {
  const title = lines.find((line) => line.index === titleLine);
  if (!title) return;
  const key = compareKey(title.text);
  for (const line of lines) {
    if (line.index === titleLine || verdicts[line.index] !== null) continue;
    if (isTitleCopy(line.text, title.text, key)) verdicts[line.index] = { reason: "repeated-title", rule: "repeated-title" };
  }
}

function isTitleCopy(text: string, title: string, key: string): boolean {
  const lineKey = compareKey(text);
  if (lineKey === key) return true;
  if (!text.startsWith(title)) return false;
  const suffix = text.slice(title.length);
  return /^\s*[|–—:-]\s*\S/u.test(suffix) && countWords(suffix) <= TITLE_SUFFIX_MAX_WORDS;
}

/**
 * Pass 3. After a comment heading ("Leave a Reply") the form's bare fields and the
 * readers' comments are boilerplate; after a cookie notice, its buttons. These rules
 * are too loose to apply anywhere else.
 */
function markZones(lines: DocLine[], verdicts: Array<Verdict | null>): void {
  let inComments = false;
  let inReaderComment = false;
  let cookieButtonsLeft = 0;
  for (const line of lines) {
    const verdict = verdicts[line.index];
    if (verdict) {
      if (COMMENT_ZONE_OPENERS.has(verdict.rule.split("+")[0] ?? "")) inComments = true;
      // Any cookie line (the notice, a named button) opens or extends the banner.
      if (verdict.reason === "cookie-notice") cookieButtonsLeft = COOKIE_BUTTONS_MAX;
      continue;
    }
    if (cookieButtonsLeft > 0) {
      cookieButtonsLeft--;
      const button = classifyLine(line.text, COOKIE_ZONE_RULES);
      if (button) {
        verdicts[line.index] = button;
        continue;
      }
      cookieButtonsLeft = 0;
    }
    if (!inComments) continue;
    const field = classifyLine(line.text, COMMENT_ZONE_RULES);
    if (field) {
      verdicts[line.index] = field;
      // A commenter's name opens a reader comment; a "Reply" link closes it.
      if (field.rule === "commenter-says") inReaderComment = true;
      if (field.rule === "reply-link") inReaderComment = false;
    } else if (inReaderComment) {
      verdicts[line.index] = { reason: "comments", rule: "reader-comment" };
    }
  }
}

/**
 * Pass 4. The headline after "Previous Article" / "Next Article", and the list of
 * headlines after "Related stories" or "Most read". A list stops at the first line that
 * is not a headline; its last headline is given back when prose follows right after and
 * a blank line parts it from the label, because a headline followed by prose is a
 * subhead of the article, not a teaser.
 */
function markTeaserHeadlines(lines: DocLine[], verdicts: Array<Verdict | null>): void {
  for (const [position, line] of lines.entries()) {
    const rule = verdicts[line.index]?.rule ?? "";
    const single = SINGLE_TEASER_LABELS.has(rule);
    if (!single && !LIST_TEASER_LABELS.has(rule)) continue;
    const taken: DocLine[] = [];
    let next = position + 1;
    for (; next < lines.length && taken.length < (single ? 1 : TEASER_LIST_MAX); next++) {
      const candidate = lines[next];
      if (!candidate || verdicts[candidate.index] !== null || !isHeadlineLike(candidate.text)) break;
      taken.push(candidate);
    }
    const after = lines[next];
    const proseFollows = after !== undefined && verdicts[after.index] === null && isProse(after.text);
    const last = taken[taken.length - 1];
    // A headline in the label's own block is attached to the label: a teaser even above prose.
    if (!single && proseFollows && last && last.block !== line.block) taken.pop();
    for (const teaser of taken) verdicts[teaser.index] = { reason: "article-teaser", rule: "teaser-headline" };
  }
}

/**
 * Pass 5. A keyword line stands alone: its own block, or a line between two long lines
 * in a file with one paragraph per line. Inside a hard-wrapped paragraph a short
 * lower-case line is the end of a sentence, not a tag list.
 */
function markKeywordLines(doc: TextDocument, verdicts: Array<Verdict | null>): void {
  for (const block of doc.blocks) {
    for (const [position, line] of block.entries()) {
      if (verdicts[line.index] !== null) continue;
      const before = block[position - 1];
      const after = block[position + 1];
      const standsAlone = [before, after].every((neighbour) => neighbour === undefined || neighbour.text.length > HARD_WRAP_MAX_CHARS);
      if (standsAlone && isKeywordLine(line.text)) verdicts[line.index] = { reason: "keyword-line", rule: "keyword-line" };
    }
  }
}

/**
 * Pass 6. Once the article has ended and the page's widgets have begun (a removed line
 * after the last prose), a headline-shaped line left over is the site's chrome (a
 * tagline, a section name), not a paragraph: articles do not end on a subhead.
 */
function markTailChrome(lines: DocLine[], verdicts: Array<Verdict | null>, titleLine: number | null): void {
  // Walking up from the end: headline-shaped lines wait in `pending` until a removed line
  // above them confirms that widgets separate them from the article's last content line.
  let pending: DocLine[] = [];
  const confirmed: DocLine[] = [];
  for (const line of [...lines].reverse()) {
    if (line.index === titleLine) break;
    if (verdicts[line.index]) {
      confirmed.push(...pending);
      pending = [];
    } else if (isHeadlineLike(line.text) && !isBullet(line.text)) {
      pending.push(line);
    } else {
      break;
    }
  }
  for (const line of confirmed) verdicts[line.index] = { reason: "navigation", rule: "tail-chrome" };
}
