import { describe, expect, it } from "vitest";
import { splitSentences } from "../sentences.js";
import type { TimeExpression } from "../types.js";
import { codeEvents } from "./code-events.js";
import type { EventCandidate, EventStatus, PloverEventType } from "./types.js";

/** The most confident event of a one-sentence text, as the evaluation chooses it. */
function top(text: string, times: TimeExpression[] = [], published: string | null = null): EventCandidate | undefined {
  const events = codeEvents({ text, sentences: splitSentences(text), mentions: [], times, published });
  return [...events].sort((a, b) => b.confidence - a.confidence)[0];
}

interface Row {
  text: string;
  event: PloverEventType;
  mode?: string | null;
  status?: EventStatus;
  /** Texts that must each appear in one actor (compound actors: several). */
  actor?: string[];
  recipient?: string[];
  location?: string;
  mediator?: string[];
  intended?: PloverEventType;
  outcome?: EventCandidate["outcome"];
}

// Sentences written for these tests: general news English, one behaviour per row.
const ROWS: Row[] = [
  // CONSULT and its modes
  { text: "A trade delegation arrived in Amman on Sunday for talks with Jordanian officials.", event: "CONSULT", mode: "visit", status: "factual", actor: ["delegation"], recipient: ["Jordanian officials"], location: "Amman" },
  { text: "The envoy is expected to travel to Doha early next week.", event: "CONSULT", mode: "visit", status: "expected", actor: ["envoy"], location: "Doha" },
  { text: "The foreign ministers will meet in Geneva on Monday.", event: "AGREE", status: "future", intended: "CONSULT", actor: ["foreign ministers"], location: "Geneva" },
  { text: "The new round of talks, facilitated by Norway, opened in Oslo.", event: "CONSULT", mode: "third-party", mediator: ["Norway"], location: "Oslo" },
  { text: "Indirect negotiations between Ethiopia and Eritrea resumed in Nairobi.", event: "CONSULT", mode: "third-party", actor: ["Ethiopia", "Eritrea"], location: "Nairobi" },
  { text: "The king hosted the Iraqi prime minister at his palace.", event: "CONSULT", mode: "host", actor: ["king"], recipient: ["Iraqi prime minister"] },
  { text: "The president spoke by phone with his Turkish counterpart.", event: "CONSULT", mode: "phone", actor: ["president"], recipient: ["Turkish counterpart"] },
  { text: "The talks in Vienna ended without a breakthrough.", event: "CONSULT", outcome: "no_agreement", location: "Vienna" },
  { text: "Egypt and Qatar hosted the talks.", event: "CONSULT", actor: ["Egypt", "Qatar"] },
  // AGREE, SUPPORT, CONCEDE
  { text: "Hamas agreed to a three-day ceasefire.", event: "AGREE", status: "factual", actor: ["Hamas"] },
  { text: "Norway pledged to send fifty tonnes of medicine to the region.", event: "AGREE", actor: ["Norway"] },
  { text: "The Security Council passed a resolution on Thursday.", event: "SUPPORT", mode: "resolution", actor: ["Security Council"] },
  { text: "The Lebanese foreign minister praised the agreement.", event: "SUPPORT", actor: ["Lebanese foreign minister"] },
  { text: "The authorities lifted the curfew in Hebron.", event: "CONCEDE", actor: ["authorities"], recipient: ["Hebron"] },
  { text: "The army lifted the blockade on the port.", event: "RETREAT", actor: ["army"] },
  // RETREAT, AID, COOPERATE
  { text: "The government released 35 prisoners on Monday.", event: "RETREAT", status: "factual", actor: ["government"], recipient: ["35 prisoners"] },
  { text: "The rebels freed two aid workers.", event: "RETREAT", actor: ["rebels"], recipient: ["aid workers"] },
  { text: "The battalion pulled its troops out of the valley.", event: "RETREAT", actor: ["battalion"] },
  { text: "The charity delivered food supplies to the camp.", event: "AID", actor: ["charity"] },
  { text: "Spain granted asylum to the dissident.", event: "AID", actor: ["Spain"], recipient: ["dissident"] },
  { text: "The two navies began joint exercises in the Red Sea.", event: "COOPERATE" },
  // REQUEST, ACCUSE, REJECT, THREATEN
  { text: "Egypt and Qatar urged both sides to accept the truce.", event: "REQUEST", actor: ["Egypt", "Qatar"] },
  { text: "The minister called for an immediate ceasefire.", event: "REQUEST", actor: ["minister"] },
  { text: "Jordan condemned the raid on the village.", event: "ACCUSE", actor: ["Jordan"] },
  { text: "Hamas refused to release the hostages.", event: "REJECT", actor: ["Hamas"] },
  { text: "Israel and Hamas failed to reach an agreement.", event: "REJECT", actor: ["Israel", "Hamas"] },
  { text: "Syria says it will not accept more refugees.", event: "REJECT", actor: ["Syria"] },
  { text: "The government threatened to impose a curfew.", event: "THREATEN", actor: ["government"] },
  { text: "The farmers said they would blockade the capital.", event: "THREATEN", status: "future", intended: "COERCE", actor: ["farmers"] },
  // PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
  { text: "Thousands of workers staged a general strike in the capital.", event: "PROTEST", actor: ["workers"] },
  { text: "Students blocked roads in the city centre.", event: "PROTEST", mode: "obstruct", actor: ["Students"] },
  { text: "The European Union imposed sanctions on the regime.", event: "SANCTION", actor: ["European Union"] },
  { text: "Britain expelled two Russian diplomats.", event: "SANCTION", actor: ["Britain"], recipient: ["Russian diplomats"] },
  { text: "The ministry deployed additional troops to the border.", event: "MOBILIZE", actor: ["ministry"] },
  { text: "Police arrested twelve protesters in Hebron.", event: "COERCE", mode: "arrest", actor: ["Police"], recipient: ["protesters"], location: "Hebron" },
  { text: "The army launched an offensive in the north.", event: "ASSAULT", actor: ["army"] },
  { text: "Rebels shelled the town of Kassala on Tuesday.", event: "ASSAULT", mode: "heavy-weapons", actor: ["Rebels"] },
  { text: "A camp for refugees was attacked by militiamen.", event: "ASSAULT", actor: ["militiamen"], recipient: ["camp"] },
  // Status
  { text: "The government did not release the prisoners.", event: "RETREAT", status: "negated" },
  { text: "Previous negotiations collapsed over the issue of prisoners.", event: "CONSULT", status: "historical", outcome: "collapsed" },
  { text: "If the talks fail, the army could launch a new offensive.", event: "THREATEN", status: "hypothetical" },
];

