/**
 * Articles written for the API and browser tests (invented outlets and events, in the
 * style of wire copy). `hostile` carries markup that must stay inert in the UI.
 */
import type { ArticleInput } from "../ingest-body.js";

export const cairoTalks: ArticleInput = {
  title: "Cairo talks resume on a ceasefire",
  outlet: "Nile Wire",
  published: "2024-03-04",
  url: "https://nile-wire.example/2024/03/04/cairo-talks",
  text: [
    "CAIRO, March 4 - Egyptian and Qatari mediators hosted a new round of ceasefire talks in Cairo on Monday, two officials said.",
    "",
    "The delegations discussed a six-week truce, the exchange of detainees and the entry of more aid trucks through the Rafah crossing.",
    "",
    "Mahmoud Fathi, a spokesman for the Egyptian foreign ministry, said the talks would continue on Tuesday and that both sides had shown flexibility.",
    "",
    "A previous round in Doha ended last week without an agreement.",
  ].join("\n"),
};

export const aidConvoys: ArticleInput = {
  title: "Aid convoys wait at the crossing",
  outlet: "Canal Courier",
  published: "2024-03-05",
  text: [
    "Dozens of aid trucks waited at the Kerem Shalom crossing on Tuesday as inspections slowed to a crawl, a relief agency said.",
    "",
    "The agency said fuel and flour were the most urgent needs and that only a lasting ceasefire would let deliveries reach the north.",
    "",
    "Drivers said they had been queuing since Sunday.",
  ].join("\n"),
};

export const prisonerExchange: ArticleInput = {
  title: "Negotiators weigh a prisoner exchange",
  outlet: "Gulf Monitor",
  published: "2024-03-02",
  text: [
    "Negotiators in Doha weighed a phased prisoner exchange on Saturday, according to a diplomat briefed on the talks.",
    "",
    "The first phase would free elderly and sick detainees, the diplomat said, while later phases remained disputed.",
  ].join("\n"),
};

/** Markup that a careless UI would run: a script, an image error handler, a javascript: link. */
export const hostile: ArticleInput = {
  outlet: "Hostile Herald",
  published: "2024-03-03",
  url: "javascript:alert(3)",
  html: [
    "<!doctype html><html><head><title>Mediators report progress &lt;script&gt;alert(1)&lt;/script&gt;</title></head><body><article>",
    "<h1>Mediators report progress <script>alert(1)</script></h1>",
    "<p>Mediators said on Wednesday that progress had been made in the talks, a senior official said. <script>alert(1)</script></p>",
    '<p>An image followed the report <img src=x onerror="alert(2)"> and the text continued with the details of the proposal.</p>',
    '<p>Readers were told to <a href="javascript:alert(3)">click here</a> for the full text of the draft agreement, which was not published.</p>',
    "<p>The literal text &lt;script&gt;alert(4)&lt;/script&gt; and onerror=alert(5) must be shown as text, never run.</p>",
    "</article></body></html>",
  ].join("\n"),
};

export const fixtureArticles: ArticleInput[] = [cairoTalks, aidConvoys, prisonerExchange, hostile];

/** The fixtures as one JSONL body. */
export function fixtureJsonl(articles: ArticleInput[] = fixtureArticles): Uint8Array {
  return new TextEncoder().encode(articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
}

/*
 * A small story for the story, timeline, rounds and actor views: one round of talks in
 * one city, told by three outlets plus a syndicated copy. The two countries and the
 * river are invented. Built to exercise: a negotiator's name spelled two ways
 * ("Youssef" / "Yousef Haddad"), an opening day the reports disagree on (Monday, Sunday,
 * "this month"), an uncertain date ("in March"), a round with mediators and an outcome,
 * and a near-duplicate group (the Wire Digest copy of the Alpine Ledger report).
 */
export const genevaAnalysis: ArticleInput = {
  title: "Geneva water talks: what is on the table",
  outlet: "Lakeside Post",
  published: "2024-02-13",
  text: [
    "Delegations from Northland and Southland held talks in Geneva this month on the waters of the Varna river, with Swiss mediators chairing the sessions.",
    "",
    "Yousef Haddad, who heads the Northland team, told reporters on Tuesday that the gap on the dry-season quota had narrowed but that the monitoring of the upstream dam remained disputed.",
    "",
    "Southland wants a joint commission to read the gauges at the dam; Northland says its own engineers are enough.",
  ].join("\n"),
};

export const genevaOpening: ArticleInput = {
  title: "Geneva talks open on a water-sharing deal",
  outlet: "Alpine Ledger",
  published: "2024-02-12",
  url: "https://alpine-ledger.example/2024/02/12/geneva-talks",
  text: [
    "GENEVA, Feb 12 - Delegations from Northland and Southland opened a new round of talks on sharing the waters of the Varna river in Geneva on Monday, with Swiss mediators chairing the sessions.",
    "",
    "The Northland delegation is led by Youssef Haddad, a former irrigation minister, who said his team had come to reach an agreement on the dry-season quota.",
    "",
    "The talks are expected to last three days, a Swiss foreign ministry spokeswoman said.",
    "",
    "A previous round in Vienna in December ended without a deal.",
  ].join("\n"),
};

export const genevaEnd: ArticleInput = {
  title: "Geneva water talks end without agreement",
  outlet: "River Courier",
  published: "2024-02-14",
  text: [
    "Delegations from Northland and Southland, who opened a new round of talks on the waters of the Varna river in Geneva on Sunday, ended the round on Wednesday without an agreement, the Swiss mediators said.",
    "",
    "Northland's chief negotiator Youssef Haddad said the two sides would meet again in March, but no date was set.",
    "",
    "Southland officials blamed the dispute over monitoring of the upstream dam for the lack of a breakthrough.",
  ].join("\n"),
};

/** The Alpine Ledger report as a wire service reprinted it, shortened. */
export const genevaReprint: ArticleInput = {
  title: "Water-sharing talks open in Geneva",
  outlet: "Wire Digest",
  published: "2024-02-12",
  text: genevaOpening.text!.split("\n\nA previous round")[0],
};

/** In this order: the story's reports are merged in the order the articles come. */
export const genevaStory: ArticleInput[] = [genevaAnalysis, genevaOpening, genevaEnd, genevaReprint];
