/**
 * The CSS selectors of the metadata lists (metadata-sources.ts), compiled once into
 * plain tests, and the walk that finds the elements matching any of them.
 *
 * Why not querySelectorAll: linkedom compiles the selector again on every call (no
 * cache), which made the author look-up alone about a twentieth of the extractor's
 * time on a page without author meta tags. Only the subset the lists use is
 * understood, matched as linkedom's engine (css-select) matches it in HTML:
 *   tag, [name], [name="value"], .class, and compounds of them joined by spaces
 *   (descendant). Attribute values compare exactly, except for the attributes HTML
 *   compares ignoring case (of those, the lists use `rel`); a class matches one of the
 *   whitespace-separated tokens of the class attribute, case included.
 * Anything else throws when the module loads, so a new selector outside the subset
 * fails every test at once rather than matching nothing.
 */
import type { DomDocument, DomElement } from "./dom.js";
import { classAttribute } from "./dom.js";

export interface CompiledSelector {
  source: string;
  test(element: DomElement): boolean;
}

/** Attributes of the lists whose values HTML compares ignoring case (css-select's list has more). */
const CASE_INSENSITIVE_ATTRIBUTES: ReadonlySet<string> = new Set(["rel"]);

/** One simple selector of a compound: a tag, an attribute test, or a class. */
const SIMPLE = /^(?:([a-z][a-z0-9-]*)|\[([a-z][a-z0-9-]*)(?:="([^"]*)")?\]|\.([A-Za-z_][\w-]*))/;

type Test = (element: DomElement) => boolean;

function compileCompound(source: string, selector: string): Test {
  const tests: Test[] = [];
  for (let rest = source; rest.length > 0; ) {
    const match = SIMPLE.exec(rest);
    if (match === null) throw new Error(`selectors: "${selector}" is outside the supported subset (at "${rest}")`);
    const [whole, tag, name, value, className] = match;
    if (tag !== undefined) tests.push((element) => element.localName === tag);
    else if (className !== undefined) {
      const token = new RegExp(`(?:^|\\s)${className}(?:$|\\s)`);
      tests.push((element) => token.test(classAttribute(element)));
    } else if (value === undefined) tests.push((element) => element.hasAttribute(name!));
    else if (CASE_INSENSITIVE_ATTRIBUTES.has(name!)) {
      const lower = value.toLowerCase();
      tests.push((element) => element.getAttribute(name!)?.toLowerCase() === lower);
    } else tests.push((element) => element.getAttribute(name!) === value);
    rest = rest.slice(whole.length);
  }
  return (element) => tests.every((test) => test(element));
}

/**
 * Compiles a selector of the supported subset.
 *
 * @example compileSelector('[itemprop="author"] [itemprop="name"]').test(element)
 */
export function compileSelector(selector: string): CompiledSelector {
  const compounds = selector.trim().split(/\s+/).map((compound) => compileCompound(compound, selector));
  const last = compounds.length - 1;
  // Right to left: the element matches the last compound, and each earlier one matches an ancestor of the previous match.
  const matchesFrom = (element: DomElement, index: number): boolean => {
    if (!compounds[index]!(element)) return false;
    if (index === 0) return true;
    for (let ancestor = element.parentElement; ancestor !== null; ancestor = ancestor.parentElement) if (matchesFrom(ancestor, index - 1)) return true;
    return false;
  };
  return { source: selector, test: (element) => matchesFrom(element, last) };
}

/**
 * Every element of the page matching any of `selectors`, in document order, the
 * contents of <template> skipped (as querySelectorAll does). A loop, not recursion:
 * it runs before the extractor checks the tree's depth.
 */
export function selectAll(document: DomDocument, selectors: readonly CompiledSelector[]): DomElement[] {
  const root = document.documentElement;
  const found: DomElement[] = [];
  for (let element: DomElement | null = root; element !== null; ) {
    if (selectors.some((selector) => selector.test(element!))) found.push(element);
    let next = element.localName === "template" ? null : element.firstElementChild;
    for (let up: DomElement | null = element; next === null && up !== null && up !== root; up = up.parentElement) next = up.nextElementSibling;
    element = next;
  }
  return found;
}