const has = (list: Array<{ text: string }>, wanted: string) => list.some((p) => p.text.includes(wanted));

describe("codeEvents: one sentence, the most confident event", () => {
  it.each(ROWS)("$text", (row) => {
    const e = top(row.text);
    expect(e, "an event").toBeDefined();
    expect(e!.event).toBe(row.event);
    if (row.mode !== undefined) expect(e!.mode).toBe(row.mode);
    if (row.status) expect(e!.status).toBe(row.status);
    if (row.intended) expect(e!.intended?.event).toBe(row.intended);
    if (row.outcome) expect(e!.outcome).toBe(row.outcome);
    for (const a of row.actor ?? []) expect(has(e!.actor, a), `actor ${a} in ${JSON.stringify(e!.actor.map((p) => p.text))}`).toBe(true);
    if ((row.actor ?? []).length > 1) expect(e!.actor.length).toBe(row.actor!.length);
    for (const r of row.recipient ?? []) expect(has(e!.recipient, r), `recipient ${r} in ${JSON.stringify(e!.recipient.map((p) => p.text))}`).toBe(true);
    for (const m of row.mediator ?? []) expect(has(e!.mediator, m), `mediator ${m}`).toBe(true);
    if (row.location) expect(e!.location?.text).toBe(row.location);
  });
});

// Sentences that code no event at all.
const MUST_NOT_MATCH: string[] = [
  "The situation is grim.",
  "The rebels released a statement on Monday.",
  "Riot police stood by the gate.",
  "A US-backed plan is on the table.",
  "No time to read? Get a summary",
  "The proposed framework remains on the table.",
  "Prices declined sharply in March.",
  "He called her a hero.",
  "Leave a Reply",
  "The report was released on Monday.",
  "There are signs of fatigue.",
];

