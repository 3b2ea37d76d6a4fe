import { describe, expect, it } from "vitest";
import { parseDocument } from "./dom.js";
import { normalizeHtml } from "./normalize.js";

describe("normalizeHtml: linkedom finds the text in <body>", () => {
  const rows: Array<{ html: string; bodyText: string }> = [
    { html: "<p>Hi</p>", bodyText: "Hi" },
    { html: "", bodyText: "" },
    { html: "just words", bodyText: "just words" },
    { html: "<html><head><title>T</title></head><p>x</p></html>", bodyText: "x" },
    { html: "<html lang=en><p>x</p></html>", bodyText: "x" },
    { html: "<!doctype html><html><head></head><body><p>x</p></body></html>", bodyText: "x" },
    { html: "<html><head><title>T</title></head><body><p>x</p></body>", bodyText: "x" },
  ];
  it.each(rows)("$html", ({ html, bodyText }) => {
    const document = parseDocument(normalizeHtml(html));
    expect((document.body?.textContent ?? "").trim()).toBe(bodyText);
  });
});
