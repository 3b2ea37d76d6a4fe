import { describe, expect, it } from "vitest";
import type { TextBlock } from "./blocks.js";
import { blockReason, filterBlocks } from "./filters.js";
import { RemovalLog } from "./removal-log.js";

const block = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ text, kind: "paragraph", linkChars: 0, tag: "p", ...extra });
const options = { title: "Larkhaven keeps its early winter ferry" };

describe("blockReason: furniture lines", () => {
  const rows: Array<{ block: TextBlock; reason: string }> = [
    { block: block("Advertisement"), reason: "advertisement" },
    { block: block("Continue reading below"), reason: "advertisement" },
    { block: block("READ MORE: Council to review the bridge tolls"), reason: "article-teaser" },
    { block: block("Related articles"), reason: "article-teaser" },
    { block: block("Share this article"), reason: "share-subscribe" },
    { block: block("Facebook | Twitter | Email"), reason: "share-subscribe" },
    { block: block("Image: Strait Gazette archive"), reason: "caption" },
    { block: block("Published 10:48, Tue, Nov 19, 2019"), reason: "metadata-line" },
    { block: block("By Ines Korr and Tomas Vey"), reason: "metadata-line" },
    { block: block("12 comments"), reason: "comments" },
    { block: block("Write to Ines Korr at ines.korr@gazette.example"), reason: "metadata-line" },
    { block: block("Reach the reporters on Twitter at @gazette"), reason: "metadata-line" },
    { block: block("(Reporting by Ines Korr; Editing by Tomas Vey)"), reason: "metadata-line" },
    { block: block("Tags: ferry, harbour, county budget"), reason: "keyword-line" },
    { block: block("Photo 2 of 9"), reason: "caption" },
    { block: block("Council to review the bridge tolls after a year of complaints", { linkChars: 62 }), reason: "article-teaser" },
    { block: block("Larkhaven keeps its early winter ferry", { kind: "heading", tag: "h1" }), reason: "repeated-title" },
  ];
  it.each(rows)("$block.text -> $reason", ({ block: b, reason }) => {
    expect(blockReason(b, options)).toBe(reason);
  });
});

describe("blockReason: article text that must be kept", () => {
  const rows: TextBlock[] = [
    block("Published in 2019, the report found that most passengers travel for work or school, and that fares matter more than speed to them."),
    block("By the end of the meeting, members had agreed to keep the early boat."),
    block("Share prices of the ferry operator rose after the vote."),
    block("More than three hundred passengers answered the survey."),
    block("Related costs, the harbour master said, would fall on the county."),
    block("Image quality of the new cameras on the quay has improved, the council said."),
    block("Larkhaven Ferry Company", { linkChars: 23 }),
    block("https://gazette.example/reports/ferry-survey-2023", { linkChars: 47 }),
    block("Updates to the timetable will follow in March."),
    block("Contact with the mainland was lost for two hours during the storm."),
    block("Reach of the new bridge road is limited to the north shore."),
    block("___"),
  ];
  it.each(rows)("$text", (b) => {
    expect(blockReason(b, options)).toBeNull();
  });
});

const heading = (text: string) => block(text, { kind: "heading", tag: "h3" });
const linkItem = (text: string) => block(text, { kind: "item", tag: "li", linkChars: text.length });

describe("filterBlocks: a heading that announces furniture takes its list along", () => {
  const story = block("The committee will meet again in March to set next year's fares.");
  const rows: Array<{ name: string; blocks: TextBlock[]; kept: string[] }> = [
    {
      name: "related heading and its links",
      blocks: [story, heading("Related stories"), linkItem("Slipway repairs delayed by storms"), linkItem("New summer timetable")],
      kept: [story.text],
    },
    {
      name: "comment count heading",
      blocks: [story, heading("Comments (2)"), block("About time!", { linkChars: 0 })],
      kept: [story.text, "About time!"],
    },
    {
      name: "bold paragraph standing in for a heading",
      blocks: [story, block("More Great Gazette Stories"), linkItem("Storm closes the coast path")],
      kept: [story.text],
    },
    {
      name: "an ordinary subheading keeps its list",
      blocks: [story, heading("Popular support for the plan"), block("Most islanders backed the early boat.")],
      kept: [story.text, "Popular support for the plan", "Most islanders backed the early boat."],
    },
    {
      name: "the list stops at the next plain paragraph",
      blocks: [heading("Read more"), linkItem("Storm closes the coast path"), story],
      kept: [story.text],
    },
  ];
  it.each(rows)("$name", ({ blocks, kept }) => {
    expect(filterBlocks(blocks, options, new RemovalLog()).map((b) => b.text)).toEqual(kept);
  });
});