describe("codeEvents: must not match", () => {
  it.each(MUST_NOT_MATCH)("%s", (text) => {
    const events = codeEvents({ text, sentences: splitSentences(text), mentions: [], times: [], published: null });
    expect(events.map((e) => `${e.event} "${e.trigger.text}"`)).toEqual([]);
  });
});

// Words that must not become the chosen event (another event of the sentence is the news).
const NOT_CHOSEN: Array<{ text: string; not: PloverEventType }> = [
  { text: "The ministers met to discuss ways to end the war.", not: "ASSAULT" },
  { text: "The envoy called for a permanent cessation of hostilities.", not: "ASSAULT" },
  { text: "The agency accused the militia of attacking the convoy.", not: "ASSAULT" },
  { text: "Riot police arrested three men near the stadium.", not: "PROTEST" },
];

describe("codeEvents: background words are not chosen", () => {
  it.each(NOT_CHOSEN)("$text", ({ text, not }) => {
    expect(top(text)?.event).not.toBe(not);
  });
});

describe("codeEvents: dates", () => {
  const text = "The delegation arrived in Amman on Sunday, officials said on Monday.";
  const sunday: TimeExpression = { start: text.indexOf("Sunday"), end: text.indexOf("Sunday") + 6, text: "Sunday", type: "DATE", value: "2024-03-03", granularity: "day", basis: "inferred", confidence: 0.9 };
  const monday: TimeExpression = { start: text.indexOf("Monday"), end: text.indexOf("Monday") + 6, text: "Monday", type: "DATE", value: "2024-03-04", granularity: "day", basis: "inferred", confidence: 0.9 };

  it("takes the time expression of the event verb, not of the reporting verb", () => {
    expect(top(text, [sunday, monday], "2024-03-04")?.date?.value).toBe("2024-03-03");
  });
  it("falls back to null, never to the publication date", () => {
    expect(top(text, [], "2024-03-04")?.date).toBeNull();
  });
  it("marks an event dated long before publication as historical", () => {
    expect(top(text, [sunday, monday], "2024-09-01")?.status).toBe("historical");
  });
});

describe("codeEvents: records", () => {
  it("gives spans into the article text and a stable id", () => {
    const text = "Headline\n\nTalks resumed. Police arrested twelve protesters in Hebron.";
    const events = codeEvents({ text, sentences: splitSentences(text), mentions: [], times: [], published: null });
    const arrest = events.find((e) => e.event === "COERCE")!;
    expect(text.slice(arrest.trigger.start, arrest.trigger.end)).toBe("arrested");
    expect(text.slice(arrest.sentence.start, arrest.sentence.end)).toBe("Police arrested twelve protesters in Hebron.");
    expect(arrest.id).toBe(`${arrest.sentence.index}:${arrest.trigger.start}`);
    expect(arrest.confidence).toBeGreaterThan(0);
    expect(arrest.confidence).toBeLessThanOrEqual(1);
  });

  it("uses given entity mentions for participants", () => {
    const text = "Egyptian mediators met Hamas in Cairo.";
    const start = text.indexOf("Hamas");
    const events = codeEvents({
      text,
      sentences: splitSentences(text),
      mentions: [{ start, end: start + 5, text: "Hamas", type: "ORG" }],
      times: [],
      published: null,
    });
    const meeting = events.find((e) => e.event === "CONSULT")!;
    expect(meeting.recipient.some((r) => r.from === "mention" && r.text === "Hamas" && r.type === "ORG")).toBe(true);
  });
});

describe("sentences cut before their speaker", () => {
  it("codes a sentence opening on a possessive ending (the possessor left in the sentence before) without failing", () => {
    // "D . A ." as some sources space it splits into sentences of their own, leaving "'s release says ...".
    const text = "Talks resumed in Cairo, the D . A . 's release says the envoys fired at the convoy and ran.";
    const events = codeEvents({ text, sentences: splitSentences(text), mentions: [], times: [], published: null });
    const fired = events.find((e) => e.trigger.text === "fired");
    expect(fired?.actor.map((a) => a.text)).toEqual(["envoys"]);
  });
});
