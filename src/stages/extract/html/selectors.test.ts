import { describe, expect, it } from "vitest";
import { parseDocument } from "./dom.js";
import { AUTHOR_SELECTORS, PUBLISHED_TIME_SELECTORS } from "./metadata-sources.js";
import { compileSelector, selectAll } from "./selectors.js";

const PAGE = `<html><head><link rel="AUTHOR" href="/a"></head><body>
<div itemprop="author"><span itemprop="name">Ines Korr</span></div><span itemprop="name">Not an author</span>
<p class="x  byline">By Ines Korr</p><p class="Byline">Case differs</p><p class="bylines">Longer token</p>
<template><p class="byline">Inside a template</p></template>
<article><header><time datetime="2024-01-02">Jan 2</time></header><main><time datetime="2024-01-03">Jan 3</time></main></article>
<time pubdate>Jan 4</time><span itemprop="datePublished">Jan 5</span><span itemprop="DatePublished">Jan 6</span>
</body></html>`;

describe("compiled selectors", () => {
  it("find what linkedom's querySelectorAll finds, in document order, element by element", () => {
    const document = parseDocument(PAGE);
    for (const list of [AUTHOR_SELECTORS, PUBLISHED_TIME_SELECTORS]) {
      const compiled = list.map(compileSelector);
      const expected = [...document.querySelectorAll(list.join(", "))];
      expect(expected.length).toBeGreaterThan(2);
      expect(selectAll(document, compiled)).toEqual(expected);
      for (const element of expected) expect(compiled.map((selector) => selector.test(element))).toEqual(list.map((selector) => element.matches(selector)));
    }
  });

  it("refuse a selector outside the subset they understand", () => {
    expect(() => compileSelector("div > p")).toThrow(/outside the supported subset/);
    expect(() => compileSelector("a:first-child")).toThrow(/outside the supported subset/);
  });
});
