import { describe, expect, it } from "vitest";
import { joinBlocks, toBlocks } from "./blocks.js";
import { parseDocument } from "./dom.js";

function blocksOf(html: string) {
  const body = parseDocument(`<html><body>${html}</body></html>`).body!;
  return toBlocks(body);
}

describe("toBlocks / joinBlocks", () => {
  const rows: Array<{ html: string; text: string }> = [
    { html: "<p>One.</p><p>Two.</p>", text: "One.\n\nTwo." },
    { html: "<div>Tampa, FL</div><div>June 14</div>", text: "Tampa, FL\n\nJune 14" },
    { html: "<p>A <b>bold</b> and <a href='#'>linked</a> word.</p>", text: "A bold and linked word." },
    { html: "<h2>Heading</h2><ul><li>first</li><li>second</li></ul><p>After.</p>", text: "Heading\n\nfirst\nsecond\n\nAfter." },
    { html: "<p>line one<br>line two</p>", text: "line one\nline two" },
    { html: "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", text: "a | b\nc | d" },
    { html: "<div>before <p>inside</p> after</div>", text: "before\n\ninside\n\nafter" },
    { html: "<p>   spaced \n\t out   </p>", text: "spaced out" },
    { html: "<pre>  keep\n    indent</pre>", text: "  keep\n    indent" },
    { html: "<p>デスクトップアプリ<a href='#'>Kindle for PC</a>に関する話</p>", text: "デスクトップアプリ Kindle for PC に関する話" },
    { html: "<p>see <a href='#'>the report</a>, and <a href='#'>re</a>read it</p>", text: "see the report, and reread it" },
    { html: "<div><a href='#'><img src='a.jpg'></a> <a href='#'><img src='b.jpg'></a></div><p>Text</p>", text: "Text" },
  ];
  it.each(rows)("$html", ({ html, text }) => {
    expect(joinBlocks(blocksOf(html))).toBe(text);
  });

  it("counts link characters per block", () => {
    const [block] = blocksOf("<p><a href='#'>All of this is a link</a></p>");
    expect(block!.linkChars).toBe(block!.text.length);
  });
});
