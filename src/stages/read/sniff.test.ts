import { describe, expect, it } from "vitest";
import { sniffFormat } from "./sniff.js";

describe("sniffFormat: content first, extension only breaks ties", () => {
  it.each([
    { content: "<!DOCTYPE html><html><body><p>Hi</p></body></html>", extension: ".txt", expected: "html" },
    { content: "  <html lang=en><head><title>x</title></head></html>", extension: "", expected: "html" },
    { content: "Text <p>with</p> <div>many</div> <span>tags</span> <a href=x>in</a> <br> it", extension: ".txt", expected: "html" },
    { content: "Plain prose that mentions a <div> once.", extension: ".html", expected: "text" },
    { content: '{"text":"a"}\n{"text":"b"}\n', extension: ".txt", expected: "jsonl" },
    { content: "# Heading\n\nSome **bold** claim and a [link](https://example.org).", extension: ".txt", expected: "markdown" },
    { content: "Just text.", extension: ".md", expected: "markdown" },
    { content: "Just a line of text.\nAnother one.", extension: ".dat", expected: "text" },
  ])("$expected from $extension", ({ content, extension, expected }) => {
    expect(sniffFormat(content, extension)).toBe(expected);
  });
});
