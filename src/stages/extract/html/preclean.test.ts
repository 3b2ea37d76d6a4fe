import { describe, expect, it } from "vitest";
import { parseDocument } from "./dom.js";
import { furnitureReason } from "./preclean.js";

function firstElement(html: string) {
  return parseDocument(`<html><body>${html}</body></html>`).body!.firstElementChild!;
}

describe("furnitureReason: by tag, role, class and id", () => {
  const rows: Array<{ html: string; reason: string | null }> = [
    { html: "<nav><a href='/'>Home</a></nav>", reason: "navigation" },
    { html: "<div role='navigation'>Menu</div>", reason: "navigation" },
    { html: "<div id='comments'>Two comments</div>", reason: "comments" },
    { html: "<ol class='comment-list'><li>Nice</li></ol>", reason: "comments" },
    { html: "<div class='jp-relatedposts'>More</div>", reason: "article-teaser" },
    { html: "<div class='relatedStories'>More</div>", reason: "article-teaser" },
    { html: "<div class='social-share'>Share</div>", reason: "share-subscribe" },
    { html: "<div class='article-share'>Share</div>", reason: "share-subscribe" },
    { html: "<div id='cookie-banner'>We use cookies</div>", reason: "cookie-notice" },
    { html: "<div class='ad-slot top'>Advertisement</div>", reason: "advertisement" },
    { html: "<span class='newsCaption'>The quay at dawn</span>", reason: "caption" },
    { html: "<div class='image-wrap'><img src='a.jpg'><p>The quay at dawn.</p></div>", reason: "caption" },
    { html: "<span class='date'>24 December 2023</span>", reason: "metadata-line" },
    { html: "<div hidden>Secret</div>", reason: "html-boilerplate" },
    // must not be furniture
    { html: "<article class='post has-comments'>Story</article>", reason: null },
    { html: "<div class='box article modal-enabled'>Story</div>", reason: null },
    { html: "<div class='article-body pagination-first'>Story</div>", reason: null },
    { html: "<div class='shared-content'>Story</div>", reason: null },
    { html: "<div class='loader'>Story</div>", reason: null },
    { html: "<div class='header-image'>" + "Long story text. ".repeat(40) + "</div>", reason: null },
    { html: "<p>Plain paragraph</p>", reason: null },
  ];
  it.each(rows)("$html -> $reason", ({ html, reason }) => {
    expect(furnitureReason(firstElement(html))).toBe(reason);
  });
});
