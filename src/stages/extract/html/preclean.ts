/**
 * One pass over the parsed page before Readability: drops what is never text
 * (scripts, styles, embeds) and removes page furniture named by its tag, role, class
 * or id (navigation, comment sections, related lists, share bars, cookie banners,
 * captions), recording the text-like removals.
 *
 * Why before Readability and not after: Readability scores candidates by the text
 * they hold, so a long comment thread or a related-stories rail can win or pollute
 * the choice; a smaller tree also makes Readability faster (its cost grows with the
 * number of nodes, and it serialises the whole body once per attempt).
 */
import type { RemovalReason } from "../types.js";
import type { DomDocument, DomElement } from "./dom.js";
import { classAttribute, visibleChars } from "./dom.js";
import type { ProseCounts } from "./density.js";
import { measureProse } from "./density.js";
import type { RemovalLog } from "./removal-log.js";
import type { ClassMarker } from "./patterns.js";
import { CLASS_MARKERS, CONTENT_TOKEN, DROPPED_TAGS, FURNITURE_ROLES, FURNITURE_TAGS, PROTECTED_TAGS } from "./patterns.js";

/**
 * An element holding more than this share of the page's prose (paragraph text, see
 * density.ts) is not removed for its tag or class: some sites wrap the whole story in
 * a <header>, a <form> or a div whose class says "promo". Prose, not all text: a
 * mega-menu can hold most of a page's characters and no prose at all. Half, because
 * losing the article is worse than keeping a sidebar (Readability still scores it).
 */
export const MAX_FURNITURE_SHARE = 0.5;

/** Pages with less prose than this (characters) skip the share guard: nothing there is the story yet. */
const MIN_GUARDED_PAGE_PROSE = 200;

export interface PrecleanResult {
  /** Elements removed as furniture (not counting dropped scripts and styles). */
  removedElements: number;
  /** Characters of text left in the body, whitespace not counted. */
  pageChars: number;
  /** Depth of the deepest element of the body (the body is 1). */
  depth: number;
}

/**
 * Cleans `document.body` in place. Pages nested deeper than `maxDepth` only get their
 * scripts and styles dropped: the recursive steps after this one are not run on them.
 */
export function precleanDocument(document: DomDocument, log: RemovalLog, maxDepth = Number.POSITIVE_INFINITY): PrecleanResult {
  const body = document.body;
  if (body === null) return { removedElements: 0, pageChars: 0, depth: 0 };
  const walk = dropNonText(body);
  const depth = walk.depth;
  if (depth > maxDepth) return { removedElements: 0, pageChars: visibleChars(body), depth };
  const prose = measureProse(body);
  const context: CleanContext = { prose, pageProse: prose.get(body)?.prose ?? 0, articleAncestors: ancestorsOf(walk.articleMarkers), log, removed: 0 };
  removeFurniture(body, context);
  return { removedElements: context.removed, pageChars: visibleChars(body), depth };
}

interface CleanContext {
  prose: Map<DomElement, ProseCounts>;
  pageProse: number;
  articleAncestors: Set<DomElement>;
  log: RemovalLog;
  removed: number;
}

/** What the first walk over the page found. */
interface FirstWalk {
  /** Depth of the deepest element left (the root is 1). */
  depth: number;
  /** The page's main heading, <main>, and elements marked as the article body. */
  articleMarkers: DomElement[];
}

/**
 * Drops DROPPED_TAGS, measures the depth and notes the article markers, in one walk.
 * An explicit stack, not recursion: this walk runs before the depth check, so it must
 * survive hostile nesting. (A plain walk is also several times cheaper in linkedom
 * than CSS selectors, and linkedom's getElementsByTagName has no "*".)
 */
function dropNonText(root: DomElement): FirstWalk {
  const result: FirstWalk = { depth: 0, articleMarkers: [] };
  const stack: Array<{ element: DomElement; depth: number }> = [{ element: root, depth: 1 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    result.depth = Math.max(result.depth, item.depth);
    for (const child of [...item.element.children]) {
      if (DROPPED_TAGS.has(child.localName)) {
        child.remove();
        continue;
      }
      if (isArticleMarker(child)) result.articleMarkers.push(child);
      stack.push({ element: child, depth: item.depth + 1 });
    }
  }
  return result;
}

function isArticleMarker(element: DomElement): boolean {
  const tag = element.localName;
  return tag === "h1" || tag === "main" || element.getAttribute("itemprop")?.toLowerCase() === "articlebody";
}

/** The markers and all their ancestors: elements that hold the story, never furniture. */
function ancestorsOf(markers: readonly DomElement[]): Set<DomElement> {
  const ancestors = new Set<DomElement>();
  for (const marker of markers) {
    for (let element: DomElement | null = marker; element !== null && !ancestors.has(element); element = element.parentElement) ancestors.add(element);
  }
  return ancestors;
}

function removeFurniture(parent: DomElement, context: CleanContext): void {
  for (const child of [...parent.children]) {
    const reason = furnitureReason(child);
    if (reason !== null && !holdsArticle(child, context)) {
      context.log.add(child, reason);
      child.remove();
      context.removed++;
      continue;
    }
    removeFurniture(child, context);
  }
}

/** Why this element is furniture, by its tag, role, hidden state, class or id; null when it is not. */
export function furnitureReason(element: DomElement): RemovalReason | null {
  const tag = element.localName;
  if (PROTECTED_TAGS.has(tag)) return null;
  const byTag = FURNITURE_TAGS.get(tag);
  if (byTag !== undefined) return byTag;
  const role = element.getAttribute("role");
  if (role !== null) {
    const byRole = FURNITURE_ROLES.get(role.toLowerCase());
    if (byRole !== undefined) return byRole;
  }
  if (element.hasAttribute("hidden")) return "html-boilerplate";
  return classReason(element);
}

function classReason(element: DomElement): RemovalReason | null {
  const className = classAttribute(element);
  const id = element.id;
  // Most elements have neither: nothing to split or test.
  if (className === "" && id === "") return null;
  // camelCase names ("newsCaption", "relatedStories") are split like kebab-case ones.
  const names = `${className} ${id}`.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
  if (names.trim().length === 0) return null;
  let found: ClassMarker | null = null;
  for (const token of names.split(/\s+/)) {
    if (token.length === 0) continue;
    const marker = tokenMarker(token);
    if (marker === null && CONTENT_TOKEN.test(token)) return null;
    found ??= marker;
  }
  if (found === null) return null;
  if (found.maxChars !== undefined && visibleChars(element) > found.maxChars) return null;
  return found.reason;
}

/** Matches a token when any of CLASS_MARKERS does. */
const ANY_CLASS_MARKER = new RegExp(CLASS_MARKERS.map((marker) => marker.pattern.source).join("|"));

function tokenMarker(token: string): ClassMarker | null {
  // One combined test first: almost no token is a marker, and twelve tests per token add up.
  if (!ANY_CLASS_MARKER.test(token)) return null;
  for (const marker of CLASS_MARKERS) if (marker.pattern.test(token)) return marker;
  return null;
}

/**
 * Whether removing this element would likely remove the story itself: it holds the
 * page's main heading or a marked article body, or a large share of the page's prose.
 */
function holdsArticle(element: DomElement, context: CleanContext): boolean {
  if (context.articleAncestors.has(element)) return true;
  if (context.pageProse < MIN_GUARDED_PAGE_PROSE) return false;
  return (context.prose.get(element)?.prose ?? 0) > MAX_FURNITURE_SHARE * context.pageProse;
}
