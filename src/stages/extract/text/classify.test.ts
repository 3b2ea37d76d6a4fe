import { describe, expect, it } from "vitest";
import type { RemovalReason } from "../types.js";
import { classifyLine } from "./classify.js";

/** Lines that must be removed on their own, with the reason. All made up for these tests. */
const mustRemove: Array<[string, RemovalReason]> = [
  // summary prompts and article tools
  ["No time to read?", "summary-prompt"],
  ["Get a summary", "summary-prompt"],
  ["Get the AI summary", "summary-prompt"],
  ["Listen to this article", "summary-prompt"],
  ["Listen to this article (5 min)", "summary-prompt"],
  ["Read more", "summary-prompt"],
  ["Read more…", "summary-prompt"],
  ["Continue reading", "summary-prompt"],
  ["4 min read", "summary-prompt"],
  ["Reading time: 6 minutes", "summary-prompt"],
  // teasers
  ["Previous Article", "article-teaser"],
  ["« Previous post", "article-teaser"],
  ["Next Article »", "article-teaser"],
  ["Related:", "article-teaser"],
  ["Related stories", "article-teaser"],
  ["Also read:", "article-teaser"],
  ["Most read", "article-teaser"],
  ["You may also like", "article-teaser"],
  ["Related: Envoys shuttle between Doha and Cairo", "article-teaser"],
  ["Also read: How the truce map was drawn", "article-teaser"],
  ["READ MORE: Ten questions about the crossing", "article-teaser"],
  // comment forms
  ["Leave a Reply", "comment-form"],
  ["Leave a comment", "comment-form"],
  ["Your email address will not be published.", "comment-form"],
  ["Required fields are marked *", "comment-form"],
  ["Your email address will not be published. Required fields are marked *", "comment-form"],
  ["Post Comment", "comment-form"],
  ["Comments (14)", "comment-form"],
  ["12 comments", "comment-form"],
  ["Name *", "comment-form"],
  ["Save my name, email, and website in this browser for the next time I comment.", "comment-form"],
  // photo credits and captions
  ["© Jane Roe / Getty Images", "photo-credit"],
  ["Photo: Omar Said / Desert Wire", "photo-credit"],
  ["Photo by Omar Said", "photo-credit"],
  ["Image credit: Desert Wire", "photo-credit"],
  ["Image credit", "photo-credit"],
  ["REUTERS/Omar Said", "photo-credit"],
  ["Omar Said / AFP via Getty Images", "photo-credit"],
  ["Trucks wait at the border crossing on Monday. (AFP Photo)", "photo-credit"],
  ["A negotiator leaves the hotel. [Photo: Desert Wire]", "photo-credit"],
  // share and subscribe
  ["Share this article", "share-subscribe"],
  ["Share", "share-subscribe"],
  ["Facebook Twitter WhatsApp Email", "share-subscribe"],
  ["Share on Facebook | Share on X | Print", "share-subscribe"],
  ["Follow us on Telegram", "share-subscribe"],
  ["Follow Desert Wire on Google News for the latest updates", "share-subscribe"],
  ["Subscribe to our newsletter", "share-subscribe"],
  ["Sign up for our daily briefing", "share-subscribe"],
  ["Click here to get breaking news alerts", "share-subscribe"],
  ["Join our WhatsApp channel", "share-subscribe"],
  ["Download our app", "share-subscribe"],
  // cookies
  ["We use cookies to improve your experience. By continuing to browse you accept our use of cookies.", "cookie-notice"],
  ["This site uses cookies. See our privacy policy.", "cookie-notice"],
  ["Accept all cookies", "cookie-notice"],
  // advertisement
  ["Advertisement", "advertisement"],
  ["ADVERTISEMENT", "advertisement"],
  ["- Advertisement -", "advertisement"],
  ["Story continues below advertisement", "advertisement"],
  ["Sponsored content", "advertisement"],
  // navigation
  ["Skip to content", "navigation"],
  ["Home > World > Middle East", "navigation"],
  ["About us | Contact | Terms of use | Privacy policy", "navigation"],
  ["© 2025 Desert Wire. All rights reserved.", "navigation"],
  // keyword lists
  ["Tags: truce, mediation, aid", "keyword-line"],
  ["Topics: Egypt, Qatar", "keyword-line"],
];

/**
 * Lines that must NOT be removed by the single-line rules: prose that shares words with
 * boilerplate, subheads, table rows, bullets, quotes. All made up for these tests.
 */
const mustKeep: string[] = [
  "Envoys Meet in Cairo as Truce Deadline Nears",
  "The mediators said they would read more proposals before the next session.",
  "No time was set for the next meeting, an official said.",
  "Related talks in Doha ended without agreement on Tuesday.",
  "Previous rounds of talks collapsed over the sequencing of releases.",
  "Next week, the delegations are expected to return to Cairo.",
  "Comments made by the negotiator on Sunday angered the other side.",
  "Share of aid reaching the north fell to a third, the agency said.",
  "Follow-up meetings are planned in Cairo and Doha.",
  "Photographers were kept away from the hotel where the talks took place.",
  "Egypt's foreign minister said the crossing would stay open, according to a statement.",
  "Subscribers to the plan include Egypt, Qatar and the United States.",
  "Advertisements for the donor conference appeared in Cairo newspapers.",
  "Click-through figures are not a measure of the war's toll.",
  "The cookies sold at the market in Khan Younis were baked with donated flour.",
  "Home to 2.3 million people, the enclave depends on aid.",
  "Date Venue Outcome",
  "March 2025 Cairo Under way",
  "• Aid trucks must be inspected at the crossing.",
  "“We will return next week,” the negotiator said.",
  "By Sunday, the two sides had exchanged lists of names.",
  "The Hamas delegation left Cairo on Monday. (Reuters)",
  "Sign language interpreters were not provided at the press conference, an official said.",
];

describe("classifyLine: must remove", () => {
  it.each(mustRemove)("%s -> %s", (line, reason) => {
    expect(classifyLine(line)?.reason).toBe(reason);
  });
});

describe("classifyLine: must keep", () => {
  it.each(mustKeep)("%s", (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
