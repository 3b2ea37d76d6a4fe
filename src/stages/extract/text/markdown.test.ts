import { describe, expect, it } from "vitest";
import { prepareMarkdown, stripInline } from "./markdown.js";

/** [Markdown inline text, plain text]. Made up. */
const inline: Array<[string, string]> = [
  ["**Cairo** hosted the *second* round", "Cairo hosted the second round"],
  ["__Doha__ and _Cairo_", "Doha and Cairo"],
  ["Read [the statement](https://example.org/s \"title\") here", "Read the statement here"],
  ["See [the map][map] for details", "See the map for details"],
  ["Code `phase-two` was used", "Code phase-two was used"],
  ["Required fields are marked *", "Required fields are marked *"],
  ["2 * 3 trucks, snake_case_name stays", "2 * 3 trucks, snake_case_name stays"],
  ["Escaped \\*stars\\* stay", "Escaped *stars* stay"],
  ["<https://example.org> is the source", "https://example.org is the source"],
  ["Line<br>break and <span class=\"x\">span</span>", "Linebreak and span"],
  ["~~old~~ new &amp; final", "old new & final"],
];

describe("stripInline", () => {
  it.each(inline)("%s", (markdown, plain) => {
    expect(stripInline(markdown)).toBe(plain);
  });
});

describe("prepareMarkdown", () => {
  it("strips block syntax line by line and keeps paragraph breaks", () => {
    const source = [
      "# Envoys Meet in Cairo",
      "",
      "> A quoted line",
      "",
      "Subhead",
      "-------",
      "",
      "* first point",
      "+ second point",
      "1. numbered point",
      "",
      "| Round | Venue |",
      "|---|:---:|",
      "| One | Cairo |",
      "",
      "***",
      "[ref]: https://example.org",
      "Last line",
    ].join("\n");
    const { lines } = prepareMarkdown(source);
    expect(lines.map((line) => line.text)).toEqual([
      "Envoys Meet in Cairo", "", "A quoted line", "", "Subhead", "",
      "• first point", "• second point", "1. numbered point", "",
      "Round | Venue", "One | Cairo", "", "", "Last line",
    ]);
    expect(lines[0]?.heading).toBe(1);
    expect(lines[4]?.heading).toBe(2);
  });

  it("removes images as photos: a line of its own, or inline", () => {
    const { lines } = prepareMarkdown("![Trucks at the crossing](t.jpg)\n\nText ![icon](i.png) after.");
    expect(lines[0]?.forced).toEqual({ reason: "photo-credit", rule: "markdown-image" });
    expect(lines[2]?.text).toBe("Text after.");
    expect(lines[2]?.inlineRemoved).toEqual([{ text: "![icon](i.png)", reason: "photo-credit" }]);
  });

  it("reads front matter as metadata and does not keep it as text", () => {
    const source = "---\ntitle: \"Envoys Meet\"\nauthor: [Jane Doe, Omar Said]\ndate: 2025-03-05\npublisher: Desert Wire\nurl: https://example.org/a\n---\nBody.";
    const { lines, frontMatter } = prepareMarkdown(source);
    expect(frontMatter).toEqual({ title: "Envoys Meet", byline: "Jane Doe, Omar Said", published: "2025-03-05", outlet: "Desert Wire", url: "https://example.org/a" });
    expect(lines.map((line) => line.text)).toEqual(["Body."]);
  });

  it("keeps fenced code as text lines", () => {
    const { lines } = prepareMarkdown("```\n**not bold**\n```");
    expect(lines.map((line) => line.text)).toEqual(["", "**not bold**", ""]);
  });
});
