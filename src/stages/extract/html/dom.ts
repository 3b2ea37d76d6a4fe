/**
 * The small part of the DOM this stage uses, typed structurally.
 *
 * The project compiles without the "dom" lib (it is a Node program), and linkedom's
 * own typings point at the global DOM types, so they resolve to nothing useful here.
 * These interfaces name exactly what the extractor touches; linkedom's objects
 * satisfy them. Coupled to linkedom 0.18.14 (pinned in package.json).
 */
import { parseHTML } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  nodeType: number;
  nodeName: string;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
  textContent: string | null;
  remove(): void;
}

export interface DomText extends DomNode {
  data: string;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  id: string;
  className: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement> & Iterable<DomElement>;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement> & Iterable<DomElement>;
  contains(other: DomNode): boolean;
  matches(selector: string): boolean;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

/** Parses an HTML string with linkedom (once per page: parsing is a third of the cost). */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: DomNode): node is DomText {
  return node.nodeType === TEXT_NODE;
}

/**
 * The class attribute as written ("" when absent). Not `className`: linkedom answers
 * it by building the element's class token set (kept on the element), a cost paid on
 * every element a walk asks.
 */
export function classAttribute(element: DomElement): string {
  return element.getAttributeNode("class")?.value ?? "";
}

/** Characters of text in a subtree, whitespace not counted: the size measure shared by the size guards. */
export function visibleChars(node: DomNode): number {
  const text = node.textContent ?? "";
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // space, tab, line feed, carriage return, form feed, no-break space
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 160) count++;
  }
  return count;
}
